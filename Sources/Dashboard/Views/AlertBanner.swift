import TermUI
import UsageCore

/// The row above the key hints on every page while any alert is firing (issue 3 item 4):
/// `▲ 2 alerts · Organization spend $421.03 passed 75 % of $500.00 API limit — a: acknowledge  4: alerts`.
/// It names the newest firing alert (the one `a` acknowledges outside the Alerts page) and goes
/// away once every alert is acknowledged, snoozed or resolved.
struct AlertBanner {
    let state: AppState
    let theme: Theme

    /// Whether `state` shows the banner: an alert is firing.
    static func isShown(_ state: AppState) -> Bool { state.alertsPage.firingCount > 0 }

    /// The banner's text for a row `width` cells wide, or `nil` when nothing is firing. The
    /// message is cut (with the ellipsis) before the key hints are: `a: acknowledge` always shows.
    func text(width: Int = .max) -> String? {
        guard let newest = state.alertsPage.newestFiring else { return nil }
        let g = DashboardGlyphs(theme)
        let count = state.alertsPage.firingCount
        let pageKey = state.page == .alerts ? "" : "  \(Page.alerts.number): alerts"
        // Every key hint when the message still fits in 40 cells beside them, else the essential ones.
        let full = "a: acknowledge" + (count > 1 ? "  A: all" : "") + "  z: snooze" + pageKey
        let short = "a: acknowledge" + (pageKey.isEmpty ? "  z: snooze" : pageKey)
        let head = "\(g.warn) \(count) alert\(count == 1 ? "" : "s") \(g.dot) "
        let messageWidth = DisplayWidth.of(newest.message)
        // The banner draws one leading space.
        func room(_ keys: String) -> Int {
            width == .max ? Int.max : width - 1 - DisplayWidth.of(head) - DisplayWidth.of(" \(g.none) " + keys)
        }
        let keys = room(full) >= min(messageWidth, 40) ? full : short
        var message = newest.message
        if room(keys) < messageWidth {
            message = room(keys) >= 12 ? DisplayWidth.truncate(message, to: room(keys), ellipsis: theme.glyphs.ellipsis) : ""
        }
        return message.isEmpty ? head + short : head + message + " \(g.none) " + keys
    }

    /// Critical when a firing alert is about a budget reached (100 % or more) or failing syncs;
    /// a warning otherwise.
    var level: Banner.Level {
        let firing = state.alertsPage.ordered.prefix { $0.state == .firing }
        return firing.contains { AlertBanner.isCritical($0.key) } ? .critical : .warn
    }

    /// Whether an alert key means a budget is used up (a percent threshold of 100 % or more) or
    /// polls are failing.
    static func isCritical(_ key: AlertKey) -> Bool {
        if key.rule == .syncFailing { return true }
        return key.rule == .threshold && (key.thresholdPercent ?? 0) >= 100
    }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty, let text = text(width: area.width) else { return }
        Banner(text: text, level: level, theme: theme).render(in: area, into: &buffer)
    }
}

extension ScreenLayout {
    /// The layout for `state`'s size, with the alert banner row when an alert is firing.
    init(_ state: AppState) {
        self.init(width: state.width, height: state.height, banner: AlertBanner.isShown(state))
    }

    /// How many alerts the Alerts page shows at once (two rows each, below its title row).
    var alertItems: Int { max(1, (body.height - 1) / AlertsPage.rowsPerAlert) }
}
