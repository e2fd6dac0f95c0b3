import Foundation
import UsageCore

/// The Alerts page's state: the alerts in display order (cached when the snapshot's alerts
/// change, never sorted per frame), the selection, and the open snooze chooser.
public struct AlertsPageState: Sendable, Hashable {
    /// The `z` chooser: which alert it snoozes and which choice is highlighted.
    public struct SnoozeChooser: Sendable, Hashable {
        /// ``AlertRecord/id`` of the alert to snooze.
        public var alertID: String
        /// The rule of that alert (decides what "rest of the period" means).
        public var rule: AlertRule
        /// The one-line message of the alert (the chooser's title).
        public var message: String
        /// The highlighted choice.
        public var selected: AlertSnoozeChoice = .oneHour

        /// Creates a chooser for one alert.
        public init(alertID: String, rule: AlertRule, message: String, selected: AlertSnoozeChoice = .oneHour) {
            self.alertID = alertID
            self.rule = rule
            self.message = message
            self.selected = selected
        }
    }

    /// Every alert, firing first, then snoozed, acknowledged and resolved; newest first within
    /// each group (see ``AlertOrder``).
    public private(set) var ordered: [AlertRecord] = []
    /// How many alerts are firing (open, not acknowledged, not snoozed): the tab count and banner.
    public private(set) var firingCount = 0
    /// Selection and scroll position in ``ordered``.
    public var position = ListPosition()
    /// The open snooze chooser, if any (keys go to it while it is open).
    public var snooze: SnoozeChooser?

    /// No alerts.
    public init() {}

    /// The selected alert on the Alerts page.
    public var selected: AlertRecord? {
        ordered.indices.contains(position.selected) ? ordered[position.selected] : nil
    }

    /// The newest firing alert: the banner's, and the one `a` and `z` act on outside the Alerts page.
    public var newestFiring: AlertRecord? {
        ordered.first { $0.state == .firing }
    }

    /// Re-sorts for a new list of alerts, keeping the selection on the same alert when it is
    /// still there.
    public mutating func refresh(_ alerts: [AlertRecord]) {
        let selectedID = selected?.id
        ordered = AlertOrder.sorted(alerts)
        firingCount = alerts.reduce(0) { $0 + ($1.state == .firing ? 1 : 0) }
        if let selectedID, let index = ordered.firstIndex(where: { $0.id == selectedID }) {
            position.selected = index
        }
        if let id = snooze?.alertID, !ordered.contains(where: { $0.id == id && $0.state.isOpen }) {
            snooze = nil
        }
    }
}

/// The Alerts page's order: firing, snoozed, acknowledged, resolved; within each group newest
/// first by the time that defines the group (fired, fired, acknowledged, resolved), then by key.
public enum AlertOrder {
    /// `alerts` in display order.
    public static func sorted(_ alerts: [AlertRecord]) -> [AlertRecord] {
        alerts.sorted { a, b in
            let ga = group(a.state), gb = group(b.state)
            if ga != gb { return ga < gb }
            let ta = time(a), tb = time(b)
            if ta != tb { return ta > tb }
            // Fired together (e.g. the first sync of a month already past several thresholds):
            // the organization before projects and keys, and the highest threshold first, so the
            // banner names the most serious one.
            if a.key.scope != b.key.scope { return a.key.scope < b.key.scope }
            let ua = a.key.thresholdUSD, ub = b.key.thresholdUSD
            if ua != ub { return (ua ?? 0) > (ub ?? 0) }
            return a.key < b.key
        }
    }

    /// 0 firing, 1 snoozed, 2 acknowledged, 3 resolved.
    static func group(_ state: AlertState) -> Int {
        switch state {
        case .firing: 0
        case .snoozed: 1
        case .acknowledged: 2
        case .resolved: 3
        }
    }

    /// The time an alert is ordered by within its group (Unix seconds UTC).
    static func time(_ record: AlertRecord) -> UnixSeconds {
        switch record.state {
        case .firing, .snoozed: record.firedAt
        case .acknowledged(let at): at
        case .resolved(let at): at
        }
    }
}
