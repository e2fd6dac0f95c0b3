import Foundation
import Testing
@testable import UsageSim

@Suite("Usage endpoints")
struct UsageEndpointTests {
    let sim = SimHarness()

    @Test("same seed and time give the same bodies; another seed differs")
    func determinism() {
        let other = SimHarness()
        let query = [("start_time", "\(testToday - 10 * day)"), ("limit", "31"), ("group_by", "api_key_id"), ("group_by", "model")]
        #expect(sim.raw("/usage/completions", query).body == other.raw("/usage/completions", query).body)
        #expect(sim.raw("/costs", Array(query.prefix(2)) + [("group_by", "line_item")]).body
            == other.raw("/costs", Array(query.prefix(2)) + [("group_by", "line_item")]).body)
        let reseeded = SimHarness(seed: 7)
        #expect(sim.raw("/usage/completions", query).body != reseeded.raw("/usage/completions", query).body)
    }

    @Test("grouped results sum to the ungrouped totals, for every completions dimension",
          arguments: ["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"])
    func groupedSums(dimension: String) {
        let window = [("start_time", "\(testToday - 6 * day + 3_600)"), ("bucket_width", "1d")]
        let ungrouped = sim.get("/usage/completions", window).body.results
        let grouped = sim.get("/usage/completions", window + [("group_by", dimension)]).body.results
        for metric in ["input_tokens", "output_tokens", "input_cached_tokens", "input_audio_tokens", "num_model_requests"] {
            #expect(total(grouped, metric) == total(ungrouped, metric), "\(metric)")
        }
        #expect(total(ungrouped, "input_tokens") > 0)
    }

    @Test("input tokens split exactly into cached, cache-write and uncached; text + audio add up")
    func tokenIdentities() {
        let results = sim.get("/usage/completions", [("start_time", "\(testToday - 3 * day)"), ("group_by", "model")]).body.results
        #expect(!results.isEmpty)
        for r in results {
            #expect(r.int("input_tokens") == r.int("input_cached_tokens")! + r.int("input_cache_write_tokens")! + r.int("input_uncached_tokens")!)
            #expect(r.int("input_uncached_tokens") == r.int("input_text_tokens")! + r.int("input_audio_tokens")! + r.int("input_image_tokens")!)
            #expect(r.int("output_tokens") == r.int("output_text_tokens")! + r.int("output_audio_tokens")! + r.int("output_image_tokens")!)
        }
        let audio = results.first { $0.string("model") == "gpt-audio-mini-2025-12-15" }
        #expect((audio?.int("input_audio_tokens") ?? 0) > 0)
        #expect((audio?.int("output_audio_tokens") ?? 0) > 0)
    }

    @Test("1h buckets add up to the day, 1m buckets add up to the hour")
    func widthsAgree() {
        let dayStart = testToday - 2 * day
        let daily = sim.get("/usage/completions", [("start_time", "\(dayStart)"), ("end_time", "\(dayStart + day)")]).body.results
        let hourly = sim.get("/usage/completions", [("start_time", "\(dayStart)"), ("end_time", "\(dayStart + day)"),
                                                      ("bucket_width", "1h")]).body
        #expect(hourly.items.count == 24)
        #expect(total(hourly.results, "input_tokens") == total(daily, "input_tokens"))
        let hour = dayStart + 15 * 3_600
        let hourResult = sim.get("/usage/completions", [("start_time", "\(hour)"), ("end_time", "\(hour + 3_600)"), ("bucket_width", "1h")]).body.results
        let minutes = sim.get("/usage/completions", [("start_time", "\(hour)"), ("end_time", "\(hour + 3_600)"), ("bucket_width", "1m")]).body
        #expect(minutes.items.count == 60)
        #expect(total(minutes.results, "num_model_requests") == total(hourResult, "num_model_requests"))
        #expect(total(minutes.results, "output_tokens") == total(hourResult, "output_tokens"))
    }

    @Test("today's growing bucket only grows as simulated time passes")
    func growingBucket() {
        let query = [("start_time", "\(testToday)"), ("group_by", "api_key_id")]
        let early = sim.get("/usage/completions", query, now: testNow).body.results
        let later = sim.get("/usage/completions", query, now: testNow + 1_800).body.results
        #expect(total(later, "input_tokens") > total(early, "input_tokens"))
        for r in early {
            let match = later.first { $0.string("api_key_id") == r.string("api_key_id") }
            #expect((match?.int("num_model_requests") ?? 0) >= r.int("num_model_requests")!)
        }
    }

    @Test("an unaligned start gives a partial first bucket; an omitted end_time ends at now")
    func partialBuckets() {
        let start = testToday - 2 * day + 5 * 3_600 + 17
        let body = sim.get("/usage/completions", [("start_time", "\(start)")]).body
        let buckets = body.items
        #expect(buckets.first?.int("start_time") == start)
        #expect(buckets.first?.int("end_time") == testToday - day)
        #expect(buckets.last?.int("end_time") == testNow)
        #expect(buckets.count == 3)
        #expect(body["has_more"] as? Bool == false)
        #expect(body.keys.contains("next_page"))
    }

    @Test("idle periods come back as empty buckets; nothing after now")
    func emptyBuckets() {
        // Minute buckets in the future are never produced, and buckets before the history are empty.
        let old = sim.organization.historyStart - 3 * day
        let body = sim.get("/usage/completions", [("start_time", "\(old)"), ("limit", "3")]).body
        #expect(body.items.count == 3)
        #expect(body.results.isEmpty)
        let future = sim.get("/usage/completions", [("start_time", "\(testNow + 3_600)")]).body
        #expect(future.items.isEmpty)
    }

    @Test("filters keep only the matching series, with their whole usage")
    func filters() {
        let window = [("start_time", "\(testToday - 5 * day)"), ("end_time", "\(testToday)")]
        let all = sim.get("/usage/completions", window + [("group_by", "model")]).body.results
        let filtered = sim.get("/usage/completions", window + [("group_by", "model"), ("models[]", "o4-mini-2025-04-16")]).body.results
        #expect(!filtered.isEmpty && filtered.allSatisfy { $0.string("model") == "o4-mini-2025-04-16" })
        #expect(total(filtered, "input_tokens") == total(all.filter { $0.string("model") == "o4-mini-2025-04-16" }, "input_tokens"))
        let batchOnly = sim.get("/usage/completions", window + [("batch", "true"), ("group_by", "batch")]).body.results
        #expect(!batchOnly.isEmpty && batchOnly.allSatisfy { $0["batch"] as? Bool == true })
        let tiers = Set(sim.get("/usage/completions", window + [("group_by", "service_tier")]).body.results.compactMap { $0.string("service_tier") })
        #expect(tiers == ["default", "flex", "priority"])
    }

    @Test("repeated keys and key[] are the same array parameter")
    func arrayForms() {
        let window = [("start_time", "\(testToday - 3 * day)"), ("end_time", "\(testToday)")]
        let repeated = sim.raw("/usage/completions", window + [("group_by", "model"), ("group_by", "project_id")]).body
        let brackets = sim.raw("/usage/completions", window + [("group_by[]", "model"), ("group_by[]", "project_id")]).body
        #expect(repeated == brackets)
    }

    @Test("every usage endpoint answers with its own result object", arguments: SimEndpoint.allCases)
    func everyEndpoint(endpoint: SimEndpoint) {
        let response = sim.get("/usage/\(endpoint.rawValue)", [("start_time", "\(testToday - 3 * day)")])
        #expect(response.status == 200)
        let results = response.body.results
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { $0.string("object") == endpoint.resultObject })
        #expect(results.allSatisfy { r in endpoint.dimensions.allSatisfy { r[$0.rawValue] is NSNull } })
    }

    @Test("the pure completions totals equal the endpoint's sums, per key and overall")
    func pureTotals() throws {
        let start = testToday - 9 * day + 7_200
        let key = try #require(sim.organization.projectKey(trait: .spiky))
        for keyID in [nil, key.id] {
            var query = [("start_time", "\(start)"), ("limit", "31")]
            if let keyID { query.append(("api_key_ids", keyID)) }
            let results = sim.get("/usage/completions", query).body.results
            let totals = sim.organization.completionsTotals(from: start, to: testNow, apiKeyID: keyID)
            #expect(totals.inputTokens == total(results, "input_tokens"))
            #expect(totals.inputCachedTokens == total(results, "input_cached_tokens"))
            #expect(totals.outputTokens == total(results, "output_tokens"))
            #expect(totals.numModelRequests == total(results, "num_model_requests"))
            #expect(totals.numModelRequests > 0)
        }
    }

    @Test("history does not depend on when the simulation started (cached closed days stay valid)")
    func startIndependence() {
        let later = SimOrganization(seed: 42, startTime: testNow + 20 * day)
        let laterAPI = SimAPI(organization: later, startTime: testNow + 20 * day)
        let query = "start_time=\(testToday - 30 * day)&limit=31&group_by=api_key_id&group_by=model"
        let request = SimRequest(method: "GET", path: "/v1/organization/usage/completions", rawQuery: query,
                                 authorization: "Bearer sk-admin-test")
        #expect(sim.api.handle(request, now: testNow).body == laterAPI.handle(request, now: testNow).body)
        #expect(sim.organization.billedCost(from: testToday - 60 * day, to: testToday)
            == later.billedCost(from: testToday - 60 * day, to: testToday))
    }
}

