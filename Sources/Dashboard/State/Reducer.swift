import TermUI
import UsageCore

/// Applies `action` to `state` and returns what the outside world must do (quit, poll now,
/// send a tick later). Pure: no I/O, no clock, no terminal — the same inputs always give the
/// same state and effects.
///
/// Afterwards the Usage page's cached breakdown is brought up to date with the (possibly new)
/// snapshot, range, view and grouping, so drawing a frame never recomputes it.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = Reducer.dispatch(&state, action) + Reducer.keyDetailEffects(&state)
    state.refreshUsageData()
    return effects
}

extension Reducer {
    /// Applies `action` to `state` (everything but the Usage breakdown cache).
    static func dispatch(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            guard let command = KeyMap.standard.command(for: key, in: state) else { return [] }
            return Reducer.apply(command, to: &state)
        case .command(let command):
            return Reducer.apply(command, to: &state)
        case .snapshot(let snapshot):
            state.replaceSnapshot(snapshot)
            Reducer.clampRange(&state)
            Reducer.clampPositions(&state)
            return []
        case .syncState(let sync):
            state.replaceSyncState(sync)
            return []
        case .alerts(let alerts):
            state.replaceAlerts(alerts)
            Reducer.clampPositions(&state)
            return []
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
            Reducer.clampPositions(&state)
            return []
        case .tick(let now):
            state.now = max(state.now, now)
            if let flash = state.flash, flash.expiresAt <= state.now { state.flash = nil }
            return []
        case .keyDetail(let detail):
            return Reducer.receiveKeyDetail(detail, in: &state)
        }
    }
}

/// The reducer's command handling, split by page.
enum Reducer {
    // MARK: - Commands

    static func apply(_ command: Command, to state: inout AppState) -> [Effect] {
        if state.page != .apiKeys, [.nextSortColumn, .reverseSort, .startFilter, .openDetail].contains(command) {
            return elsewhere(command, in: &state)
        }
        switch command {
        case .acknowledgeAlert, .acknowledgeAllAlerts, .snoozeAlert, .snoozeMove, .snoozePick, .snoozeConfirm, .snoozeCancel:
            return applyAlert(command, to: &state)
        case .quit:
            return [.quit]
        case .refresh:
            return flash("refresh requested", in: &state) + [.refreshNow]
        case .toggleHelp:
            state.helpVisible.toggle()
            return []
        case .back:
            back(&state)
            return []
        case .showPage(let page):
            state.helpVisible = false
            state.page = page
            return []
        case .nextPage, .previousPage:
            state.helpVisible = false
            state.page = state.page.cycled(by: command == .nextPage ? 1 : -1)
            return []
        case .moveSelection, .pageUp, .pageDown, .first, .last:
            moveSelection(command, in: &state)
            return []
        case .olderRange, .newerRange:
            stepRange(older: command == .olderRange, in: &state)
            return []
        case .toggleView:
            state.usage.view = state.usage.view == .cost ? .activity : .cost
            // Costs come in days only: today-by-hour has no Cost view.
            if state.usage.view == .cost && state.usage.range == .todayByHour { state.usage.range = .last7Days }
            return []
        case .cycleGroup:
            let all = GroupKind.allCases
            let index = all.firstIndex(of: state.usage.group) ?? 0
            state.usage.group = all[(index + 1) % all.count]
            state.usage.table = ListPosition()
            return []
        case .cycleProjectFilter:
            return cycleProjectFilter(&state)
        case .nextSortColumn:
            var next = state.keys.sortColumn.next
            // Budget use is a column only when some key has a local budget; skip it otherwise.
            if next == .budget, state.snapshot.budgetSettings.keys.isEmpty { next = next.next }
            state.keys.sortColumn = next
            state.keys.sortDescending = next.defaultDescending
            resort(&state)
            return []
        case .reverseSort:
            state.keys.sortDescending.toggle()
            resort(&state)
            return []
        case .openDetail:
            if state.page == .apiKeys, state.keys.detailKeyID == nil, let key = state.selectedKey {
                state.keys.detailKeyID = key.id
            }
            return []
        case .startFilter:
            guard state.page == .apiKeys else { return [] }
            state.keys.detailKeyID = nil
            state.keys.filterDraft = state.keys.filter
            return []
        case .filterInput(let c):
            guard state.keys.isEditingFilter else { return [] }
            if !c.isNewline && c != "\t" { state.keys.filterDraft?.append(c) }
            return []
        case .filterBackspace:
            if state.keys.filterDraft?.isEmpty == false { state.keys.filterDraft?.removeLast() }
            return []
        case .filterErase:
            if state.keys.filterDraft != nil { state.keys.filterDraft = "" }
            return []
        case .applyFilter:
            guard let draft = state.keys.filterDraft else { return [] }
            state.keys.filterDraft = nil
            setFilter(draft, in: &state)
            return []
        case .cancelFilter:
            state.keys.filterDraft = nil
            setFilter("", in: &state)
            return []
        }
    }

