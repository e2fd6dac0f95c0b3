import Foundation
import Testing

/// Issue 3's end-to-end check: with only a local org budget configured and the forecast and
/// spike rules off, the fast simulator crosses 50/75/90/100 % of it; the dashboard (in tmux,
/// polling every second of real time) raises exactly four threshold alerts, notifies each once
/// (bell → tmux `alert-bell` hook, tmux `display-message`, the `[alerts] command` hook), shows
/// the banner; `a` acknowledges; the acknowledgement survives a restart; the next month starts
/// clean.
///
/// The simulator runs at 21,600 simulated seconds per real second from 2026-11-24 00:00 UTC with
/// 30 % of the $100 budget spent (`--budget-usd 100 --start-share 0.3 --month-end-share 1.3`):
/// 50 % is crossed about 4 s in, 100 % about 18 s in, the month ends about 28 s in
/// (`.coord/H3-SIM-OPTIONS.md`). The API contributes no threshold.
@Suite(.serialized, .enabled(if: Binaries.hasTmux, "tmux is not installed (make deps installs it)"))
struct AlertLifecycleTests {
    /// 2026-11-24 00:00:00 UTC.
    static let start = 1_795_478_400
    /// 2026-12-01 00:00:00 UTC.
    static let monthEnd = 1_796_083_200
    static let speed = 21_600.0

    /// Scratch files of one run.
    struct Files {
        let dir: URL
        /// The simulator's base URL (the cache belongs to it).
        var baseURL = ""
        var hookLog: String { dir.appendingPathComponent("hook.log").path }
        var bellLog: String { dir.appendingPathComponent("bell.log").path }
        var tmuxLog: String { dir.appendingPathComponent("tmux-messages.log").path }
        var db: String { dir.appendingPathComponent("e2e.sqlite").path }

        func lines(_ path: String) -> [String] {
            ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
    }

