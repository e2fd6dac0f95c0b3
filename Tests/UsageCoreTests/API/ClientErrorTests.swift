import Foundation
import Testing
@testable import UsageCore

/// Status codes, error bodies and transport failures become the right ``AdminAPIError``
/// (`notes/openai-admin-api.md` §4), and the Admin key never shows in errors, logs or
/// descriptions (DESIGN.md §6).
@Suite struct ClientErrorTests {
    static let query = BucketQuery(startTime: 1_730_419_200)

    static func failure(status: Int, body: String, headers: [(String, String)] = [], logs: LogStore = LogStore()) async -> (any Error)? {
        do {
            let transport = CannedTransport(status: status, json: body, headers: headers)
            let client = try AdminAPIClient(adminKey: fakeAdminKey, transport: transport, logger: capturingLogger(logs))
            _ = try await client.buckets(.completions, query: query)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Status mapping

    @Test func rateLimitedWithRetryAfter() async throws {
        let error = await Self.failure(status: 429, body: AdminAPIBodies.error("Rate limit reached", type: "rate_limit_exceeded"), headers: [("retry-after", "1")])
        #expect(error as? AdminAPIError == .rateLimited(retryAfter: 1, message: "Rate limit reached"))
    }

    @Test func rateLimitedWithoutRetryAfter() async throws {
        let error = await Self.failure(status: 429, body: AdminAPIBodies.error("slow down"))
        #expect(error as? AdminAPIError == .rateLimited(retryAfter: nil, message: "slow down"))
    }

    @Test func unauthorizedForMissingScopes() async throws {
        let body = AdminAPIBodies.error("You have insufficient permissions for this operation. Missing scopes: api.usage.read.")
        let error = await Self.failure(status: 401, body: body)
        #expect(error as? AdminAPIError == .unauthorized(status: 401, message: "You have insufficient permissions for this operation. Missing scopes: api.usage.read."))
        let forbidden = await Self.failure(status: 403, body: #"{"error":"forbidden"}"#)
        #expect(forbidden as? AdminAPIError == .unauthorized(status: 403, message: "forbidden"))
    }

    @Test func otherStatusesMapToTheirCases() async throws {
        #expect(await Self.failure(status: 400, body: AdminAPIBodies.error("group_by api_key_id is not supported")) as? AdminAPIError
            == .badRequest(message: "group_by api_key_id is not supported"))
        #expect(await Self.failure(status: 404, body: AdminAPIBodies.error("not found")) as? AdminAPIError == .notFound(message: "not found"))
        #expect(await Self.failure(status: 503, body: "<html>Service Unavailable</html>") as? AdminAPIError
            == .server(status: 503, message: "<html>Service Unavailable</html>"))
        #expect(await Self.failure(status: 500, body: "") as? AdminAPIError == .server(status: 500, message: "empty body"))
        #expect(await Self.failure(status: 418, body: AdminAPIBodies.error("teapot")) as? AdminAPIError
            == .unexpectedStatus(status: 418, message: "teapot"))
    }

    @Test func malformedJSONIsABadBodyNamingTheEndpoint() async throws {
        let error = await Self.failure(status: 200, body: #"{"object":"page","data":[{"#)
        guard case .badBody(let detail)? = error as? AdminAPIError else {
            Issue.record("expected badBody, got \(String(describing: error))")
            return
        }
        #expect(detail == "GET /organization/usage/completions: body is not valid JSON")
    }

    @Test func missingFieldsAreBadBodiesNamingTheField() async throws {
        let noStart = #"{"object":"page","data":[{"object":"bucket","end_time":2,"results":[]}],"has_more":false,"next_page":null}"#
        let e1 = await Self.failure(status: 200, body: noStart)
        #expect(e1 as? AdminAPIError == .badBody(detail: "GET /organization/usage/completions: missing field data[0].start_time"))

        let noTokens = #"{"object":"page","data":[{"object":"bucket","start_time":1,"end_time":2,"results":[{"object":"organization.usage.completions.result","output_tokens":1,"num_model_requests":1}]}],"has_more":false,"next_page":null}"#
        let e2 = await Self.failure(status: 200, body: noTokens)
        #expect(e2 as? AdminAPIError == .badBody(detail: "GET /organization/usage/completions: page 1 data[0].results[0].input_tokens is missing or not an integer"))

        let noHasMore = #"{"object":"page","data":[]}"#
        let e3 = await Self.failure(status: 200, body: noHasMore)
        #expect(e3 as? AdminAPIError == .badBody(detail: "GET /organization/usage/completions: missing field has_more"))

        let wrongType = #"{"object":"page","data":[{"object":"bucket","start_time":"soon","end_time":2,"results":[]}],"has_more":false,"next_page":null}"#
        let e4 = await Self.failure(status: 200, body: wrongType)
        #expect(e4 as? AdminAPIError == .badBody(detail: "GET /organization/usage/completions: data[0].start_time has the wrong type (expected an integer)"))
    }

    @Test func transportFailuresBecomeTransportErrors() async throws {
        struct Refused: Error, CustomStringConvertible { var description: String { "connection refused" } }
        let transport = CannedTransport { _ in throw Refused() }
        let client = try AdminAPIClient(adminKey: fakeAdminKey, transport: transport)
        await #expect(throws: AdminAPIError.transport(message: "connection refused")) {
            try await client.users()
        }
    }

