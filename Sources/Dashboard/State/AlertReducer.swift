import UsageCore

// MARK: - Alert commands

extension Reducer {
    /// `a`, `A`, `z` and the snooze chooser's keys (issue 3 item 4).
    ///
    /// The alerts in the snapshot change at once (optimistically: acknowledged at ``AppState/now``,
    /// snoozed until the chosen time) so the banner and tab count react on the next frame; the
    /// returned effect asks the app to persist the change, and the next snapshot confirms it.
    static func applyAlert(_ command: Command, to state: inout AppState) -> [Effect] {
        switch command {
        case .acknowledgeAlert:
            return acknowledge(in: &state)
        case .acknowledgeAllAlerts:
            return acknowledgeAll(in: &state)
        case .snoozeAlert:
            return openSnoozeChooser(in: &state)
        case .snoozeMove(let delta):
            guard var chooser = state.alertsPage.snooze else { return [] }
            let all = AlertSnoozeChoice.allCases
            let index = (all.firstIndex(of: chooser.selected) ?? 0) + delta
            chooser.selected = all[min(max(0, index), all.count - 1)]
            state.alertsPage.snooze = chooser
            return []
        case .snoozePick(let choice):
            return snooze(choice, in: &state)
        case .snoozeConfirm:
            guard let chooser = state.alertsPage.snooze else { return [] }
            return snooze(chooser.selected, in: &state)
        case .snoozeCancel:
            state.alertsPage.snooze = nil
            return []
        default:
            return []
        }
    }

    /// The alert `a` and `z` act on: the selected one on the Alerts page, elsewhere the newest
    /// firing one (the banner's).
    static func alertTarget(_ state: AppState) -> AlertRecord? {
        state.page == .alerts ? state.alertsPage.selected : state.alertsPage.newestFiring
    }

    static func acknowledge(in state: inout AppState) -> [Effect] {
        guard let target = alertTarget(state) else {
            return flash(state.page == .alerts ? "no alert selected" : "no firing alert to acknowledge", in: &state)
        }
        switch target.state {
        case .acknowledged(let at):
            return flash("already acknowledged \(UTCDateFormat.dayTime(at, relativeTo: state.now))", in: &state)
        case .resolved:
            return flash("resolved alerts need no acknowledgement", in: &state)
        case .firing, .snoozed:
            let now = state.now
            updateAlerts(&state) { record in
                guard record.id == target.id else { return }
                record.state = .acknowledged(at: now)
                record.acknowledgedAt = now
            }
            return [.acknowledge(alertID: target.id)] + flash("acknowledged: \(target.message)", in: &state)
        }
    }

    static func acknowledgeAll(in state: inout AppState) -> [Effect] {
        let count = state.alertsPage.firingCount
        guard count > 0 else { return flash("no firing alerts to acknowledge", in: &state) }
        let now = state.now
        updateAlerts(&state) { record in
            guard record.state == .firing else { return }
            record.state = .acknowledged(at: now)
            record.acknowledgedAt = now
        }
        let text = count == 1 ? "acknowledged 1 alert" : "acknowledged all \(count) firing alerts"
        return [.acknowledgeAll] + flash(text, in: &state)
    }

    static func openSnoozeChooser(in state: inout AppState) -> [Effect] {
        guard let target = alertTarget(state) else {
            return flash(state.page == .alerts ? "no alert selected" : "no firing alert to snooze", in: &state)
        }
        switch target.state {
        case .firing, .snoozed:
            state.helpVisible = false
            state.alertsPage.snooze = .init(alertID: target.id, rule: target.key.rule, message: target.message)
            return []
        case .acknowledged:
            return flash("acknowledged alerts stay quiet until they resolve; nothing to snooze", in: &state)
        case .resolved:
            return flash("resolved alerts cannot be snoozed", in: &state)
        }
    }

    static func snooze(_ choice: AlertSnoozeChoice, in state: inout AppState) -> [Effect] {
        guard let chooser = state.alertsPage.snooze else { return [] }
        state.alertsPage.snooze = nil
        let until = choice.until(now: state.now, rule: chooser.rule)
        updateAlerts(&state) { record in
            if record.id == chooser.alertID, record.state.isOpen { record.state = .snoozed(until: until) }
        }
        let when = until >= AlertSnoozeChoice.untilResolved
            ? "until it resolves" : "until \(UTCDateFormat.dayTime(until, relativeTo: state.now))"
        return [.snooze(alertID: chooser.alertID, until: until)] + flash("snoozed \(when): \(chooser.message)", in: &state)
    }

    /// Applies `change` to every alert of the snapshot, then re-clamps the tables (the banner's
    /// row may have come or gone).
    static func updateAlerts(_ state: inout AppState, _ change: (inout AlertRecord) -> Void) {
        var alerts = state.snapshot.alerts
        for i in alerts.indices { change(&alerts[i]) }
        state.replaceAlerts(alerts)
        clampPositions(&state)
    }

    // MARK: - Selection

    /// ↑ ↓ PgUp PgDn Home End on the Alerts page.
    static func moveAlertSelection(_ command: Command, in state: inout AppState) {
        let view = ScreenLayout(state).alertItems
        move(&state.alertsPage.position, command, rowCount: state.alertsPage.ordered.count, viewHeight: view)
    }
}
