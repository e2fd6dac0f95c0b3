import Foundation
import Testing
@testable import UsageSim

@Suite("Parameters, pagination and auth")
struct RequestValidationTests {
    let sim = SimHarness()

    @Test("bucket limits per width: default, maximum, maximum + 1 is a 400",
          arguments: [("1d", 7, 31, Int64(86_400)), ("1h", 24, 168, Int64(3_600)), ("1m", 60, 1_440, Int64(60))])
    func bucketLimits(width: String, defaultLimit: Int, maximum: Int, span: Int64) {
        let far = [("start_time", "\(testNow - Int64(maximum + 10) * span)"), ("bucket_width", width)]
        let body = sim.get("/usage/completions", far).body
        #expect(body.items.count == defaultLimit && body["has_more"] as? Bool == true)
        #expect(sim.get("/usage/completions", far + [("limit", "\(maximum)")]).body.items.count == maximum)
        let over = sim.get("/usage/completions", far + [("limit", "\(maximum + 1)")])
        #expect(over.status == 400 && isErrorEnvelope(over.body) && over.body.error?["param"] as? String == "limit")
    }

    @Test("bad parameters are 400s with the error envelope",
          arguments: [[("bucket_width", "1d")], [("start_time", "yesterday")],
                      [("start_time", "1795000000"), ("bucket_width", "2h")],
                      [("start_time", "1795000000"), ("group_by", "colour")],
                      [("start_time", "1795000000"), ("limit", "0")],
                      [("start_time", "1795000000"), ("end_time", "1794000000")]])
    func badParameters(query: [(String, String)]) {
        let response = sim.get("/usage/completions", query)
        #expect(response.status == 400)
        #expect(isErrorEnvelope(response.body))
    }

    @Test("next_page cursors walk the window without gaps; a bad cursor is a 400")
    func pagination() {
        let start = testToday - 40 * day
        var buckets: [[String: Any]] = []
        var page: String?
        var pages = 0
        repeat {
            var query = [("start_time", "\(start)")]
            if let page { query.append(("page", page)) }
            let body = sim.get("/usage/completions", query).body
            buckets += body.items
            page = body["next_page"] as? String
            pages += 1
            #expect((body["has_more"] as? Bool) == (page != nil))
        } while page != nil && pages < 20
        #expect(pages == 6)
        #expect(buckets.count == 41)
        #expect(buckets.first?.int("start_time") == start && buckets.last?.int("end_time") == testNow)
        #expect(zip(buckets, buckets.dropFirst()).allSatisfy { $0.int("end_time") == $1.int("start_time") })
        for cursor in ["not-a-real-cursor", "page_AAAAAGdGxdEiJdKOAAAAAGcqsYA=", SimPageCursor.encode(start - day)] {
            let bad = sim.get("/usage/completions", [("start_time", "\(start)"), ("page", cursor)])
            #expect(bad.status == 400 && bad.body.error?["param"] as? String == "page")
        }
    }

    @Test("no Authorization header is a 401")
    func missingKey() {
        for path in ["/usage/completions", "/costs", "/projects"] {
            let response = sim.get(path, [("start_time", "\(testToday)")], key: nil)
            #expect(response.status == 401 && isErrorEnvelope(response.body))
        }
    }

    @Test("a project key is refused with the missing-scope message, without echoing the key")
    func projectKey() {
        let response = sim.raw("/usage/completions", [("start_time", "\(testToday)")], key: "sk-proj-secretvalue1234")
        #expect(response.status == 401)
        #expect(response.body.contains("Missing scopes: api.usage.read"))
        #expect(!response.body.contains("secretvalue"))
        let junk = sim.get("/projects", key: "hunter2")
        #expect(junk.status == 401 && junk.body.error?["code"] as? String == "invalid_api_key")
    }

    @Test("unknown paths are 404s with the error envelope")
    func unknownPath() {
        let response = sim.get("/usage/teleportation", [("start_time", "\(testToday)")])
        #expect(response.status == 404 && isErrorEnvelope(response.body))
    }

    @Test("the query parser decodes percent escapes, plus signs and [] suffixes")
    func queryParsing() {
        let items = SimQuery.parse("group_by%5B%5D=model&models[]=gpt-4.1&x=a+b%2Cc&flag")
        #expect(items.map(\.name) == ["group_by", "models", "x", "flag"])
        #expect(items.map(\.value) == ["model", "gpt-4.1", "a b,c", ""])
    }

    @Test("the clock follows start + elapsed × speed")
    func clock() {
        let stopped = SimClock(now: 1_000, speed: 0)
        #expect(stopped.simulatedTime(atReal: stopped.startReal + 500) == 1_000)
        let fast = SimClock(now: 1_000, speed: 60)
        #expect(fast.simulatedTime(atReal: fast.startReal + 10) == 1_600)
    }

    @Test("money renders as exact decimal JSON numbers")
    func money() {
        #expect(Int64(1_500_000_000_000).usdJSONNumber == "1.5")
        #expect(Int64(25_000).usdJSONNumber == "0.000000025")
        #expect(Int64(0).usdJSONNumber == "0")
        #expect(Int64(1_500_000_000_000).decimalUSD == Decimal(string: "1.5"))
    }
}
