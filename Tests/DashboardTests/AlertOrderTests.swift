import Dashboard
import Testing
import UsageCore

/// Alerts that fire in the same evaluation (a first sync of a month already past several
/// thresholds) are listed with the organization first and the highest threshold first, so the
/// banner names the most serious one.
@Suite("Alert order")
struct AlertOrderTests {
    static func threshold(_ scope: AlertScope, _ code: String, firedAt: UnixSeconds = 1_000) -> AlertRecord {
        AlertRecord(key: AlertKey(rule: .threshold, scope: scope, threshold: code, period: "2026-11"),
                    state: .firing, firedAt: firedAt, message: code)
    }

    @Test("fired together: org before projects, highest threshold first, spend alerts by their amount")
    func firedTogether() {
        let alerts = [
            Self.threshold(.project("proj_a"), "api_limit:100%:200"),
            Self.threshold(.org, "api_limit:50%:1000"),
            Self.threshold(.org, "api_spend_alert:500"),
            Self.threshold(.org, "api_limit:75%:1000"),
        ]
        let order = AlertOrder.sorted(alerts).map(\.key.threshold)
        #expect(order == ["api_limit:75%:1000", "api_limit:50%:1000", "api_spend_alert:500", "api_limit:100%:200"])
    }

    @Test("a newer alert still comes first, whatever its threshold")
    func newerFirst() {
        let alerts = [Self.threshold(.org, "local:100%:100", firedAt: 1_000), Self.threshold(.org, "local:50%:100", firedAt: 2_000)]
        #expect(AlertOrder.sorted(alerts).map(\.key.threshold) == ["local:50%:100", "local:100%:100"])
    }
}