    /// The scratch environment: config with only a local org budget (forecast and spike off) and
    /// the hook command; a `tmux` wrapper first in `PATH` that logs the app's `display-message`
    /// calls and runs the real tmux.
    static func setUp() throws -> (env: [String: String], files: Files) {
        let (baseEnv, dir) = try DashboardEndToEndTests.scratchEnvironment()
        var env = baseEnv
        let files = Files(dir: dir)
        let configDir = dir.appendingPathComponent("config/usagetop")
        try FileManager.default.createDirectory(at: configDir, withIntermediateDirectories: true)
        try """
            [budgets]
            org_usd = 100
            [alerts]
            forecast = false
            spike = false
            bell = true
            command = 'echo "$USAGETOP_ALERT_ID ${OPENAI_ADMIN_KEY:-nokey}" >> "\(files.hookLog)"'
            """.write(to: configDir.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)

        let realTmux = try run("/usr/bin/env", ["sh", "-c", "command -v tmux"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let bin = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let wrapper = bin.appendingPathComponent("tmux")
        try """
            #!/bin/sh
            if [ "$1" = display-message ]; then printf '%s\\n' "$*" >> '\(files.tmuxLog)'; fi
            exec '\(realTmux)' "$@"
            """.write(to: wrapper, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
        env["PATH"] = bin.path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        return (env, files)
    }

    /// The dashboard command line, its clock started at the simulator's current time.
    static func dashboard(sim: SimProcess, files: Files, simStartedAt: Date) throws -> String {
        let now = start + Int(Date().timeIntervalSince(simStartedAt) * speed)
        return "\(try Binaries.path("usagetop")) --base-url \(sim.baseURL) --db \(files.db) --now \(now) --speed \(Int(speed)) "
            + "--interval 1; echo usagetop-exited:$?; sleep 60"
    }

    /// Counts bells: tmux runs the `alert-bell` hook for every bell in the (detached) window.
    static func countBells(_ tmux: TmuxSession, into path: String) throws {
        try run("/usr/bin/env", ["tmux", "-L", tmux.socket, "set-hook", "-g", "alert-bell", "run-shell 'echo bell >> \(path)'"],
                environment: tmux.environment)
    }

    /// `usagetop alerts --json --all` on the test's cache: id → state.
    static func alertStates(files: Files, env: [String: String], now: Int) throws -> [String: String] {
        let out = try run(try Binaries.path("usagetop"), ["alerts", "--json", "--all", "--db", files.db, "--base-url", files.baseURL,
                                                          "--now", "\(now)", "--speed", "0"], environment: env)
        let body = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
        var states: [String: String] = [:]
        for alert in body?["data"] as? [[String: Any]] ?? [] {
            if let id = alert["id"] as? String, let state = alert["state"] as? String { states[id] = state }
        }
        return states
    }

    /// Polls `condition` until it holds or `timeout` passes (no fixed sleeps).
    static func wait(_ what: String, timeout: Double = 60, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("timed out after \(timeout) s waiting for \(what)")
        throw E2EError.timeout(what)
    }

    static let thresholdIDs = [50, 75, 90, 100].map { "threshold|org|local:\($0)%:100|2026-11" }

    @Test("50/75/90/100 % on the fast simulator: four alerts, each notified once; ack survives a restart; December starts clean")
    func lifecycle() throws {
        let (env, scratch) = try Self.setUp()
        let files0 = scratch
        defer { try? FileManager.default.removeItem(at: files0.dir) }
        let sim = try SimProcess(arguments: [
            "--now", "\(Self.start)", "--speed", "\(Int(Self.speed))", "--budget-usd", "100", "--start-share", "0.3",
            "--month-end-share", "1.3", "--spend-limit-usd", "0", "--no-spend-alerts", "--no-project-spend-limits",
        ])
        let simStartedAt = Date()
        defer { sim.stop() }
        var files = scratch
        files.baseURL = sim.baseURL

        var tmux = try TmuxSession(command: try Self.dashboard(sim: sim, files: files, simStartedAt: simStartedAt),
                                   width: 120, height: 40, environment: env)
        defer { tmux.kill() }
        try Self.countBells(tmux, into: files.bellLog)

        // Four threshold alerts, each through the hook exactly once, without the Admin key.
        try Self.wait("four hook runs") { files.lines(files.hookLog).count >= 4 }
        var screen = try tmux.waitFor(text: "4 alerts")
        #expect(!screen.contains("sk-admin-test-e2e"))
        let hooks = files.lines(files.hookLog)
        #expect(hooks.sorted() == Self.thresholdIDs.map { $0 + " nokey" }.sorted(), "one hook run per alert, no key")

        // One bell and one tmux message per poll that fired; together they name all four alerts.
        let messages = files.lines(files.tmuxLog)
        #expect(!messages.isEmpty && messages.count <= 4)
        let named = messages.map { line -> Int in
            guard let r = line.range(of: #"usagetop: (\d+) alerts:"#, options: .regularExpression) else { return 1 }
            return Int(line[r].dropFirst("usagetop: ".count).prefix { $0.isNumber }) ?? 0
        }
        #expect(named.reduce(0, +) == 4, "tmux messages: \(messages)")
        try Self.wait("one bell per tmux message", timeout: 10) { files.lines(files.bellLog).count == messages.count }
        var states = try Self.alertStates(files: files, env: env, now: Self.start)
        #expect(states.filter { $0.key.hasPrefix("threshold|") }.count == 4)
        #expect(Set(Self.thresholdIDs).isSubset(of: Set(states.keys)))

        // `a` acknowledges the newest firing alert; the banner counts one fewer.
        try tmux.send("a")
        screen = try tmux.waitFor(text: "3 alerts")
        states = try Self.alertStates(files: files, env: env, now: Self.start)
        #expect(states.values.filter { $0 == "acknowledged" }.count == 1)
        let acknowledged = states.first { $0.value == "acknowledged" }?.key

        // Quit and start again on the same cache: still acknowledged, nothing notified again.
        try tmux.send("q")
        try tmux.waitFor(text: "usagetop-exited:0")
        tmux.kill()
        tmux = try TmuxSession(command: try Self.dashboard(sim: sim, files: files, simStartedAt: simStartedAt),
                               width: 120, height: 40, environment: env)
        try Self.countBells(tmux, into: files.bellLog)
        screen = try tmux.waitFor("the restarted dashboard's banner", timeout: 30) { $0.contains("3 alerts") || $0.contains("Dec") }
        states = try Self.alertStates(files: files, env: env, now: Self.start)
        if let acknowledged {
            #expect(states[acknowledged] == "acknowledged" || states[acknowledged] == "resolved",
                    "the acknowledgement survived the restart")
        }

        // The month ends: November's alerts resolve, nothing fires in December.
        let monthEndsAt = simStartedAt.addingTimeInterval(Double(Self.monthEnd - Self.start) / Self.speed)
        try Self.wait("the month boundary", timeout: max(5, monthEndsAt.timeIntervalSinceNow + 20)) {
            let s = try Self.alertStates(files: files, env: env, now: Self.monthEnd)
            return Self.thresholdIDs.allSatisfy { s[$0] == "resolved" }
        }
        screen = try tmux.waitFor("the banner to go") { $0.range(of: #"[0-9]+ alerts? "#, options: .regularExpression) == nil }
        states = try Self.alertStates(files: files, env: env, now: Self.monthEnd)
        #expect(!states.keys.contains { $0.contains("2026-12") }, "December starts clean: \(states)")
        #expect(states[acknowledged ?? ""] == "resolved")
        #expect(files.lines(files.hookLog).count == 4, "no alert notified twice")
        #expect(files.lines(files.tmuxLog).count == messages.count)
        #expect(files.lines(files.bellLog).count == messages.count)
        try tmux.send("q")
        try tmux.waitFor(text: "usagetop-exited:0")
    }
}
