import Foundation
import Testing
@testable import UsageCore

/// Base URL rules (https, or http to loopback only) and query encoding (DESIGN.md §6;
/// `notes/openai-admin-api.md` §0).
@Suite struct ClientConfigurationTests {
    static let transport = CannedTransport(status: 200, json: "{}")

    @Test(arguments: [
        "https://api.openai.com/v1", "https://api.openai.com/v1/", "http://127.0.0.1:8787/v1",
        "http://localhost:9000/v1", "http://[::1]:8080/v1", "http://127.1.2.3/v1",
    ])
    func acceptedBaseURLs(_ url: String) throws {
        let client = try AdminAPIClient(baseURL: url, adminKey: fakeAdminKey, transport: Self.transport)
        #expect(!client.baseURL.hasSuffix("/"))
        #expect(client.baseURL.hasPrefix("http"))
    }

    @Test(arguments: [
        "http://api.openai.com/v1", "http://10.0.0.1/v1", "http://127.0.0.1.example.com/v1", "ftp://127.0.0.1/v1",
        "api.openai.com/v1", "", "https://user:pw@api.openai.com/v1", "https://api.openai.com/v1?x=1", "http://1270.0.0.1/v1",
    ])
    func refusedBaseURLs(_ url: String) throws {
        #expect {
            try AdminAPIClient(baseURL: url, adminKey: fakeAdminKey, transport: Self.transport)
        } throws: { error in
            if case AdminAPIError.invalidBaseURL = error { return true }
            return false
        }
    }

    @Test func theBaseURLPrefixesEveryPathAndTheKeyIsTrimmed() async throws {
        let transport = CannedTransport(status: 200, json: #"{"object":"list","data":[],"has_more":false}"#)
        let client = try AdminAPIClient(baseURL: "http://127.0.0.1:4000/v1/", adminKey: "  \(fakeAdminKey)\n", transport: transport)
        _ = try await client.users()
        let request = try #require(await transport.requests.first)
        #expect(request.url == "http://127.0.0.1:4000/v1/organization/users?limit=100")
        #expect(request.header("Authorization") == "Bearer \(fakeAdminKey)")
    }

    @Test func percentEncodingKeepsOnlyUnreservedCharacters() {
        #expect(QueryString.percentEncode("page_AAAAAGdGxdEiJdKOAAAAAGcqsYA=") == "page_AAAAAGdGxdEiJdKOAAAAAGcqsYA%3D")
        #expect(QueryString.percentEncode("a+b/c d&e~f.g-h") == "a%2Bb%2Fc%20d%26e~f.g-h")
        #expect(QueryString.percentEncode("é") == "%C3%A9")
        #expect(QueryString.encode([("group_by", "model"), ("group_by", "project_id")]) == "group_by=model&group_by=project_id")
    }

    @Test func retryAfterParsing() {
        #expect(ResponseClassifier.retryAfterSeconds("1") == 1)
        #expect(ResponseClassifier.retryAfterSeconds(" 30 ") == 30)
        #expect(ResponseClassifier.retryAfterSeconds("1.2") == 2)
        #expect(ResponseClassifier.retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT") == nil)
        #expect(ResponseClassifier.retryAfterSeconds(nil) == nil)
    }

    @Test func flexibleDecimalSyntax() {
        #expect(FlexibleDecimal.parse("10.1425634") == Decimal(string: "10.1425634"))
        #expect(FlexibleDecimal.parse("-3e2") == Decimal(-300))
        for bad in ["", "abc", "12abc", "1.", ".5", "1e", "--1", "NaN", "1,5"] {
            #expect(FlexibleDecimal.parse(bad) == nil, "\(bad)")
        }
    }
}
