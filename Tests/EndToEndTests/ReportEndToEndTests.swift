import Foundation
import Testing

/// The real `usagetop report` and `usagetop keys` binaries over a cache that the real
/// `usagetop sync` filled from a real `usagetop-sim`, all at a fixed simulated time.
@Suite(.serialized) struct ReportEndToEndTests {
    /// 2026-11-20 15:30:00 UTC.
    static let now = DashboardEndToEndTests.now
    /// 2026-10-01 and 2026-11-01 00:00:00 UTC.
    static let octoberStart = 1_790_812_800
    static let novemberStart = DashboardEndToEndTests.monthStart

    /// Starts a simulator, syncs a scratch cache from it, and runs `body` with a function that
    /// runs `usagetop <args> --base-url … --db … --now …` and returns its stdout.
    static func withSyncedCache(_ body: (SimProcess, ([String]) throws -> String) throws -> Void) throws {
        let sim = try SimProcess(arguments: ["--now", "\(now)", "--speed", "0"])
        defer { sim.stop() }
        let (env, dir) = try DashboardEndToEndTests.scratchEnvironment()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bin = try Binaries.path("usagetop")
        let common = ["--base-url", sim.baseURL, "--db", dir.appendingPathComponent("e2e.sqlite").path, "--now", "\(now)"]
        _ = try run(bin, ["sync"] + common + ["--speed", "0"], environment: env)
        // Reports read the cache only: no Admin key in their environment.
        var offline = env
        offline.removeValue(forKey: "OPENAI_ADMIN_KEY")
        try body(sim, { args in try run(bin, args + common, environment: offline) })
    }

    /// The simulator's own billed total for October 2026 (ungrouped `/organization/costs`).
    static func octoberCosts(_ sim: SimProcess) throws -> Decimal {
        let body = try sim.getJSON("/organization/costs?start_time=\(octoberStart)&end_time=\(novemberStart)&limit=31")
        var total = Decimal(0)
        for bucket in body["data"] as? [[String: Any]] ?? [] {
            for r in bucket["results"] as? [[String: Any]] ?? [] {
                if let n = (r["amount"] as? [String: Any])?["value"] as? NSNumber { total += Decimal(string: n.stringValue) ?? 0 }
            }
        }
        return total
    }

    static func cents(_ d: Decimal) -> Decimal {
        var v = d, r = Decimal()
        NSDecimalRound(&r, &v, 2, .plain)
        return r
    }

    @Test("report --format csv of last month by api_key_id adds up to the simulator's bill; json and table agree")
    func reportCSV() throws {
        try Self.withSyncedCache { sim, usagetop in
            let csv = try usagetop(["report", "--range", "2026-10", "--group-by", "api_key_id", "--format", "csv"])
            let lines = csv.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("group,label,billed_usd,estimated_usd,input_tokens,input_cached_tokens,output_tokens,num_model_requests") == true)
            #expect(lines.count >= 10)
            #expect(!csv.lowercased().contains("total"), "no total row")
            // Key names in the simulator hold no commas or quotes, so a plain split is safe here.
            let billed = lines.dropFirst().map { Decimal(string: String($0.split(separator: ",", omittingEmptySubsequences: false)[2]))! }
            let expected = try Self.octoberCosts(sim)
            #expect(expected > 100)
            #expect(Self.cents(billed.reduce(0, +)) == Self.cents(expected))
            #expect(lines.contains { $0.hasPrefix(",(no key),") })

            let json = try usagetop(["report", "--range", "2026-10", "--group-by", "api_key_id", "--format", "json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object["object"] as? String == "list")
            #expect((object["data"] as? [Any])?.count == lines.count - 1)

            let table = try usagetop(["report", "--range", "2026-10-01..2026-10-31", "--group-by", "api_key_id"])
            #expect(table.contains("(no key)") && table.contains("Total"))
            #expect(!(csv + json + table).contains("sk-admin-test-e2e"), "the admin key never reaches the output")
        }
    }

    @Test("keys --json lists every key with usage, spend and the never-used, idle and owner-lost-access flags")
    func keysJSON() throws {
        try Self.withSyncedCache { sim, usagetop in
            let json = try usagetop(["keys", "--json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object["object"] as? String == "list")
            let data = try #require(object["data"] as? [[String: Any]])
            #expect(Set(data.compactMap { $0["name"] as? String }) == Set(try DashboardEndToEndTests.keyNames(sim: sim)))
            for key in data {
                for field in ["id", "name", "redacted_value", "created_at", "last_used_at", "owner", "project_id", "month_to_date", "flags"] {
                    #expect(key.keys.contains(field), "\(field) in \(key["name"] ?? "?")")
                }
            }
            let flags = data.flatMap { $0["flags"] as? [String] ?? [] }
            for flag in ["never_used", "idle", "owner_lost_access"] { #expect(flags.contains(flag), "\(flag)") }
            #expect(data.contains { (($0["month_to_date"] as? [String: Any])?["num_model_requests"] as? Int ?? 0) > 0 })

            let csv = try usagetop(["keys", "--csv"])
            #expect(csv.split(separator: "\n").count == data.count + 1)
            #expect(!json.contains("sk-admin-test-e2e") && !csv.contains("sk-admin-test-e2e"))
        }
    }
}
