import Foundation
import Testing
@testable import UsageCore

/// CSV, JSON and table output of reports, and the plain-decimal and CSV-quoting helpers.
@Suite struct ReportFormatTests {
    static func report(_ grouping: ReportGrouping = .apiKeyID) throws -> Report {
        try ReportBuilder.build(store: try ReportFixtures.store(), range: ReportFixtures.range, grouping: grouping, now: Fixture.now)
    }

    // MARK: - Helpers

    @Test("plain decimals: no $, no separators, at least two places, trailing zeros trimmed, half-up",
          arguments: [("1234.5", 9, "1234.50"), ("0", 9, "0.00"), ("0.000000001", 9, "0.000000001"),
                      ("12.3456785", 6, "12.345679"), ("-3.1", 2, "-3.10"), ("1000000", 2, "1000000.00"),
                      ("0.1234567891", 9, "0.123456789")])
    func plainDecimals(_ value: String, _ places: Int, _ expected: String) {
        #expect(ReportDecimal.plain(USD(Decimal(string: value)!), places: places) == expected)
    }

    @Test("RFC 4180 quoting: commas, quotes and line breaks are quoted, quotes doubled")
    func quoting() {
        #expect(CSVText.field("plain") == "plain")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVText.field("") == "")
        #expect(CSVText.record(["a", "b,c", ""]) == "a,\"b,c\",\n")
    }

    // MARK: - CSV

    @Test("CSV: header, one row per group, no total row, empty fields for missing figures")
    func csv() throws {
        let text = ReportCSV.render(try Self.report())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "group,label,billed_usd,estimated_usd,input_tokens,input_cached_tokens,output_tokens,"
                + "num_model_requests,unpriced_tokens,unpriced_requests")
        #expect(lines.count == 1 + 3 + 1, "header + 3 groups + the final newline")
        #expect(lines[1] == "key_b,サポート,7.50,0.01248,6000,0,60,12,0,0")
        #expect(lines[2] == "key_a,\"ci, \"\"runner\"\"\",3.000000003,5.99979,3000000,300,30,9,0,0")
        #expect(lines[3] == ",(no key),0.999999999,,0,0,0,0,0,0")
        #expect(!text.lowercased().contains("total"))
    }

    @Test("CSV: the billed column sums to the billed total, exactly")
    func csvSums() throws {
        let report = try Self.report()
        let rows = CSVReader.parse(ReportCSV.render(report))
        #expect(rows[2][1] == "ci, \"runner\"", "the quoted label reads back whole")
        let billed = rows.dropFirst().map { Decimal(string: $0[2])! }
        #expect(USD(billed.reduce(0, +)) == report.billedTotal)
    }

    @Test("CSV: a grouping without a source has empty columns, not zeros")
    func csvEmpty() throws {
        let text = ReportCSV.render(try Self.report(.lineItem))
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("Vector storage") })
        #expect(line == "Vector storage,Vector storage,0.999999999,,,,,,,")
    }

    // MARK: - JSON

    @Test("JSON: the list shape, range, nulls for missing figures, exact numbers")
    func json() throws {
        let report = try Self.report()
        let text = ReportJSON.render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["object"] as? String == "list")
        #expect(object["group_by"] as? String == "api_key_id")
        let range = try #require(object["range"] as? [String: Any])
        #expect(range["from"] as? String == "2026-11-01" && range["to"] as? String == "2026-11-03")
        #expect(range["start_time"] as? Int == Int(Fixture.nov(1)) && range["end_time"] as? Int == Int(Fixture.nov(4)))
        #expect(range["complete"] as? Bool == true)
        let data = try #require(object["data"] as? [[String: Any]])
        #expect(data.count == 3)
        #expect(Set(data[0].keys) == ["object", "group", "label", "billed_usd", "estimated_usd", "unpriced_tokens",
                                      "unpriced_requests", "unpriced_models", "input_tokens", "input_cached_tokens",
                                      "output_tokens", "num_model_requests"])
        #expect(data[2]["group"] is NSNull && data[2]["label"] as? String == "(no key)")
        #expect(data[2]["estimated_usd"] is NSNull)
        #expect(text.contains("\"billed_usd\": 0.999999999"))
        #expect(text.contains("\"billed_total_usd\": 11.500000002"))
        #expect(text.hasPrefix("{\n  \"object\": \"list\","))
        #expect((object["gaps"] as? [Any])?.isEmpty == true && (object["notes"] as? [Any])?.isEmpty == true)
    }

    @Test("JSON: gaps and notes are listed when the cache lacks days")
    func jsonGaps() throws {
        let store = try ReportFixtures.store(skipping: (SyncPlan.completionsByAPIKey, Fixture.nov(3)))
        let report = try ReportBuilder.build(store: store, range: ReportFixtures.range, grouping: .apiKeyID, now: Fixture.now)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ReportJSON.render(report).utf8)) as? [String: Any])
        let gaps = try #require(object["gaps"] as? [[String: Any]])
        #expect(gaps.count == 1)
        #expect(gaps[0]["series"] as? String == "completions:api_key_id:1d" && gaps[0]["days"] as? Int == 1)
        #expect((object["range"] as? [String: Any])?["complete"] as? Bool == false)
        #expect((object["notes"] as? [String])?.isEmpty == false)
    }

    @Test("JSON strings escape quotes, backslashes and control characters")
    func jsonEscapes() {
        #expect(JSONText.quote("a\"b\\c\nd\u{1}é") == "\"a\\\"b\\\\c\\nd\\u0001é\"")
        #expect(JSONText.object([]).rendered == "{}\n")
    }

    // MARK: - Table

    @Test("table: aligned by display width, estimates marked ≈, a total line")
    func table() throws {
        // Wide (CJK) characters take two cells, as TermUI's DisplayWidth counts them.
        let width: (String) -> Int = { $0.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x3000 && $1.value <= 0x9FFF) ? 2 : 1) } }
        let text = ReportTable.render(try Self.report(), width: width)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 3 + 2)
        #expect(lines[0].hasPrefix("API key"))
        #expect(text.contains("≈$6.00") && text.contains("$7.50") && lines.last?.hasPrefix("Total") == true)
        #expect(lines.last?.contains("$11.50") == true)
        // Every line with figures ends at the same cell.
        let ends = lines.filter { !$0.hasPrefix("─") }.map(width)
        #expect(Set(ends).count == 1, "\(ends)")
    }
}
