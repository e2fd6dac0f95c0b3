import Foundation
import Dashboard
import TermUI
import Testing
import UsageCore

/// `a`, `A`, `z` and the snooze chooser: effects, optimistic state and flashes.
@Suite("Alert keys")
struct AlertKeysTests {
    let now = AlertFixture.now

    func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { reduce(&state, .key($0)) }
    }

    func record(_ id: String, in state: AppState) -> AlertRecord? { state.snapshot.alerts.first { $0.id == id } }

    @Test("a on another page acknowledges the newest firing alert (the banner's)")
    func acknowledgeBanner() {
        var state = AlertFixture.state(page: .usage)
        let effects = press([.char("a")], &state)
        let id = AlertFixture.firing75.id
        #expect(effects.contains(.acknowledge(alertID: id)))
        #expect(record(id, in: state)?.state == .acknowledged(at: now))
        #expect(record(id, in: state)?.acknowledgedAt == now)
        #expect(state.flash?.text == "acknowledged: Organization spend passed 75 % of $500.00 local budget")
        #expect(state.alertsPage.firingCount == 1)
        #expect(state.alertsPage.newestFiring?.id == AlertFixture.firing50.id)
    }

    @Test("a on the Alerts page acknowledges the selected alert")
    func acknowledgeSelected() {
        var state = AlertFixture.state()
        let effects = press([.down, .char("a")], &state)
        #expect(effects.contains(.acknowledge(alertID: AlertFixture.firing50.id)))
        #expect(record(AlertFixture.firing75.id, in: state)?.state == .firing)
        // The selection follows the alert to its new place in the acknowledged group.
        #expect(state.alertsPage.selected?.id == AlertFixture.firing50.id)
    }

    @Test("a on a resolved or acknowledged alert changes nothing")
    func acknowledgeNothing() {
        var state = AlertFixture.state()
        let effects = press([.end, .char("a")], &state)  // the resolved one
        #expect(!effects.contains { if case .acknowledge = $0 { true } else { false } })
        #expect(state.snapshot.alerts == AlertFixture.all)
        #expect(state.flash?.text == "resolved alerts need no acknowledgement")
        var none = AlertFixture.state(page: .limits, alerts: [AlertFixture.acked25])
        #expect(press([.char("a")], &none).allSatisfy { if case .scheduleTick = $0 { true } else { false } })
        #expect(none.flash?.text == "no firing alert to acknowledge")
    }

    @Test("A acknowledges every firing alert and the banner goes")
    func acknowledgeAll() {
        var state = AlertFixture.state(page: .apiKeys)
        let effects = press([.char("A")], &state)
        #expect(effects.contains(.acknowledgeAll))
        #expect(state.snapshot.alerts.filter { $0.state == .firing }.isEmpty)
        #expect(record(AlertFixture.firing50.id, in: state)?.state == .acknowledged(at: now))
        #expect(record(AlertFixture.snoozedSpike.id, in: state)?.state == AlertFixture.snoozedSpike.state)
        #expect(state.flash?.text == "acknowledged all 2 firing alerts")
        let screen = RootView.render(state: state, theme: .plainUnicode, width: 80, height: 24).plainText
        #expect(!screen.contains("a: acknowledge"))
        #expect(screen.contains("4 Alerts "))
    }

    @Test("z opens the chooser; 2 snoozes for 4 hours")
    func snoozeByNumber() {
        var state = AlertFixture.state(page: .usage)
        #expect(press([.char("z")], &state).isEmpty)
        #expect(state.alertsPage.snooze?.alertID == AlertFixture.firing75.id)
        let screen = RootView.render(state: state, theme: .plainUnicode, width: 80, height: 24).plainText
        #expect(screen.contains("4  rest of the month   until Dec 1 00:00 UTC"))
        #expect(screen.contains("1-4 choose  Enter snooze  Esc cancel"))
        let effects = press([.char("2")], &state)
        let until = now + 4 * 3_600
        #expect(effects.contains(.snooze(alertID: AlertFixture.firing75.id, until: until)))
        #expect(record(AlertFixture.firing75.id, in: state)?.state == .snoozed(until: until))
        #expect(state.alertsPage.snooze == nil)
        #expect(state.page == .usage)  // `2` went to the chooser, not to the Limits page
        #expect(state.flash?.text.hasPrefix("snoozed until Nov 29 14:30 UTC: Organization spend passed 75 %") == true)
    }

    @Test("z, ↓↓↓, Enter snoozes for the rest of the month; Esc cancels")
    func snoozeByArrows() {
        var state = AlertFixture.state()
        _ = press([.down, .char("z"), .down, .down, .down, .down], &state)
        #expect(state.alertsPage.snooze?.selected == .restOfPeriod)
        let effects = press([.enter], &state)
        let december = UTCCalendar.timestamp(year: 2026, month: 12)
        #expect(effects.contains(.snooze(alertID: AlertFixture.firing50.id, until: december)))
        var cancelled = AlertFixture.state()
        let none = press([.char("z"), .down, .escape], &cancelled)
        #expect(none.isEmpty)
        #expect(cancelled.alertsPage.snooze == nil)
        #expect(cancelled.snapshot.alerts == AlertFixture.all)
    }

    @Test("while the chooser is open other keys do nothing; ^C still quits")
    func chooserModal() {
        var state = AlertFixture.state(page: .usage)
        _ = press([.char("z")], &state)
        #expect(press([.char("q"), .tab, .char("?")], &state).isEmpty)
        #expect(state.page == .usage && !state.helpVisible && state.alertsPage.snooze != nil)
        #expect(press([.ctrl("c")], &state) == [.quit])
    }

    @Test("z on an acknowledged alert explains instead of snoozing")
    func snoozeAcknowledged() {
        var state = AlertFixture.state()
        _ = press([.down, .down, .down, .char("z")], &state)
        #expect(state.alertsPage.selected?.id == AlertFixture.acked25.id)
        #expect(state.alertsPage.snooze == nil)
        #expect(state.flash != nil)
    }

    @Test("snooze choices: 1 h, 4 h, 1 day, and the rest of each rule's period",
          arguments: [
              (AlertSnoozeChoice.oneHour, AlertRule.threshold, AlertFixture.now + 3_600),
              (.fourHours, .spike, AlertFixture.now + 14_400),
              (.oneDay, .stale, AlertFixture.now + 86_400),
              (.restOfPeriod, .threshold, UTCCalendar.timestamp(year: 2026, month: 12)),
              (.restOfPeriod, .forecast, UTCCalendar.timestamp(year: 2026, month: 12)),
              (.restOfPeriod, .spike, UTCCalendar.timestamp(year: 2026, month: 11, day: 30)),
              (.restOfPeriod, .stale, AlertSnoozeChoice.untilResolved),
              (.restOfPeriod, .syncFailing, AlertSnoozeChoice.untilResolved),
          ])
    func snoozeUntil(choice: AlertSnoozeChoice, rule: AlertRule, expected: UnixSeconds) {
        #expect(choice.until(now: AlertFixture.now, rule: rule) == expected)
    }

    @Test("rest of the month at the end of December ends on Jan 1 of the next year")
    func yearEnd() {
        let lateDecember = UTCCalendar.timestamp(year: 2026, month: 12, day: 31) + 23 * 3_600
        #expect(AlertSnoozeChoice.restOfPeriod.until(now: lateDecember, rule: .threshold) == UTCCalendar.timestamp(year: 2027, month: 1))
        #expect(AlertSnoozeChoice.restOfPeriod.label(rule: .syncFailing) == "until it resolves")
    }

    @Test("help and footer hints come from the key table")
    func helpAndHints() {
        let sections = KeyMap.standard.helpSections(for: .alerts)
        let alertRows = sections.first { $0.title == "Alerts" }?.rows ?? []
        #expect(alertRows.map(\.keys) == ["a", "A", "z"])
        #expect(sections.contains { $0.title.hasPrefix("Snooze chooser") })
        let everywhere = sections.first { $0.title == "Everywhere" }?.rows ?? []
        #expect(everywhere.contains { $0.keys == "a  A" })
        let hints = KeyMap.standard.hints(for: AlertFixture.state()).map(\.key)
        #expect(Array(hints.prefix(3)) == ["a", "A", "z"])
    }
}
