import TermUI

// MARK: - Alert keys in the key table

extension KeyMap {
    /// The alert bindings of ``standard`` (issue 3 item 4): on the Alerts page `a`/`z` act on the
    /// selected alert; everywhere else on the newest firing one (the banner's); `A` acknowledges
    /// all; and the snooze chooser's own keys. Alerts-page bindings come first so they win there.
    static let alertBindings: [KeyBinding] = [
        KeyBinding([.char("a")], .acknowledgeAlert, scope: .pages([.alerts]), help: "Acknowledge the selected alert", hint: ("a", "ack")),
        KeyBinding([.char("A")], .acknowledgeAllAlerts, scope: .pages([.alerts]), help: "Acknowledge every firing alert", hint: ("A", "ack all")),
        KeyBinding([.char("z")], .snoozeAlert, scope: .pages([.alerts]), help: "Snooze the selected alert (1 h, 4 h, 1 day, rest of the period)", hint: ("z", "snooze")),
        KeyBinding([.char("a")], .acknowledgeAlert, help: "Acknowledge the newest firing alert (the banner's)", group: "Acknowledge the banner's alert / every firing alert"),
        KeyBinding([.char("A")], .acknowledgeAllAlerts, help: "Acknowledge every firing alert", group: "Acknowledge the banner's alert / every firing alert"),
        KeyBinding([.char("z")], .snoozeAlert, help: "Snooze the newest firing alert (the banner's)"),
        KeyBinding([.char("1")], .snoozePick(.oneHour), scope: .snoozeChooser, help: "Snooze for 1 hour", hint: ("1-4", "choose"), group: "Snooze for 1 h / 4 h / 1 day / the rest of the period"),
        KeyBinding([.char("2")], .snoozePick(.fourHours), scope: .snoozeChooser, help: "Snooze for 4 hours", group: "Snooze for 1 h / 4 h / 1 day / the rest of the period"),
        KeyBinding([.char("3")], .snoozePick(.oneDay), scope: .snoozeChooser, help: "Snooze for 1 day", group: "Snooze for 1 h / 4 h / 1 day / the rest of the period"),
        KeyBinding([.char("4")], .snoozePick(.restOfPeriod), scope: .snoozeChooser, help: "Snooze for the rest of the period", group: "Snooze for 1 h / 4 h / 1 day / the rest of the period"),
        KeyBinding([.up, .char("k")], .snoozeMove(-1), scope: .snoozeChooser, help: "Previous choice", group: "Previous / next choice"),
        KeyBinding([.down, .char("j")], .snoozeMove(1), scope: .snoozeChooser, help: "Next choice", group: "Previous / next choice"),
        KeyBinding([.enter], .snoozeConfirm, scope: .snoozeChooser, help: "Snooze for the highlighted choice", hint: ("Enter", "snooze")),
        KeyBinding([.escape], .snoozeCancel, scope: .snoozeChooser, help: "Close without snoozing", hint: ("Esc", "cancel")),
        KeyBinding([.ctrl("c")], .quit, scope: .snoozeChooser, help: "Quit", hint: ("^C", "quit")),
    ]

    /// The command for `key` while the snooze chooser is open (other keys do nothing).
    func snoozeChooserCommand(for key: Key) -> Command? {
        bindings.first { $0.scope == .snoozeChooser && $0.keys.contains(key) }?.command
    }

    /// The help section listing the snooze chooser's keys.
    var snoozeChooserHelpSection: (title: String, rows: [(keys: String, text: String)]) {
        ("Snooze chooser (z)", KeyMap.helpRows(bindings.filter { $0.scope == .snoozeChooser && $0.command != .quit }))
    }
}
