import TermUI

/// Where a key binding applies.
public enum KeyScope: Sendable, Hashable {
    /// On every page (when no overlay or text entry takes the key).
    case global
    /// Only on these pages.
    case pages([Page])
    /// While typing a filter after `/`.
    case filterInput
    /// While the `z` snooze chooser is open.
    case snoozeChooser

    /// Whether the scope covers `page` in normal (non-text-entry) mode.
    func covers(_ page: Page) -> Bool {
        switch self {
        case .global: true
        case .pages(let pages): pages.contains(page)
        case .filterInput, .snoozeChooser: false
        }
    }
}

/// One row of the key table: the keys, what they do, the help text, and the footer hint.
public struct KeyBinding: Sendable {
    /// The keys that trigger the command (the first is the one shown in help).
    public var keys: [Key]
    /// The command.
    public var command: Command
    /// Where it applies.
    public var scope: KeyScope
    /// The help overlay's description (`Next sort column`).
    public var help: String
    /// The footer hint (`key`, `label`), or `nil` for bindings only listed in help.
    public var hint: (key: String, label: String)?
    /// A shared help line for neighbouring bindings (`Move up / down`): consecutive bindings
    /// with the same group are listed as one help row, keys side by side.
    public var group: String?

    /// Creates a binding.
    public init(_ keys: [Key], _ command: Command, scope: KeyScope = .global, help: String,
                hint: (key: String, label: String)? = nil, group: String? = nil) {
        self.keys = keys
        self.command = command
        self.scope = scope
        self.help = help
        self.hint = hint
        self.group = group
    }

    /// The keys as help shows them: `↑ k`, `Tab`, `q ^C`.
    public var keysText: String { keys.map(\.description).joined(separator: " ") }
}

/// The ONE table from keys to commands (DESIGN.md §3 keys; `notes/tui-architecture.md` §2.7):
/// the reducer looks keys up in it, and both the footer hints and the `?` help overlay are
/// generated from it, so every binding is documented where it is used.
public struct KeyMap: Sendable {
    /// The bindings, in the order help lists them.
    public var bindings: [KeyBinding]

    /// Creates a key map from bindings.
    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The command for `key` in `state`, or `nil` when the key does nothing there.
    ///
    /// While a filter is being typed, printable characters become ``Command/filterInput(_:)``
    /// and only the `filterInput` bindings (Enter, Esc, Backspace, ^C) apply; while help is open,
    /// only global bindings do.
    public func command(for key: Key, in state: AppState) -> Command? {
        if state.alertsPage.snooze != nil { return snoozeChooserCommand(for: key) }
        if state.keys.isEditingFilter && state.page == .apiKeys && !state.helpVisible {
            if let binding = bindings.first(where: { $0.scope == .filterInput && $0.keys.contains(key) }) {
                return binding.command
            }
            if case .char(let c) = key { return .filterInput(c) }
            return nil
        }
        if state.helpVisible {
            // Help hides the page: only closing it, switching pages and quitting act.
            guard let command = bindings.first(where: { $0.scope == .global && $0.keys.contains(key) })?.command,
                  KeyMap.actsOverHelp(command) else { return nil }
            return command
        }
        guard let command = bindings.first(where: { $0.scope.covers(state.page) && $0.keys.contains(key) })?.command
            ?? elsewhere(key, in: state) else { return nil }
        if KeyMap.isDetailOpen(state) && !KeyMap.actsInDetail(command) { return nil }
        return command
    }

    // MARK: - Modes

    /// An API keys page command (Enter, `/`, `s`, `S`) pressed on another page: returned so the
    /// reducer can act where it makes sense (Enter on a Usage row grouped by API key) or say
    /// where the key works, instead of silently doing nothing.
    func elsewhere(_ key: Key, in state: AppState) -> Command? {
        guard state.page != .apiKeys,
              let binding = bindings.first(where: { $0.scope == .pages([.apiKeys]) && $0.keys.contains(key) }),
              [.openDetail, .startFilter, .nextSortColumn, .reverseSort].contains(binding.command) else { return nil }
        return binding.command
    }

