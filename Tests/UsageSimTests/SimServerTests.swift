import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import UsageSim

@Suite("SimServer over HTTP")
struct SimServerTests {
    private func fetch(_ url: String, key: String? = "sk-admin-test") async throws -> (status: Int, headers: [AnyHashable: Any], body: Data) {
        var request = URLRequest(url: try #require(URL(string: url)))
        if let key { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, http.allHeaderFields, data)
    }

    @Test("port 0 binds a free port; the server answers like the pure handler")
    func serves() async throws {
        let server = try await SimServer.start(SimConfiguration(now: testNow, speed: 0))
        defer { Task { await server.stop() } }
        #expect(server.port > 0)
        #expect(server.baseURL == "http://127.0.0.1:\(server.port)/v1")
        let path = "/organization/usage/completions?start_time=\(testToday - 3 * day)&group_by[]=model"
        let response = try await fetch(server.baseURL + path)
        #expect(response.status == 200)
        let direct = server.api.handle(SimRequest(method: "GET", path: "/v1" + path.split(separator: "?")[0],
                                                  rawQuery: String(path.split(separator: "?")[1]),
                                                  authorization: "Bearer sk-admin-test"), now: testNow)
        #expect(String(decoding: response.body, as: UTF8.self) == direct.body)
        let unauthorized = try await fetch(server.baseURL + path, key: nil)
        #expect(unauthorized.status == 401)
        await server.stop()
    }

    @Test("a budget-share server bills month-to-date at the start share over HTTP; an impossible one does not start")
    func budgetShare() async throws {
        let share = SimBudgetShare(budgetCents: 10_000, startShare: 0.45, monthEndShare: 1.3)
        let server = try await SimServer.start(SimConfiguration(now: nov24, speed: 0, budgetShare: share))
        let response = try await fetch(server.baseURL + "/organization/costs?start_time=\(nov1)&limit=31")
        await server.stop()
        let object = try JSONSerialization.jsonObject(with: response.body) as? [String: Any] ?? [:]
        let spent = object.results.reduce(0.0) { $0 + $1.amountValue }
        #expect(abs(spent - 45) < 0.45)
        await #expect(throws: SimConfigurationError.self) {
            _ = try await SimServer.start(SimConfiguration(now: dec1, speed: 0, budgetShare: share))
        }
    }

    @Test("fault injection: every 2nd request is a 429 with Retry-After: 1, every 3rd a 500")
    func faults() async throws {
        let server = try await SimServer.start(SimConfiguration(now: testNow, speed: 0, rateLimitEvery: 2, failEvery: 3))
        let url = server.baseURL + "/organization/projects"
        var statuses: [Int] = []
        var retryAfter: String?
        for _ in 0..<6 {
            let response = try await fetch(url)
            statuses.append(response.status)
            if response.status == 429 {
                retryAfter = response.headers.first { ($0.key as? String)?.lowercased() == "retry-after" }?.value as? String
            }
        }
        await server.stop()
        #expect(statuses == [200, 429, 500, 429, 200, 429])
        #expect(retryAfter == "1")
    }
}
