import Foundation
import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// The Alerts page, the tab count and the banner, rendered into a ScreenBuffer.
@Suite("Alerts page and banner")
struct AlertsPageTests {
    func text(_ state: AppState, theme: Theme = .plainUnicode) -> String {
        withUTF8Locale()
        return RootView.render(state: state, theme: theme, width: state.width, height: state.height).plainText
    }

    func lines(_ state: AppState) -> [String] { text(state).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test("groups: firing, snoozed, acknowledged, resolved; newest first; scope, period and times")
    func listing() {
        let state = AlertsPageTests.wide()
        let rows = lines(state)
        func row(_ needle: String) -> Int { rows.firstIndex { $0.contains(needle) } ?? -1 }
        let order = [row("FIRING   Organization spend passed 75 %"), row("FIRING   Organization spend passed 50 %"),
                     row("SNOOZED  Key ci-runner spent $9.00"), row("ACKED    Organization spend passed 25 %"),
                     row("RESOLVED Sync failing: rate limited")]
        #expect(order.allSatisfy { $0 > 0 } && order == order.sorted(), "\(rows.joined(separator: "\n"))")
        // Second rows: scope · period · times (UTC).
        #expect(rows[order[0] + 1].contains("Organization · Nov 2026 · fired Nov 29 08:30 UTC"))
        #expect(rows[order[2] + 1].contains("key ci-runner · Nov 29 · fired Nov 29 09:30 · snoozed until Nov 29 13:30 UTC"))
        #expect(rows[order[3] + 1].contains("fired Nov 27 08:30 · acked Nov 27 18:30 UTC"))
        #expect(rows[order[4] + 1].contains("Organization · outage after Nov 20 10:30 UTC · Nov 20 10:31–10:33 UTC"))
        #expect(rows[1].contains("Alerts · 2 firing · 1 snoozed · 1 acknowledged · 1 resolved"))
        // The first row is selected.
        #expect(rows[order[0]].hasPrefix("▶"))
    }

    @Test("the Alerts tab counts firing alerts only")
    func tabCount() {
        #expect(lines(AlertFixture.state(page: .usage))[0].contains("4 Alerts(2)"))
        let quiet = AlertFixture.state(page: .usage, alerts: [AlertFixture.acked25, AlertFixture.snoozedSpike, AlertFixture.resolvedSync])
        #expect(lines(quiet)[0].contains("4 Alerts "))
        #expect(!lines(quiet)[0].contains("Alerts("))
    }

    @Test("the banner shows on every page above the key hints while alerts fire", arguments: Page.allCases)
    func bannerEverywhere(page: Page) {
        let state = AlertFixture.state(page: page, width: 120, height: 40)
        let rows = lines(state)
        let banner = rows[rows.count - 2]
        #expect(banner.contains("▲ 2 alerts · Organization spend passed 75 % of $500.00 local budget — a: acknowledge  A: all  z: snooze"),
                "\(banner)")
        #expect(banner.contains("4: alerts") == (page != .alerts))
        #expect(rows[rows.count - 3].contains("Data as of"))  // the status line moved up, not replaced
    }

    @Test("no banner once every alert is acknowledged, snoozed or resolved")
    func noBanner() {
        let state = AlertFixture.state(page: .usage, alerts: [AlertFixture.acked25, AlertFixture.snoozedSpike, AlertFixture.resolvedSync])
        let screen = text(state)
        #expect(!screen.contains("a: acknowledge"))
        #expect(!screen.contains("▲ "))
        #expect(lines(state)[22].contains("Data as of"))
    }

    @Test("a narrow banner cuts the message, not the keys; ASCII glyphs without Unicode")
    func narrowAndASCII() {
        let state = AlertFixture.state(page: .usage, width: 80, height: 24)
        let banner = lines(state)[22]
        #expect(banner.hasPrefix(" ▲ 2 alerts · Organization spend"), "\(banner)")
        #expect(banner.contains("… — a: acknowledge  4: alerts"), "\(banner)")
        let ascii = text(state, theme: .plainASCII).split(separator: "\n", omittingEmptySubsequences: false)[22]
        #expect(ascii.hasPrefix(" ^ 2 alerts - Organization spend"), "\(ascii)")
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("no alerts: the page says so; tiny and odd sizes never crash")
    func emptyAndSmall() {
        let empty = AlertFixture.state(alerts: [])
        #expect(text(empty).contains("No alerts yet."))
        for (w, h) in [(60, 16), (61, 17), (80, 24), (200, 60), (30, 5), (0, 0)] {
            var state = AlertFixture.state(width: w, height: h)
            _ = reduce(&state, .key(.end))
            _ = reduce(&state, .key(.char("z")))
            _ = text(state)
        }
    }

    @Test("scrolling: ↓ past the visible alerts keeps the selection on screen")
    func scrolling() {
        let many = (0..<30).map { i in
            AlertFixture.threshold(10 + i, state: .resolved(at: AlertFixture.now - Int64(i) * 60), firedAt: AlertFixture.now - 3_600 - Int64(i) * 60)
        }
        var state = AlertFixture.state(alerts: many)
        for _ in 0..<15 { _ = reduce(&state, .key(.down)) }
        #expect(state.alertsPage.selected?.id == many[15].id)
        let rows = lines(state)
        #expect(rows.contains { $0.hasPrefix("▶") && $0.contains("passed 25 %") }, "\(rows.joined(separator: "\n"))")
        #expect(rows[1].contains("of 30"))
    }

    static func wide() -> AppState { AlertFixture.state(width: 120, height: 40) }
}

/// Whole Alerts screens with the banner and the snooze chooser (text snapshots in `Snapshots/`).
@Suite("Alerts page snapshots")
struct AlertsPageSnapshotTests {
    @Test("the Alerts page with the banner, then the snooze chooser, at 80×24")
    func alerts() {
        withUTF8Locale()
        var state = AlertFixture.state()
        assertSnapshot(RootView.render(state: state, theme: .plainUnicode, width: 80, height: 24).textDump, named: "alerts-firing-80x24")
        _ = reduce(&state, .key(.char("z")))
        assertSnapshot(RootView.render(state: state, theme: .plainUnicode, width: 80, height: 24).textDump, named: "alerts-snooze-80x24")
        assertSnapshot(RootView.render(state: state, theme: .plainASCII, width: 80, height: 24).textDump, named: "ascii-alerts-snooze-80x24")
    }
}