    @Test func spendLimit404IsNoLimitButOtherErrorsThrow() async throws {
        let missing = try AdminAPIClient(adminKey: fakeAdminKey, transport: CannedTransport(status: 404, json: AdminAPIBodies.error("No spend limit")))
        #expect(try await missing.spendLimit(projectID: nil) == nil)
        #expect(try await missing.spendLimit(projectID: "proj_abc") == nil)

        let broken = try AdminAPIClient(adminKey: fakeAdminKey, transport: CannedTransport(status: 500, json: "oops"))
        await #expect(throws: AdminAPIError.server(status: 500, message: "oops")) {
            try await broken.spendLimit(projectID: nil)
        }
    }

    @Test func nonUSDAmountsAreRejected() async throws {
        let limit = #"{"object":"organization.spend_limit","threshold_amount":500,"currency":"EUR","interval":"month","enforcement":{"status":"inactive"}}"#
        let client = try AdminAPIClient(adminKey: fakeAdminKey, transport: CannedTransport(status: 200, json: limit))
        await #expect {
            try await client.spendLimit(projectID: nil)
        } throws: { error in
            guard case AdminAPIError.badBody(let detail) = error else { return false }
            return detail.contains("EUR") && detail.contains("/organization/spend_limit")
        }
    }

    // MARK: - Secrets

    @Test func theKeyNeverAppearsInErrorsLogsOrDescriptions() async throws {
        let logs = LogStore()
        var texts: [String] = []
        // Servers and transports that echo the key back.
        let echoes: [(Int, String)] = [
            (401, AdminAPIBodies.error("Incorrect API key provided: \(fakeAdminKey).")),
            (500, "internal error for \(fakeAdminKey)"),
            (429, #"{"error":"key \#(fakeAdminKey) is rate limited"}"#),
            (200, #"{"object":"page","data":[{"object":"bucket","start_time":"\#(fakeAdminKey)","end_time":1,"results":[]}],"has_more":false,"next_page":null}"#),
            (200, "not json \(fakeAdminKey)"),
        ]
        for (status, body) in echoes {
            let error = try #require(await Self.failure(status: status, body: body, logs: logs))
            texts += [String(describing: error), String(reflecting: error), error.localizedDescription]
        }
        struct Leaky: Error, CustomStringConvertible { var description: String { "TLS failed with header Bearer \(fakeAdminKey)" } }
        let leakyTransport = CannedTransport { _ in throw Leaky() }
        let client = try AdminAPIClient(adminKey: fakeAdminKey, transport: leakyTransport, logger: capturingLogger(logs))
        do {
            _ = try await client.projects(includeArchived: false)
            Issue.record("expected a transport error")
        } catch {
            texts += [String(describing: error), String(reflecting: error)]
        }
        var dumped = ""
        dump(client, to: &dumped)
        texts += [String(describing: client), String(reflecting: client), dumped, "\(client)"]

        #expect(logs.lines.count >= 6, "every request logs a line")
        for text in texts + logs.lines {
            #expect(!text.contains(fakeAdminKey), "key leaked: \(text)")
            #expect(!text.contains("0000SECRET"), "key leaked: \(text)")
        }
        #expect(texts.contains { $0.contains("[redacted]") })
    }

    @Test func logLinesNameMethodPathAndStatus() async throws {
        let logs = LogStore()
        let transport = CannedTransport(status: 200, json: #"{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}"#)
        let client = try AdminAPIClient(adminKey: fakeAdminKey, transport: transport, logger: capturingLogger(logs))
        _ = try await client.users()
        let line = try #require(logs.lines.first)
        #expect(line.contains("GET /organization/users 200"))
        #expect(line.contains("method=GET") && line.contains("path=/organization/users") && line.contains("status=200"))
        #expect(!line.lowercased().contains("authorization") && !line.contains("Bearer"))
    }
}
