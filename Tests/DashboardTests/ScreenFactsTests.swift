import Foundation
import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// Explicit facts about rendered screens, independent of the snapshot files.
@Suite("Screen facts")
struct ScreenFactsTests {
    func text(_ state: AppState, theme: Theme = .plainUnicode) -> String {
        withUTF8Locale()
        return RootView.render(state: state, theme: theme, width: state.width, height: state.height).plainText
    }

    var mtd: String { USD(cents: Fixture.monthToDateCents).formatted }

    @Test("the month-to-date figure appears on Usage and Limits")
    func monthToDate() {
        #expect(text(Fixture.state(page: .usage, width: 80)).contains(mtd))
        let limits = text(Fixture.state(page: .limits))
        #expect(limits.contains("Organization  " + mtd) && limits.contains("API limit, enforcing  $500.00"))
    }

    @Test("the Usage totals row equals the billed daily totals of the range")
    func usageTotal() {
        let screen = text(Fixture.state())
        let totalLine = screen.split(separator: "\n").first { $0.contains("│  Total ") }
        #expect(totalLine?.contains(mtd) == true, "\(totalLine ?? "")")
        #expect(screen.contains("Nov 1–29 UTC"))
    }

    @Test("every key of the fixture is listed when scrolled through")
    func everyKeyListed() {
        var state = Fixture.state(page: .apiKeys, height: 16)
        var seen: Set<String> = []
        for _ in 0..<Fixture.keySpecs.count {
            let screen = text(state)
            let rows = screen.split(separator: "\n").dropFirst(3)
            for spec in Fixture.keySpecs where rows.contains(where: { $0.contains(spec.key.name) }) { seen.insert(spec.key.id) }
            _ = reduce(&state, .key(.down))
        }
        #expect(seen.count == Fixture.keySpecs.count, "missing: \(Set(Fixture.keySpecs.map(\.key.id)).subtracting(seen))")
    }

    @Test("a filter leaves only matching rows on screen")
    func filterRows() {
        var state = Fixture.state(page: .apiKeys, width: 120, height: 40)
        for key in [Key.char("/")] + "etl".map({ Key.char($0) }) + [.enter] { _ = reduce(&state, .key(key)) }
        let screen = text(state)
        let listed = Fixture.keySpecs.filter { screen.contains($0.key.redactedValue) }.map(\.key.name)
        #expect(listed == ["etl-nightly"])
        #expect(screen.contains("1 of 15 keys · filter: /etl"))
    }

    @Test("flags: never used, idle, owner lost access, admin expiry")
    func flags() {
        let screen = text(Fixture.state(page: .apiKeys, width: 160, height: 40))
        let lines = screen.split(separator: "\n").map(String.init)
        func line(_ name: String) -> String { lines.first { $0.contains(name) } ?? "" }
        #expect(line("never-used-test").contains("never used"))
        #expect(line("old-notebook").contains("idle"))
        #expect(line("old-notebook").contains("41 d ago"))
        #expect(line("analytics-adhoc").contains("left+spend"))
        #expect(line("admin-ops").contains("exp in 9d"))
        #expect(line("admin-terraform").contains("admin key"))
        #expect(line("ci-runner").contains("≈$"))
        #expect(line("support-bot").contains("2 min ago"))
        #expect(line("support-bot").contains("ana@example.com"))
        #expect(line("ci-runner").contains("svc: ci"))
    }

    @Test("money is right-aligned in the keys table")
    func rightAligned() {
        let screen = text(Fixture.state(page: .apiKeys, width: 120, height: 40))
        let rows = screen.split(separator: "\n").map(String.init).filter { $0.contains("sk-proj-") || $0.contains("sk-svcacct-") }
        let ends = Set(rows.compactMap { row -> Int? in
            guard let r = row.range(of: #"\$[0-9,]+\.[0-9]{2}"#, options: .regularExpression) else { return nil }
            return DisplayWidth.of(String(row[..<r.upperBound]))
        })
        #expect(rows.count >= 10)
        #expect(ends.count == 1, "spend columns end at \(ends)")
    }

    @Test("Limits: projects, archived, forecast and history")
    func limits() {
        let screen = text(Fixture.state(page: .limits))
        #expect(screen.contains("Search backend"))
        #expect(screen.contains("Archived") && screen.contains(" legacy-batch "))
        #expect(screen.contains("Forecast $"))
        #expect(screen.contains("Monthly billed spend"))
        #expect(screen.contains("Jun $182") && screen.contains("* to date"))
        #expect(screen.contains("API limit, enforcing  $250.00 ["))  // the project's own gauge
    }

    @Test("no limit is said plainly")
    func noLimit() {
        let snapshot = Fixture.snapshot(limits: LimitsSummary(monthToDate: USD(cents: 12_345), spendLimit: nil, spendAlerts: []))
        let screen = text(Fixture.state(page: .limits, snapshot: snapshot))
        #expect(screen.contains("no API spend limit is set"))
        #expect(screen.contains("$123.45"))
    }

    @Test("a 10,000-key table renders only what is visible, scrolled anywhere")
    func bigTable() {
        var state = Fixture.state(page: .apiKeys, width: 120, height: 40, snapshot: Fixture.snapshot(keys: Fixture.bulkKeys(10_000)))
        _ = reduce(&state, .key(.end))
        let screen = text(state)
        #expect(screen.contains("10000 keys"))
        #expect(screen.contains("of 10000"))
        #expect(state.keys.position.selected == 9_999)
    }
}
