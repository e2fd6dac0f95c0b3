import Foundation
import Testing

/// The user's price override file (`$XDG_CONFIG_HOME/usagetop/prices.json`, LiteLLM format)
/// prices a model the bundled table does not know, for the real `usagetop report`; a malformed
/// file stops the command instead of being ignored (issue 4 item 2).
@Suite(.serialized) struct PriceOverrideTests {
    static let model = "gpt-9-internal-preview"

    /// The CSV row of `model` in `csv`, as header name → value.
    static func row(_ csv: String, model: String) -> [String: String]? {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first, let row = lines.dropFirst().first(where: { $0.first == model }) else { return nil }
        return Dictionary(uniqueKeysWithValues: zip(header, row))
    }

    @Test("an unpriced model is unknown until prices.json prices it; a malformed prices.json is an error")
    func overrideFile() throws {
        let sim = try SimProcess(arguments: ["--now", "\(DashboardEndToEndTests.now)", "--speed", "0", "--unpriced-model"])
        defer { sim.stop() }
        let (env, dir) = try DashboardEndToEndTests.scratchEnvironment()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bin = try Binaries.path("usagetop")
        let common = ["--base-url", sim.baseURL, "--db", dir.appendingPathComponent("e2e.sqlite").path,
                      "--now", "\(DashboardEndToEndTests.now)"]
        try run(bin, ["sync"] + common + ["--speed", "0"], environment: env)
        let report = ["report", "--range", "mtd", "--group-by", "model", "--format", "csv"] + common

        // Without an override: billed, but no estimate, and its tokens counted as unpriced.
        let before = try #require(Self.row(try run(bin, report, environment: env), model: Self.model))
        #expect(before["billed_usd"].map { !$0.isEmpty } == true)
        #expect(before["estimated_usd"] == "")
        #expect((Int64(before["unpriced_tokens"] ?? "") ?? 0) > 0)

        // With the simulator's own rates in prices.json: estimated, nothing unpriced, close to the bill.
        let configDir = dir.appendingPathComponent("config/usagetop")
        try FileManager.default.createDirectory(at: configDir, withIntermediateDirectories: true)
        let prices = configDir.appendingPathComponent("prices.json")
        try """
            {"\(Self.model)": {"litellm_provider": "openai", "mode": "chat",
              "input_cost_per_token": 0.000005, "cache_read_input_token_cost": 0.00000125,
              "output_cost_per_token": 0.00002}}
            """.write(to: prices, atomically: true, encoding: .utf8)
        let after = try #require(Self.row(try run(bin, report, environment: env), model: Self.model))
        let billed = try #require(Decimal(string: after["billed_usd"] ?? ""))
        let estimated = try #require(Decimal(string: after["estimated_usd"] ?? ""))
        #expect(after["unpriced_tokens"] == "0" || after["unpriced_tokens"] == "")
        #expect(billed > 0)
        let gap = abs(NSDecimalNumber(decimal: estimated - billed).doubleValue) / NSDecimalNumber(decimal: billed).doubleValue
        #expect(gap < 0.005, "estimate \(estimated) vs billed \(billed)")

        // A malformed override file: the command fails rather than pricing with half a table.
        try "{ not json".write(to: prices, atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) { try run(bin, report, environment: env) }
    }
}
