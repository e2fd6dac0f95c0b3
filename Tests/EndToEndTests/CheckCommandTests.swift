import Foundation
import Testing

/// `usagetop check`, `alerts` and `status-line` as cron and tmux run them: the real binaries
/// against a real `usagetop-sim` whose month-to-date spend is a chosen share of a $100 local
/// budget (`--budget-usd 100 --start-share S`), clock stopped. The API contributes no
/// threshold (`--spend-limit-usd 0 --no-spend-alerts --no-project-spend-limits`).
@Suite(.serialized)
struct CheckCommandTests {
    /// 2026-11-24 00:00:00 UTC.
    static let now = 1_795_478_400

    /// What one run of a binary gave.
    struct Outcome {
        var status: Int32
        var stdout: String
    }

    /// Runs `usagetop` with `arguments` in `environment` and waits for it.
    static func usagetop(_ arguments: [String], environment: [String: String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Binaries.path("usagetop"))
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self))
    }

    /// A scratch environment whose `config.toml` has a local org budget of $100 (`extraConfig`
    /// appended), and the matching simulator at `share` of it.
    static func setUp(share: Double, extraConfig: String = "") throws -> (sim: SimProcess, env: [String: String], dir: URL) {
        let sim = try SimProcess(arguments: [
            "--now", "\(now)", "--speed", "0", "--budget-usd", "100", "--start-share", "\(share)",
            "--month-end-share", "\(max(1.3, share))", "--spend-limit-usd", "0", "--no-spend-alerts",
            "--no-project-spend-limits",
        ])
        let (env, dir) = try DashboardEndToEndTests.scratchEnvironment()
        let configDir = dir.appendingPathComponent("config/usagetop")
        try FileManager.default.createDirectory(at: configDir, withIntermediateDirectories: true)
        try """
            [budgets]
            org_usd = 100
            [alerts]
            forecast = false
            spike = false
            \(extraConfig)
            """.write(to: configDir.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        return (sim, env, dir)
    }

    static func common(_ sim: SimProcess, _ dir: URL, now: Int = now) -> [String] {
        ["--base-url", sim.baseURL, "--db", dir.appendingPathComponent("cache.sqlite").path, "--now", "\(now)", "--speed", "0"]
    }

    @Test("exit 0 OK, 1 WARNING, 2 CRITICAL by the share of the budget spent", arguments: [
        (0.30, Int32(0), "USAGETOP OK - Organization $"), (0.80, 1, "USAGETOP WARNING - Organization $"),
        (1.05, 2, "USAGETOP CRITICAL - Organization $"),
    ])
    func verdicts(share: Double, code: Int32, prefix: String) throws {
        let (sim, env, dir) = try Self.setUp(share: share)
        defer { sim.stop(); try? FileManager.default.removeItem(at: dir) }
        let result = try Self.usagetop(["check"] + Self.common(sim, dir), environment: env)
        #expect(result.status == code, "check printed: \(result.stdout)")
        #expect(result.stdout.hasPrefix(prefix))
        #expect(result.stdout.contains(" | spend_usd="))
        #expect(result.stdout.split(separator: "\n").count == 1, "one status line")
        #expect(!result.stdout.contains("sk-admin"))
    }

    @Test("check persists alerts and runs the hook once per alert; a second check fires nothing new")
    func hookOncePerAlert() throws {
        let hookLog = FileManager.default.temporaryDirectory.appendingPathComponent("usagetop-hook-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: hookLog) }
        let (sim, env, dir) = try Self.setUp(share: 0.80, extraConfig: """
            command = 'echo "$USAGETOP_ALERT_ID ${OPENAI_ADMIN_KEY:-nokey}" >> "\(hookLog)"'
            """)
        defer { sim.stop(); try? FileManager.default.removeItem(at: dir) }
        #expect(try Self.usagetop(["check"] + Self.common(sim, dir), environment: env).status == 1)
        #expect(try Self.usagetop(["check"] + Self.common(sim, dir), environment: env).status == 1)
        let lines = try String(contentsOfFile: hookLog, encoding: .utf8).split(separator: "\n").map(String.init).sorted()
        #expect(lines == ["threshold|org|local:50%:100|2026-11 nokey", "threshold|org|local:75%:100|2026-11 nokey"])

        // The same alerts through `usagetop alerts --json`, then acknowledged by id.
        let listed = try Self.usagetop(["alerts", "--json"] + Self.common(sim, dir), environment: env)
        let body = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any]
        let data = body?["data"] as? [[String: Any]] ?? []
        #expect(body?["object"] as? String == "list")
        #expect(data.map { $0["state"] as? String } == ["firing", "firing"])
        let id = try #require(data.first?["id"] as? String)
        #expect(try Self.usagetop(["alerts", "ack", id] + Self.common(sim, dir), environment: env).status == 0)
        let after = try Self.usagetop(["alerts", "--json"] + Self.common(sim, dir), environment: env).stdout
        #expect(after.contains(#""acknowledged_at":\#(Self.now)"#))
        #expect(try Self.usagetop(["alerts", "ack", "no-such-alert"] + Self.common(sim, dir), environment: env).status == 1)

        // status-line reads the same cache: spend, share of the budget, one unacknowledged alert.
        let line = try Self.usagetop(["status-line"] + Self.common(sim, dir), environment: env)
        #expect(line.status == 0)
        #expect(line.stdout.range(of: #" MTD \| (79|80)% of \$100\.00 \| 1 alert \| "#, options: .regularExpression) != nil,
                "spend, share of the $100 budget, one unacknowledged alert: \(line.stdout)")
    }

    @Test("exit 3 UNKNOWN: argument error, --offline on an empty cache, stale cache, sync failure")
    func unknown() throws {
        let (sim, env, dir) = try Self.setUp(share: 0.30)
        defer { sim.stop(); try? FileManager.default.removeItem(at: dir) }

        let bad = try Self.usagetop(["check", "--no-such-flag"], environment: env)
        #expect(bad.status == 3)
        #expect(bad.stdout.hasPrefix("USAGETOP UNKNOWN - bad arguments"))
        #expect(try Self.usagetop(["check", "--speed", "fast"], environment: env).status == 3)

        let empty = try Self.usagetop(["check", "--offline"] + Self.common(sim, dir), environment: env)
        #expect(empty.status == 3)
        #expect(empty.stdout.hasPrefix("USAGETOP UNKNOWN - no data"))

        // A fresh sync, then judged offline 10 minutes later (fresh) and 2 hours later (stale).
        #expect(try Self.usagetop(["check"] + Self.common(sim, dir), environment: env).status == 0)
        #expect(try Self.usagetop(["check", "--offline"] + Self.common(sim, dir, now: Self.now + 600), environment: env).status == 0)
        let stale = try Self.usagetop(["check", "--offline"] + Self.common(sim, dir, now: Self.now + 7_200), environment: env)
        #expect(stale.status == 3)
        #expect(stale.stdout.hasPrefix("USAGETOP UNKNOWN - stale cache"))

        // The server is gone: the sync fails, so the verdict is UNKNOWN whatever the cache says.
        sim.stop()
        let offline = try Self.usagetop(["check"] + Self.common(sim, dir, now: Self.now + 60), environment: env)
        #expect(offline.status == 3)
        #expect(offline.stdout.hasPrefix("USAGETOP UNKNOWN - sync failed"))
        #expect(!offline.stdout.contains("sk-admin"))
    }
}
