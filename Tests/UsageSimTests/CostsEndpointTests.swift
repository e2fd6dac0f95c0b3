import Foundation
import Testing
@testable import UsageSim

@Suite("Costs endpoint")
struct CostsEndpointTests {
    let sim = SimHarness()
    let window = [("start_time", "\(testToday - 10 * day)"), ("limit", "31")]

    @Test("grouped costs sum to the ungrouped total and to the pure billed-cost function",
          arguments: [["project_id"], ["line_item"], ["api_key_id"], ["project_id", "line_item", "api_key_id"]])
    func groupedSums(groups: [String]) {
        let ungrouped = sim.get("/costs", window).body.results
        let grouped = sim.get("/costs", window + groups.map { ("group_by", $0) }).body.results
        let a = ungrouped.reduce(0.0) { $0 + $1.amountValue }
        let b = grouped.reduce(0.0) { $0 + $1.amountValue }
        #expect(abs(a - b) < 1e-6)
        let billed = NSDecimalNumber(decimal: sim.organization.billedCost(from: testToday - 10 * day, to: testNow)).doubleValue
        #expect(abs(a - billed) < 1e-6)
        #expect(a > 100)
    }

    @Test("a token line item costs its quantity times the embedded price")
    func knownRows() throws {
        let results = sim.get("/costs", [("start_time", "\(testToday - 2 * day)"), ("end_time", "\(testToday - day)"),
                                         ("group_by", "line_item")]).body.results
        let perMillion: [String: Double] = [
            "gpt-4.1-2025-04-14, input": 2, "gpt-4.1-2025-04-14, cached input": 0.5, "gpt-4.1-2025-04-14, output": 8,
            "batch | gpt-4.1-mini-2025-04-14, input": 0.2, "priority | gpt-4.1-2025-04-14, output": 14,
            "flex | o4-mini-2025-04-16, cached input": 0.138, "gpt-audio-mini-2025-12-15 audio, output": 20,
            "text-embedding-3-small, input": 0.02,
        ]
        for (item, price) in perMillion {
            let row = try #require(results.first { $0.string("line_item") == item }, "\(item)")
            let quantity = try #require((row["quantity"] as? NSNumber)?.doubleValue)
            #expect(row.string("quantity_unit") == "tokens")
            #expect(abs(row.amountValue - quantity * price / 1_000_000) < 1e-9, "\(item)")
        }
        let web = try #require(results.first { $0.string("line_item") == "web search tool calls" })
        #expect(abs(web.amountValue - ((web["quantity"] as? NSNumber)?.doubleValue ?? 0) * 0.01) < 1e-9)
    }

    @Test("billed usage matches the usage endpoint's tokens for a closed day")
    func costsMatchUsage() throws {
        let range = [("start_time", "\(testToday - 3 * day)"), ("end_time", "\(testToday - 2 * day)")]
        let usage = sim.get("/usage/completions", range + [("group_by", "model"), ("group_by", "batch"), ("group_by", "service_tier")]).body.results
        let row = try #require(usage.first { $0.string("model") == "gpt-4.1-2025-04-14" && $0.string("service_tier") == "default" })
        let costs = sim.get("/costs", range + [("group_by", "line_item")]).body.results
        let input = try #require(costs.first { $0.string("line_item") == "gpt-4.1-2025-04-14, input" })
        #expect((input["quantity"] as? NSNumber)?.int64Value == row.int("input_text_tokens"))
    }

    @Test("project-level spend has api_key_id null")
    func nullKeySpend() {
        let results = sim.get("/costs", window + [("group_by", "api_key_id"), ("group_by", "line_item")]).body.results
        let storage = results.filter { $0.string("line_item") == "Vector storage" }
        #expect(!storage.isEmpty && storage.allSatisfy { $0["api_key_id"] is NSNull })
    }

    @Test("costs accept only 1d buckets and at most 180 of them")
    func limits() {
        let far = [("start_time", "\(testToday - 200 * day)")]
        #expect(sim.get("/costs", far + [("limit", "180")]).body.items.count == 180)
        #expect(sim.get("/costs", far).body.items.count == 7)
        let tooMany = sim.get("/costs", far + [("limit", "181")])
        #expect(tooMany.status == 400 && isErrorEnvelope(tooMany.body))
        let hourly = sim.get("/costs", far + [("bucket_width", "1h")])
        #expect(hourly.status == 400 && hourly.body.error?["param"] as? String == "bucket_width")
    }

    @Test("--reject-costs-key-grouping answers group_by=api_key_id with 400, other groupings still work")
    func rejectKeyGrouping() {
        let strict = SimHarness(rejectCostsKeyGrouping: true)
        let rejected = strict.get("/costs", window + [("group_by", "project_id"), ("group_by", "api_key_id")])
        #expect(rejected.status == 400 && isErrorEnvelope(rejected.body))
        #expect(strict.get("/costs", window + [("group_by", "line_item")]).status == 200)
    }
}
