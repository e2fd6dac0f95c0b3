import Foundation
import Testing

/// The real `usagetop` binary against a real `usagetop-sim`, in tmux, read off the screen the
/// way a person reads it. Both run at the same fixed simulated time with the clock stopped
/// (`--now … --speed 0`) so every figure is deterministic.
@Suite(.serialized, .enabled(if: Binaries.hasTmux, "tmux is not installed (make deps installs it)"))
struct DashboardEndToEndTests {
    /// 2026-11-20 15:30:00 UTC.
    static let now = 1_795_188_600
    /// 2026-11-01 00:00:00 UTC.
    static let monthStart = 1_793_491_200

    /// A scratch HOME/XDG tree so the test never touches the user's config or cache.
    static func scratchEnvironment(extra: [String: String] = [:]) throws -> (env: [String: String], dir: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("usagetop-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = dir.path
        env["XDG_CONFIG_HOME"] = dir.appendingPathComponent("config").path
        env["XDG_DATA_HOME"] = dir.appendingPathComponent("data").path
        env["OPENAI_ADMIN_KEY"] = "sk-admin-test-e2e-0000"
        env["TERM"] = "tmux-256color"
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        env.removeValue(forKey: "NO_COLOR")
        env.removeValue(forKey: "TMUX")
        for (k, v) in extra { env[k] = v }
        return (env, dir)
    }

    static func dashboardCommand(sim: SimProcess, db: URL) throws -> String {
        let bin = try Binaries.path("usagetop")
        // `; echo` afterwards shows that the shell got its screen back once usagetop exits.
        // The shell stays a while after usagetop exits so the test can read the restored screen.
        return "\(bin) --base-url \(sim.baseURL) --db \(db.path) --now \(now) --speed 0 --interval 60; echo usagetop-exited:$?; sleep 60"
    }

    /// Project and admin key names the simulator serves, read from its API.
    static func keyNames(sim: SimProcess) throws -> [String] {
        var names: [String] = []
        let projects = try sim.getJSON("/organization/projects?include_archived=true&limit=100")
        for p in projects["data"] as? [[String: Any]] ?? [] {
            guard let id = p["id"] as? String else { continue }
            let keys = try sim.getJSON("/organization/projects/\(id)/api_keys?owner_project_access=any&limit=100")
            names += (keys["data"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        }
        let admin = try sim.getJSON("/organization/admin_api_keys?limit=100")
        names += (admin["data"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        return names
    }

    /// The month's billed total from the simulator's own `/organization/costs`, formatted as
    /// the dashboard formats money.
    static func monthToDateCosts(sim: SimProcess) throws -> String {
        let body = try sim.getJSON("/organization/costs?start_time=\(monthStart)&limit=31")
        var total = Decimal(0)
        for bucket in body["data"] as? [[String: Any]] ?? [] {
            for r in bucket["results"] as? [[String: Any]] ?? [] {
                let amount = r["amount"] as? [String: Any]
                if let n = amount?["value"] as? NSNumber { total += Decimal(string: n.stringValue) ?? 0 }
            }
        }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &total, 2, .plain)
        let f = NumberFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.numberStyle = .decimal
        f.minimumFractionDigits = 2
        f.maximumFractionDigits = 2
        f.groupingSeparator = ","
        f.usesGroupingSeparator = true
        return "$" + (f.string(from: rounded as NSDecimalNumber) ?? "?")
    }

    @Test("pages, sort, filter, resize and quit in tmux against the simulator")
    func fullSession() throws {
        let sim = try SimProcess(arguments: ["--now", "\(Self.now)", "--speed", "0"])
        defer { sim.stop() }
        let (env, dir) = try Self.scratchEnvironment()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try TmuxSession(
            command: try Self.dashboardCommand(sim: sim, db: dir.appendingPathComponent("e2e.sqlite")),
            width: 120, height: 40, environment: env)
        defer { tmux.kill() }

        // The Usage page comes up and the first sync lands.
        var screen = try tmux.waitFor("the first sync", timeout: 60) { $0.contains("synced") }
        #expect(screen.contains("1 Usage"))
        #expect(screen.contains("UTC"))
        #expect(!screen.contains("sk-admin-test-e2e"), "the admin key must never reach the screen")

        // Limits: month-to-date billed spend equals the simulator's own costs for the month, to the cent.
        let mtd = try Self.monthToDateCosts(sim: sim)
        try tmux.send("2")
        screen = try tmux.waitFor(text: "API limit")
        #expect(screen.contains("Organization  \(mtd)"), "Limits shows \(mtd) month to date")

        // API keys: every key the simulator has is listed, the never-used one included.
        try tmux.send("3")
        screen = try tmux.waitFor(text: "Last used")
        let names = try Self.keyNames(sim: sim)
        #expect(names.count >= 14)
        for name in names {
            #expect(screen.contains(String(name.prefix(12))), "key \(name) is listed")
        }
        #expect(screen.contains("never"))

        // Sort by the next column and back; the header marks the sort column.
        try tmux.send("s")
        screen = try tmux.waitFor("a sort marker") { $0.contains("▲") || $0.contains("▼") }

        // Filter to one key by name.
        let target = names[0]
        try tmux.send("/")
        try tmux.send(target, literal: true)
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "filter: /\(target)")
        for other in names where !other.contains(target) && !target.contains(other) {
            #expect(!screen.contains(other), "filter hides \(other)")
        }
        try tmux.send("Escape")
        screen = try tmux.waitFor("the filter to clear") { !$0.contains("filter: /") }

        // Resize to 80×24, then to a size too small to draw, then back.
        try tmux.resize(width: 80, height: 24)
        // The status sits at the right edge, so it is only visible once the app redrew at 80 columns.
        screen = try tmux.waitFor("an 80-column layout") { s in
            s.split(separator: "\n").first.map { $0.contains("synced") } == true && s.contains("Last used")
        }
        try tmux.resize(width: 30, height: 8)
        screen = try tmux.waitFor("the too-small screen") { $0.lowercased().contains("too small") }
        try tmux.resize(width: 100, height: 30)
        screen = try tmux.waitFor(text: "Last used")

        // Help overlay and back.
        try tmux.send("?")
        screen = try tmux.waitFor(text: "Esc to close")
        try tmux.send("Escape")
        screen = try tmux.waitFor("help to close") { !$0.contains("Esc to close") }

        // Quit: the process exits 0 and the shell's screen is back.
        try tmux.send("q")
        screen = try tmux.waitFor(text: "usagetop-exited:0")
        #expect(!screen.contains("Last used"), "the dashboard is gone from the screen after quit")
    }

    @Test("NO_COLOR=1 and LANG=C: ASCII glyphs, still usable", arguments: [
        ["NO_COLOR": "1", "LANG": "C"],
        ["NO_COLOR": "1", "LANG": "C.UTF-8"],
    ])
    func degradedTerminals(extra: [String: String]) throws {
        let sim = try SimProcess(arguments: ["--now", "\(Self.now)", "--speed", "0"])
        defer { sim.stop() }
        let (env, dir) = try Self.scratchEnvironment(extra: extra)
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try TmuxSession(
            command: try Self.dashboardCommand(sim: sim, db: dir.appendingPathComponent("e2e.sqlite")),
            width: 80, height: 24, environment: env)
        defer { tmux.kill() }
        var screen = try tmux.waitFor("the first sync", timeout: 60) { $0.contains("synced") }
        if extra["LANG"] == "C" {
            #expect(!screen.contains("█") && !screen.contains("│"), "no UTF-8 glyphs under LANG=C")
        }
        try tmux.send("3")
        screen = try tmux.waitFor(text: "Last used")
        try tmux.send("q")
        try tmux.waitFor(text: "usagetop-exited:0")
    }
}
