import Foundation
import Synchronization
import Testing
@testable import UsageCore

@Suite("AlertNotifier: one bell, one tmux message, one command per alert")
struct AlertNotifierTests {
    static let now = Fixture.nov(20) + 15 * 3_600 + 30 * 60

    static func alert(_ percent: Int, message: String? = nil) -> AlertRecord {
        AlertRecord(key: AlertKey(rule: .threshold, scope: .org, threshold: "local:\(percent)%:500", period: "2026-11"),
                    state: .firing, firedAt: now,
                    message: message ?? "Organization spend $400.00 passed \(percent) % of $500.00 local budget")
    }

    /// Counts bell rings from any thread.
    final class BellCounter: Sendable {
        let count = Mutex(0)
        func ring() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }

    /// A scratch folder with a file the test command appends to.
    static func scratch() throws -> URL {
        let dir = URL(fileURLWithPath: Fixture.tempDirectory())
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test("the command runs once per alert with the alert in USAGETOP_ALERT_* and without the Admin key")
    func commandPerAlert() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let key = "sk-admin-test-notifier-0000000000"
        let environment = ["PATH": "/usr/bin:/bin", "OPENAI_ADMIN_KEY": key, "COPY_OF_KEY": "Bearer " + key,
                           "HOME": dir.path, "OUT_DIR": dir.path]
        // Each run writes its own file (runs are concurrent). The folder comes from the
        // environment too: nothing is interpolated into the command line.
        let command = #"env > "$OUT_DIR/env-$$""#
        let notifier = AlertNotifier(settings: AlertNotifications(bell: false, command: command),
                                     environment: environment, secrets: [key])
        let alerts = [Self.alert(50), Self.alert(75, message: #"it's "$(touch pwned)" `x` #{host}; rm -rf /"#)]
        let batch = notifier.announce(alerts)
        #expect(batch.children.count == 2)
        #expect(batch.waitForChildren(timeout: 10))
        #expect(batch.children.allSatisfy { $0.outcome == .exited(0) })

        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("env-") }
        let runs = try files.map { try String(contentsOfFile: dir.appendingPathComponent($0).path, encoding: .utf8) }
        #expect(runs.count == 2)
        let ids = runs.compactMap { run in run.split(separator: "\n").first { $0.hasPrefix("USAGETOP_ALERT_ID=") }.map(String.init) }
        #expect(Set(ids) == Set(alerts.map { "USAGETOP_ALERT_ID=" + $0.id }))
        for run in runs {
            #expect(run.contains("USAGETOP_ALERT_RULE=threshold"))
            #expect(run.contains("USAGETOP_ALERT_SCOPE=org"))
            #expect(run.contains("USAGETOP_ALERT_PERIOD=2026-11"))
            #expect(run.contains("USAGETOP_ALERT_STATE=firing"))
            #expect(run.contains("USAGETOP_ALERT_FIRED_AT=\(Self.now)"))
            #expect(run.contains("USAGETOP_ALERT_FIRED_AT_ISO=2026-11-20T15:30:00Z"))
            #expect(run.contains("USAGETOP_ALERT_COUNT=2"))
            #expect(!run.contains("sk-admin"), "no Admin key in the child's environment")
            #expect(!run.contains("OPENAI_ADMIN_KEY"))
            #expect(!run.contains("COPY_OF_KEY"))
        }
        #expect(runs.contains { $0.contains(#"USAGETOP_ALERT_MESSAGE=it's "$(touch pwned)" `x` #{host}; rm -rf /"#) },
                "the alert text arrives verbatim, only as a variable")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("pwned").path))
    }

    @Test("one bell for a batch, none when bell = false, none for an empty batch")
    func oneBell() {
        let counter = BellCounter()
        let on = AlertNotifier(settings: AlertNotifications(bell: true), environment: [:], ringBell: { counter.ring() })
        #expect(on.announce([Self.alert(50), Self.alert(75), Self.alert(90)]).rangBell)
        #expect(counter.value == 1)
        on.announce([])
        #expect(counter.value == 1)
        let off = AlertNotifier(settings: AlertNotifications(bell: false), environment: [:], ringBell: { counter.ring() })
        #expect(!off.announce([Self.alert(100)]).rangBell)
        #expect(counter.value == 1)
    }

    @Test("tmux message only inside tmux, once per batch, naming the count and the first alert")
    func tmuxOnlyInside() {
        let outside = AlertNotifier(settings: AlertNotifications(bell: false), environment: ["PATH": "/nonexistent"])
        #expect(outside.announce([Self.alert(50)]).tmuxMessage == nil)
        let inside = AlertNotifier(settings: AlertNotifications(bell: false),
                                   environment: ["PATH": "/nonexistent", "TMUX": "/tmp/none,1,0"])
        let batch = inside.announce([Self.alert(50), Self.alert(75)])
        #expect(batch.tmuxMessage == "usagetop: 2 alerts: Organization spend $400.00 passed 50 % of $500.00 local budget (+1 more)")
        #expect(batch.children.count + batch.failures.count == 1)
        batch.waitForChildren(timeout: 10)
    }

    @Test("tmux text: # doubled, control characters blanked, key-shaped text redacted")
    func tmuxEscaping() {
        #expect(AlertNotifier.escapeTmux("#{pane_id} #(rm -rf /) ##") == "##{pane_id} ##(rm -rf /) ####")
        #expect(AlertNotifier.escapeTmux("a\nb\u{1b}[31mc") == "a b [31mc")
        let one = AlertNotifier.tmuxMessage(for: [Self.alert(50, message: "key sk-proj-fakeabcdefghijkl1234 #1")])
        #expect(one == "usagetop: key sk-…1234 ##1")
    }

    @Test("the child environment drops the Admin key variable and any value holding a key")
    func childEnvironment() {
        let key = "sk-admin-test-env-000000000000"
        let notifier = AlertNotifier(settings: AlertNotifications(), environment: [
            "OPENAI_ADMIN_KEY": key, "AUTH": "Bearer " + key, "OTHER_KEY": "sk-proj-fakeabcdefghijklmnopqrst",
            "SHORT": "sk-admin", "PATH": "/bin", "TMUX": "/tmp/x,1,0",
        ], secrets: [key])
        #expect(notifier.childEnvironment() == ["SHORT": "sk-admin", "PATH": "/bin", "TMUX": "/tmp/x,1,0"])
    }

    @Test("a command that outlives its time limit is killed")
    func timeout() throws {
        let child = try DetachedProcess.start(["/bin/sh", "-c", "sleep 30"], environment: [:], timeout: 0.3)
        #expect(child.wait(timeout: 10) == .timedOut)
    }
}
