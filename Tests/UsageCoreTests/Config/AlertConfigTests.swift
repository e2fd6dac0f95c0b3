import Foundation
import Testing
@testable import UsageCore

@Suite("Configuration: [budgets] and [alerts]")
struct AlertConfigTests {
    static let example = """
        profile = "work"

        [budgets]
        org_usd = 500
        thresholds = [50, 75, 90, 100]
        [budgets.projects]
        proj_abc = 120
        "proj-b" = 12.5
        [budgets.keys]
        key_abc = 10

        [alerts]
        threshold = true
        forecast = true
        spike = false
        stale = true
        sync_failing = true
        stale_after_minutes = 45
        bell = false
        command = "notify-send usagetop"   # run with USAGETOP_ALERT_* in the environment
        """

    @Test("the documented example parses")
    func example() throws {
        let config = try AppConfig.parse(Self.example, path: "c.toml")
        #expect(config.profile == "work")
        #expect(config.budgets == BudgetSettings(org: USD(500), projects: ["proj_abc": USD(120), "proj-b": AlertFixture.usd("12.5")],
                                                 keys: ["key_abc": USD(10)], thresholds: [50, 75, 90, 100]))
        #expect(config.alertRules == AlertRules(spike: false, staleAfterMinutes: 45))
        #expect(config.notifications == AlertNotifications(bell: false, command: "notify-send usagetop"))
        #expect(config.budgets.budgets.map(\.scope) == [.org, .project("proj-b"), .project("proj_abc"), .key("key_abc")])
    }

    @Test("without the tables every rule is on with 50/75/90/100 % and no local budget")
    func defaults() throws {
        let config = try AppConfig.parse("profile = \"x\"", path: "c.toml")
        #expect(config.budgets == BudgetSettings())
        #expect(config.budgets.thresholds == [50, 75, 90, 100])
        #expect(config.budgets.budgets.isEmpty)
        #expect(config.alertRules == AlertRules())
        #expect(AlertRule.allCases.allSatisfy(config.alertRules.isEnabled))
        #expect(config.notifications == AlertNotifications(bell: true, command: nil))
    }

    @Test("a decimal string budget stays exact")
    func exactString() throws {
        let config = try AppConfig.parse("[budgets.keys]\nkey_a = \"0.10\"\n", path: "c.toml")
        #expect(config.budgets.keys["key_a"] == AlertFixture.usd("0.1"))
    }

    @Test("bad values name the dotted key and its line",
          arguments: [
            ("[budgets]\norg_usd = -5\n", "budgets.org_usd", 2, "a budget must not be negative"),
            ("[budgets]\norg_usd = 0\n", "budgets.org_usd", 2, "a budget must be more than $0"),
            ("[budgets]\n\nthresholds = [50, 0]\n", "budgets.thresholds", 3, "threshold 0 % is outside 1–1000 %"),
            ("[budgets]\nthresholds = [1001]\n", "budgets.thresholds", 2, "threshold 1001 % is outside 1–1000 %"),
            ("[budgets]\nthresholds = [\"50\"]\n", "budgets.thresholds", 2, "expected whole percentages, e.g. [50, 75, 90, 100]"),
            ("[budgets.keys]\nkey_a = -1\n[budgets.projects]\nproj_a = true\n", "budgets.keys.key_a", 2,
             "a budget must not be negative"),
            ("[budgets.projects]\nproj_a = true\n", "budgets.projects.proj_a", 2, "expected an amount of USD, e.g. 120 or 12.50"),
            ("[budgets]\nprojects = { proj_a = \"lots\" }\n", "budgets.projects.proj_a", 2,
             "expected an amount of USD, e.g. 120 or 12.50"),
            ("budgets = 5\n", "budgets", 1, "expected a table"),
            ("[alerts]\nspike = \"no\"\n", "alerts.spike", 2, "expected true or false"),
            ("[alerts]\nstale_after_minutes = 0\n", "alerts.stale_after_minutes", 2, "must be at least 1 minute"),
            ("[alerts]\ncommand = 1\n", "alerts.command", 2, "expected a string"),
          ])
    func badValues(text: String, key: String, line: Int, message: String) {
        #expect(throws: ConfigError.invalidValue(path: "c.toml", line: line, key: key, message: message)) {
            try AppConfig.parse(text, path: "c.toml")
        }
    }

    @Test("an unknown key inside [budgets] or [alerts] is an error, not silently ignored")
    func unknownKeys() throws {
        do {
            _ = try AppConfig.parse("[alerts]\nthreshold = true\nsyncfailing = false\n", path: "/cfg/config.toml")
            Issue.record("a misspelt switch parsed")
        } catch let error as ConfigError {
            guard case .invalidValue(_, let line, let key, let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(line == 3)
            #expect(key == "alerts.syncfailing")
            #expect(message.hasPrefix("unknown key"))
            #expect(error.description.hasPrefix("/cfg/config.toml:3: alerts.syncfailing: unknown key"))
        }
        #expect(throws: ConfigError.self) { try AppConfig.parse("[budgets]\norg = 5\n", path: "c.toml") }
    }
}