    /// Whether a key's detail covers the API keys page (its list, sort and filter are hidden).
    static func isDetailOpen(_ state: AppState) -> Bool {
        state.page == .apiKeys && state.keys.detailKeyID != nil
    }

    /// Whether `command` may act while the help overlay hides the page: closing help, changing
    /// page and quitting — never moving, sorting or filtering what is hidden behind it.
    static func actsOverHelp(_ command: Command) -> Bool {
        switch command {
        case .toggleHelp, .back, .quit, .showPage, .nextPage, .previousPage: true
        default: false
        }
    }

    /// Whether `command` may act while a key's detail is open: the list's own keys (move, open,
    /// sort, filter) would change a list the person cannot see, so they do nothing.
    static func actsInDetail(_ command: Command) -> Bool {
        switch command {
        case .moveSelection, .pageUp, .pageDown, .first, .last, .openDetail, .startFilter,
             .nextSortColumn, .reverseSort: false
        default: true
        }
    }

    /// The footer hints for `state`: page bindings first, then global ones, in table order
    /// (the footer drops hints from the end when the row is too narrow).
    public func hints(for state: AppState) -> [(key: String, label: String)] {
        if state.alertsPage.snooze != nil { return bindings.filter { $0.scope == .snoozeChooser }.compactMap(\.hint) }
        if state.helpVisible {
            // Only the keys that close help work while it is open.
            return bindings.filter { $0.scope == .global && ($0.command == .toggleHelp || $0.command == .back) }
                .map { ($0.keysText, $0.command == .toggleHelp ? "close help" : "close") }
        }
        if state.keys.isEditingFilter && state.page == .apiKeys {
            return bindings.filter { $0.scope == .filterInput }.compactMap(\.hint)
        }
        let globalHints = bindings.filter { $0.scope == .global }.compactMap(\.hint)
        if KeyMap.isDetailOpen(state) {
            // The detail's own keys: Esc goes back to the list; the list's keys do not act here.
            let back = bindings.first { $0.scope == .global && $0.command == .back }
            return (back.map { [($0.keysText, "back")] } ?? []) + globalHints
        }
        let pageHints = bindings.filter {
            if case .pages = $0.scope { return $0.scope.covers(state.page) }
            return false
        }.compactMap(\.hint)
        return pageHints + globalHints
    }

    /// The help overlay's sections: everywhere, then one per page with its own keys, then filter
    /// input. With `page`, only the sections that apply there (so help fits on 80 × 24).
    public func helpSections(for page: Page? = nil) -> [(title: String, rows: [(keys: String, text: String)])] {
        var sections: [(title: String, rows: [(keys: String, text: String)])] = []
        sections.append(("Everywhere", KeyMap.helpRows(bindings.filter { $0.scope == .global })))
        for p in Page.allCases where page == nil || page == p {
            let own = bindings.filter {
                if case .pages(let pages) = $0.scope { return pages.contains(p) }
                return false
            }
            if !own.isEmpty { sections.append((p.title, KeyMap.helpRows(own))) }
        }
        if page == nil || page == .apiKeys {
            let typing = bindings.filter { $0.scope == .filterInput && $0.command != .quit }
            sections.append(("While typing a filter (letters edit it)", KeyMap.helpRows(typing)))
        }
        if page == nil || page == .alerts { sections.append(snoozeChooserHelpSection) }
        return sections
    }

    /// Help rows for `list`, merging consecutive bindings of the same ``KeyBinding/group``.
    static func helpRows(_ list: [KeyBinding]) -> [(keys: String, text: String)] {
        var rows: [(keys: String, text: String)] = []
        var lastGroup: String?
        for binding in list {
            if let group = binding.group, group == lastGroup, !rows.isEmpty {
                rows[rows.count - 1].keys += "  " + binding.keysText
            } else {
                rows.append((binding.keysText, binding.group ?? binding.help))
            }
            lastGroup = binding.group
        }
        return rows
    }

