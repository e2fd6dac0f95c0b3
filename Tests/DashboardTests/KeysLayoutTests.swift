import Foundation
@testable import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// The API keys table's columns: the Key is always whole, every sketch column (and Created)
/// fits at 120 columns, the first six by priority at 80, and flexible columns fill the width.
@Suite("Keys table layout")
struct KeysLayoutTests {
    func screen(_ state: AppState) -> [String] {
        withUTF8Locale()
        return RootView.render(state: state, theme: .plainUnicode, width: state.width, height: state.height)
            .plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The header row of the keys table (third screen row).
    func header(_ lines: [String]) -> [String] {
        lines[2].split(separator: " ").map(String.init)
    }

    /// Keys with the API's real redacted forms, the longest being a service account's.
    static var realKeys: [KeySummary] {
        var keys = Fixture.snapshot().keys
        keys[0].key.redactedValue = "sk-svcacct-...Kq3d"
        keys[1].key.redactedValue = "sk-proj-...9f2c"
        keys[2].key.redactedValue = "sk-admin...9f2c"
        return keys
    }

    @Test("120×40: Name, Key, Project, Owner, Created, Last used, MTD spend, Tokens, 14 days, Flags")
    func wide() {
        let lines = screen(Fixture.state(page: .apiKeys, width: 120, height: 40))
        let titles = lines[2]
        for title in ["Name", "Key", "Project", "Owner", "Created", "Last used", "MTD spend", "Tokens", "14 days", "Flags"] {
            #expect(titles.contains(title), "missing \(title) in \(titles)")
        }
        // Every key's redacted value is on screen whole, on its own row.
        for spec in Fixture.keySpecs {
            let row = lines.first { $0.contains(spec.key.name.prefix(8)) && $0.contains("\(spec.key.redactedValue) ") }
            #expect(row != nil, "\(spec.key.redactedValue) not shown whole")
        }
        // The sparkline column draws bars.
        #expect(lines.contains { $0.contains("search-api") && $0.contains("▆▆▆") })
    }

    @Test("80×24: the first six by priority, the Key whole")
    func narrow() {
        let lines = screen(Fixture.state(page: .apiKeys, width: 80, height: 24))
        #expect(header(lines) == ["Name", "Key", "Last", "used", "MTD", "spend", "▼", "Tokens", "Flags"])
        for spec in Fixture.keySpecs {
            #expect(lines.contains { $0.contains("\(spec.key.redactedValue) ") }, "\(spec.key.redactedValue) cut")
            #expect(lines.contains { $0.contains(spec.key.name) }, "\(spec.key.name) cut")
        }
    }

    @Test("the Key column is as wide as the longest redacted value and never cut", arguments: [60, 80, 100, 120, 200])
    func keyWhole(width: Int) {
        var snapshot = Fixture.snapshot(keys: KeysLayoutTests.realKeys)
        snapshot.keys[0].key.name = "a-rather-long-key-name-that-has-to-give-way"
        let lines = screen(Fixture.state(page: .apiKeys, width: width, height: 24, snapshot: snapshot))
        for value in ["sk-svcacct-...Kq3d", "sk-proj-...9f2c", "sk-admin...9f2c"] {
            #expect(lines.contains { $0.contains(value) }, "\(value) cut at \(width) columns")
        }
        let state = Fixture.state(page: .apiKeys, width: width, height: 24, snapshot: snapshot)
        #expect(state.keys.contentWidths.key == DisplayWidth.of("sk-svcacct-...Kq3d"))
        let columns = KeysPage(state: state, theme: .plainUnicode, layout: ScreenLayout(width: width, height: 24))
            .columns(width: width, gutter: 2)
        #expect(columns.first { $0.spec.id == .key }?.width == 18)
    }

    @Test("widths and spacing fill the table width exactly", arguments: [60, 80, 97, 120, 160, 240])
    func fills(width: Int) {
        let state = Fixture.state(page: .apiKeys, width: width, height: 24)
        let columns = KeysPage(state: state, theme: .plainUnicode, layout: ScreenLayout(width: width, height: 24))
            .columns(width: width, gutter: 2)
        let used = columns.map(\.width).reduce(0, +) + KeysPage.spacing * (columns.count - 1)
        #expect(used == width - 2)
        #expect(columns.allSatisfy { $0.width >= $0.spec.floor })
        // Only the growing columns are ever wider than their content.
        #expect(columns.allSatisfy { $0.spec.grows || $0.width == $0.spec.natural })
    }

    @Test("Name, Project and Owner shrink before anything else; fixed columns keep their width")
    func shrinkOrder() {
        let content = KeyContentWidths(keys: Fixture.snapshot().keys, now: Fixture.now)
        let specs = KeyColumnLayout.specs(content: content, sortColumn: .spend, arrowWidth: 1)
        let natural = Dictionary(uniqueKeysWithValues: specs.map { ($0.id, $0.natural) })
        let laid = KeyColumnLayout.layout(specs, width: 118, spacing: 1, sortColumn: .spend)
        let width = Dictionary(uniqueKeysWithValues: laid.map { ($0.spec.id, $0.width) })
        #expect(Set(laid.map(\.spec.id)) == Set(KeyColumnLayout.ID.allCases).subtracting([.requests, .access, .budget]))
        for id in [KeyColumnLayout.ID.key, .created, .lastUsed, .spend, .tokens, .spark] {
            #expect(width[id] == natural[id], "\(id) changed width")
        }
        // Project and Owner went to their floors before Name gave up anything beyond its own.
        #expect(width[.project] == KeyColumnLayout.projectFloor)
        #expect(width[.owner] == KeyColumnLayout.ownerFloor)
        #expect((width[.name] ?? 0) >= KeyColumnLayout.nameFloor)
    }

    @Test("the sorted column is shown even when it would not make the cut by priority")
    func sortedColumnShown() {
        var state = Fixture.state(page: .apiKeys, width: 120, height: 40)
        #expect(!screen(state)[2].contains("Requests"))
        state.keys.sortColumn = .requests
        state.keys.recompute(state.snapshot.keys)
        #expect(screen(state)[2].contains("Requests ▼"))
    }

    @Test("content widths are measured over every key once per snapshot, filtered or not")
    func measuredOnce() {
        var state = Fixture.state(page: .apiKeys, width: 80, height: 24)
        let before = state.keys.contentWidths
        for key in [Key.char("/")] + "etl".map({ Key.char($0) }) + [.enter] { _ = reduce(&state, .key(key)) }
        #expect(state.keys.contentWidths == before)
        #expect(before.name == DisplayWidth.of("legacy-batch-key"))
        #expect(before.flags == DisplayWidth.of("owner left"))
        // A new snapshot is measured again.
        var keys = Fixture.snapshot().keys
        keys[4].key.redactedValue = "sk-None-...abcdefgh1234"
        var snapshot = Fixture.snapshot(keys: keys)
        snapshot.now = Fixture.now + 60
        _ = reduce(&state, .snapshot(snapshot))
        #expect(state.keys.contentWidths.key == 23)
    }
}