    // MARK: - API keys commands on other pages

    /// Enter on a Usage row grouped by API key opens that key's detail; otherwise an API keys
    /// command pressed elsewhere flashes where it works (`s: sort — on the API keys page`).
    static func elsewhere(_ command: Command, in state: inout AppState) -> [Effect] {
        if command == .openDetail, state.page == .usage, state.usage.group == .apiKey {
            let rows = state.usageData.rows
            let selected = state.usage.table.selected
            if rows.indices.contains(selected), state.snapshot.keys.contains(where: { $0.id == rows[selected].id }) {
                state.page = .apiKeys
                state.keys.detailKeyID = rows[selected].id
                return []
            }
        }
        let text: String
        switch command {
        case .nextSortColumn: text = "s sorts the API keys page (3); here g groups"
        case .reverseSort: text = "S reverses the sort on the API keys page (3)"
        case .startFilter: text = "/ filters the API keys page (3)"
        default:
            text = state.page == .usage
                ? "Enter opens a key: group by API key (g) or use the API keys page (3)"
                : "Enter opens a key on the API keys page (3)"
        }
        return flash(text, in: &state)
    }

    // MARK: - Helpers

    /// Shows `text` in the status line for ``Flash/lifetime`` seconds.
    static func flash(_ text: String, level: Flash.Level = .info, in state: inout AppState) -> [Effect] {
        let expiry = state.now + Flash.lifetime
        state.flash = Flash(text: text, level: level, expiresAt: expiry)
        return [.scheduleTick(at: expiry)]
    }

    /// Esc: close the topmost thing — help, then key detail, then the filter. Never quits.
    static func back(_ state: inout AppState) {
        if state.helpVisible {
            state.helpVisible = false
        } else if state.page == .apiKeys && state.keys.detailKeyID != nil {
            state.keys.detailKeyID = nil
        } else if state.page == .apiKeys && !state.keys.filter.isEmpty {
            setFilter("", in: &state)
        }
    }

    static func setFilter(_ text: String, in state: inout AppState) {
        state.keys.filter = text
        state.keys.recompute(state.snapshot.keys)
        state.keys.position = ListPosition()
        clampPositions(&state)
    }

    static func resort(_ state: inout AppState) {
        state.keys.recompute(state.snapshot.keys)
        clampPositions(&state)
    }

    static func moveSelection(_ command: Command, in state: inout AppState) {
        switch state.page {
        case .apiKeys:
            guard state.keys.detailKeyID == nil else { return }
            let view = ScreenLayout(state).keysTableRows
            move(&state.keys.position, command, rowCount: state.keys.rows.count, viewHeight: view)
        case .usage:
            let view = ScreenLayout(state).usageTableRows
            let count = UsageData.rowCount(state)
            move(&state.usage.table, command, rowCount: count, viewHeight: view)
        case .limits:
            break
        case .alerts:
            moveAlertSelection(command, in: &state)
        }
    }

    static func move(_ position: inout ListPosition, _ command: Command, rowCount: Int, viewHeight: Int) {
        let page = max(1, viewHeight - 1)
        switch command {
        case .moveSelection(let delta): position.select(position.selected + delta, rowCount: rowCount, viewHeight: viewHeight)
        case .pageUp: position.select(position.selected - page, rowCount: rowCount, viewHeight: viewHeight)
        case .pageDown: position.select(position.selected + page, rowCount: rowCount, viewHeight: viewHeight)
        case .first: position.select(0, rowCount: rowCount, viewHeight: viewHeight)
        case .last: position.select(rowCount - 1, rowCount: rowCount, viewHeight: viewHeight)
        default: break
        }
    }

    static func stepRange(older: Bool, in state: inout AppState) {
        guard state.page == .usage else { return }
        let list = UsageRange.sequence(oldestMonthOffset: state.oldestMonthOffset, includeToday: state.usage.view == .activity)
        let index = list.firstIndex(of: state.usage.range) ?? list.firstIndex(of: .monthToDate) ?? 0
        let next = min(max(0, index + (older ? 1 : -1)), list.count - 1)
        state.usage.range = list[next]
        state.usage.table = ListPosition()
    }

    /// Keeps a previous-month range inside the months the snapshot holds.
    static func clampRange(_ state: inout AppState) {
        if case .previousMonth(let back) = state.usage.range, back > state.oldestMonthOffset {
            state.usage.range = state.oldestMonthOffset >= 1 ? .previousMonth(monthsBack: state.oldestMonthOffset) : .monthToDate
        }
    }

    /// Re-clamps both tables' selection and scroll to their row counts and the current size.
    static func clampPositions(_ state: inout AppState) {
        let layout = ScreenLayout(state)
        state.keys.position.clamp(rowCount: state.keys.rows.count, viewHeight: layout.keysTableRows)
        state.usage.table.clamp(rowCount: UsageData.rowCount(state), viewHeight: layout.usageTableRows)
    }
}