    /// The dashboard's key table.
    public static let standard: KeyMap = {
        var list: [KeyBinding] = []
        // MARK: - Pages and app
        for page in Page.allCases {
            list.append(KeyBinding([.char(Character(String(page.number)))], .showPage(page),
                                   help: "Show the \(page.title) page",
                                   hint: page == Page.allCases.first ? ("1-\(Page.allCases.count)", "pages") : nil,
                                   group: "Show a page: " + Page.allCases.map { "\($0.number) \($0.title)" }.joined(separator: ", ")))
        }
        list += [
            KeyBinding([.tab], .nextPage, help: "Next page", group: "Next / previous page"),
            KeyBinding([.backTab], .previousPage, help: "Previous page", group: "Next / previous page"),
            KeyBinding([.up, .char("k")], .moveSelection(-1), help: "Move up", group: "Move up / down"),
            KeyBinding([.down, .char("j")], .moveSelection(1), help: "Move down", group: "Move up / down"),
            KeyBinding([.pageUp], .pageUp, help: "One screen up", group: "One screen up / down"),
            KeyBinding([.pageDown], .pageDown, help: "One screen down", group: "One screen up / down"),
            KeyBinding([.home], .first, help: "First row", group: "First / last row"),
            KeyBinding([.end], .last, help: "Last row", group: "First / last row"),
            KeyBinding([.escape], .back, help: "Back: close help or detail, clear the filter"),
            KeyBinding([.char("r")], .refresh, help: "Refresh now (poll the API)", hint: ("r", "refresh")),
            KeyBinding([.char("?")], .toggleHelp, help: "Show or hide this help", hint: ("?", "help")),
            KeyBinding([.char("q"), .ctrl("c")], .quit, help: "Quit", hint: ("q", "quit")),
        ]
        // MARK: - Usage
        list += [
            KeyBinding([.char("[")], .olderRange, scope: .pages([.usage]), help: "Older range (… 30 d, month to date, previous months)", hint: ("[ ]", "range"), group: "Older / newer range"),
            KeyBinding([.char("]")], .newerRange, scope: .pages([.usage]), help: "Newer range (… 7 d, today by hour)", group: "Older / newer range"),
            KeyBinding([.char("v")], .toggleView, scope: .pages([.usage]), help: "Cost or Activity view", hint: ("v", "view")),
            KeyBinding([.char("g")], .cycleGroup, scope: .pages([.usage]), help: "Group by model, project, API key, line item, user", hint: ("g", "group")),
            KeyBinding([.char("p")], .cycleProjectFilter, scope: .pages([.usage]), help: "Filter by project: all, then each project in turn", hint: ("p", "project")),
        ]
        // MARK: - API keys
        list += [
            KeyBinding([.enter], .openDetail, scope: .pages([.apiKeys]), help: "Open the selected key's detail", hint: ("Enter", "detail")),
            KeyBinding([.char("/")], .startFilter, scope: .pages([.apiKeys]), help: "Filter by name, project, owner or key (text, or ^regex$)", hint: ("/", "filter")),
            KeyBinding([.char("s")], .nextSortColumn, scope: .pages([.apiKeys]), help: "Sort by the next column", hint: ("s", "sort")),
            KeyBinding([.char("S")], .reverseSort, scope: .pages([.apiKeys]), help: "Reverse the sort", hint: ("S", "reverse")),
        ]
        list += KeyMap.alertBindings
        // MARK: - Filter input
        list += [
            KeyBinding([.enter], .applyFilter, scope: .filterInput, help: "Apply the filter", hint: ("Enter", "apply")),
            KeyBinding([.escape], .cancelFilter, scope: .filterInput, help: "Clear the filter and stop typing", hint: ("Esc", "clear")),
            KeyBinding([.backspace, .delete], .filterBackspace, scope: .filterInput, help: "Delete the last character", hint: ("Bksp", "delete")),
            KeyBinding([.ctrl("u")], .filterErase, scope: .filterInput, help: "Erase the whole filter text", hint: ("^U", "erase")),
            KeyBinding([.ctrl("c")], .quit, scope: .filterInput, help: "Quit", hint: ("^C", "quit")),
        ]
        return KeyMap(bindings: list)
    }()
}
