import Foundation
@testable import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// Sorting (`s`, `S`) and filtering (`/`, substring or regex) of the API keys page, driven by
/// key sequences and checked against text snapshots and the row order.
@Suite("Keys sort and filter")
struct KeySortFilterTests {
    func screen(_ state: AppState) -> ScreenBuffer {
        withUTF8Locale()
        return RootView.render(state: state, theme: .plainUnicode, width: state.width, height: state.height)
    }

    func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys { _ = reduce(&state, .key(key)) }
    }

    /// Esc (clears the applied filter), then `/`, the text and Enter.
    func typed(_ text: String) -> [Key] { [.escape, .char("/")] + text.map { Key.char($0) } + [.enter] }

    /// The names of the listed keys, in order.
    func names(_ state: AppState) -> [String] { state.keys.rows.map { state.snapshot.keys[$0].key.name } }

    @Test("s walks every column in display order from spend, wrapping; each becomes the sorted header")
    func everyColumn() {
        var state = Fixture.state(page: .apiKeys, width: 200, height: 30)
        var seen: [KeySortColumn] = []
        for _ in KeySortColumn.allCases {
            press([.char("s")], &state)
            seen.append(state.keys.sortColumn)
            let lines = screen(state).plainText.split(separator: "\n").map(String.init)
            #expect(lines[1].contains("sort: \(state.keys.sortColumn.title) "), "\(lines[1])")
            // At 200 columns every column is shown, so the sorted one carries the arrow.
            let arrow = state.keys.sortDescending ? "▼" : "▲"
            #expect(lines[2].contains(arrow), "no arrow for \(state.keys.sortColumn) in \(lines[2])")
            #expect(state.keys.rows.count == Fixture.keySpecs.count)
        }
        // No key has a local budget here, so `s` skips the budget column.
        let order = KeySortColumn.allCases.filter { $0 != .budget }
        let start = order.firstIndex(of: .spend)!
        #expect(Array(seen.prefix(order.count)) == (1...order.count).map { order[(start + $0) % order.count] })
    }

    @Test("s then S: tokens biggest first, then smallest first (snapshots)")
    func tokensBothWays() {
        var state = Fixture.state(page: .apiKeys)
        press([.char("s")], &state)
        #expect(state.keys.sortColumn == .tokens && state.keys.sortDescending)
        assertSnapshot(screen(state).textDump, named: "keys-sort-tokens-80x24")
        let tokens = state.keys.rows.map { state.snapshot.keys[$0].monthActivity.totalTokens }
        #expect(tokens == tokens.sorted(by: >))
        press([.char("S")], &state)
        #expect(!state.keys.sortDescending)
        assertSnapshot(screen(state).textDump, named: "keys-sort-tokens-reversed-80x24")
        let ascending = state.keys.rows.map { state.snapshot.keys[$0].monthActivity.totalTokens }
        #expect(ascending == ascending.sorted())
    }

    @Test("sorting by flags puts the serious ones first; by key, A→Z by redacted value")
    func derivedColumns() {
        var state = Fixture.state(page: .apiKeys, width: 160, height: 30)
        while state.keys.sortColumn != .flags { press([.char("s")], &state) }
        let first = names(state).prefix(2)
        #expect(Set(first) == ["analytics-adhoc", "admin-ops"], "\(names(state))")
        #expect(names(state).suffix(8).allSatisfy { name in
            state.keys.facts(at: state.snapshot.keys.firstIndex { $0.key.name == name }!).flags.isEmpty
        })
        while state.keys.sortColumn != .key { press([.char("s")], &state) }
        let values = state.keys.rows.map { state.snapshot.keys[$0].key.redactedValue.lowercased() }
        #expect(values == values.sorted())
    }

    @Test("/ci Enter: a case-insensitive substring of name, project or owner (snapshot)")
    func substring() {
        var state = Fixture.state(page: .apiKeys)
        press(typed("ci"), &state)
        #expect(state.keys.activeFilter.mode == .substring)
        // ci-runner by name and owner (svc: ci); no other name, project, owner or key has `ci`.
        #expect(names(state) == ["ci-runner"])
        let text = screen(state)
        assertSnapshot(text.textDump, named: "keys-filter-ci-80x24")
        #expect(text.plainText.contains("1 of 15 keys · filter: /ci · sort: spend ▼"))

        press(typed("SVC: ETL"), &state)
        #expect(names(state) == ["etl-nightly"])
        press(typed("support bot"), &state)
        #expect(Set(names(state)) == ["support-bot", "support-staging", "東京-translator"])
    }

    @Test("/^(ci|etl)- Enter: a regex, shown as re: in the title (snapshot)")
    func regex() {
        var state = Fixture.state(page: .apiKeys)
        press(typed("^(ci|etl)-"), &state)
        #expect(state.keys.activeFilter.mode == .regex)
        #expect(Set(names(state)) == ["ci-runner", "etl-nightly"])
        let text = screen(state)
        assertSnapshot(text.textDump, named: "keys-filter-regex-80x24")
        #expect(text.plainText.contains("filter: /re:^(ci|etl)-/"))
        // Regexes ignore case and see owners too: every service account.
        press(typed("^SVC: (ci|etl|indexer)$"), &state)
        #expect(Set(names(state)) == ["ci-runner", "etl-nightly", "search-indexer"])
    }

    @Test("a dot alone keeps the filter a substring: emails and redacted keys match literally")
    func dotIsLiteral() {
        var state = Fixture.state(page: .apiKeys)
        press(typed("ana@example.com"), &state)
        #expect(state.keys.activeFilter.mode == .substring)
        #expect(Set(names(state)) == ["support-bot", "support-staging"])
        press(typed("sk-proj-...9f2c"), &state)
        #expect(names(state) == ["support-bot"])
    }

    @Test("an invalid regex falls back to a substring with a note, never a crash (snapshot)")
    func badRegex() {
        var keys = Fixture.snapshot().keys
        keys[9].key.name = "eval (v2"
        var state = Fixture.state(page: .apiKeys, snapshot: Fixture.snapshot(keys: keys))
        press(typed("(v2"), &state)
        guard case .invalidRegex = state.keys.activeFilter.mode else {
            Issue.record("expected an invalid regex, got \(state.keys.activeFilter.mode)")
            return
        }
        #expect(names(state) == ["eval (v2"])
        let text = screen(state)
        assertSnapshot(text.textDump, named: "keys-filter-bad-regex-80x24")
        #expect(text.plainText.contains("filter: /(v2 (not a valid regex: matched as text)"))
        // Nothing matches: the page says so and Esc clears.
        press(typed("ci-(["), &state)
        #expect(state.keys.rows.isEmpty)
        #expect(screen(state).plainText.contains("No key matches"))
        press([.escape], &state)
        #expect(state.keys.rows.count == keys.count)
    }
}
