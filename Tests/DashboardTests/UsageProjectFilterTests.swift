import Foundation
@testable import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// The Usage page's project filter (issue 4 item 5): `p` cycles all → each project → all; the
/// header names the project; the API key rows, the chart and the billed totals are the
/// project's, and the page says which figures stay organization-wide.
@Suite("Usage project filter")
struct UsageProjectFilterTests {
    func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys { _ = reduce(&state, .key(key)) }
    }

    func lines(_ state: AppState) -> [String] {
        withUTF8Locale()
        return RootView.render(state: state, theme: .plainUnicode, width: state.width, height: state.height)
            .plainText.split(separator: "\n").map(String.init)
    }

    func byKey(width: Int = 80, height: Int = 24) -> AppState {
        var state = Fixture.state(width: width, height: height, snapshot: UsageFixture.small())
        state.usage.group = .apiKey
        return state
    }

    @Test("p cycles all projects → each project → all, shown in the header")
    func cycle() {
        var state = byKey()
        var seen = [state.usage.projectID]
        for _ in 0..<3 {
            press([.char("p")], &state)
            seen.append(state.usage.projectID)
        }
        #expect(seen == [nil, "proj_a", "proj_b", nil])
        press([.char("p")], &state)
        #expect(lines(state)[1].contains("Project: Alpha"), "\(lines(state)[1])")
        #expect(lines(state)[1].contains("Group: API key"), "\(lines(state)[1])")
        press([.char("p"), .char("p")], &state)
        #expect(!lines(state)[1].contains("Project:"))
        // Only on the Usage page.
        state.page = .limits
        press([.char("p")], &state)
        #expect(state.usage.projectID == nil)
    }

    @Test("the API key rows and the totals become the project's", arguments: [(80, 24), (120, 40)])
    func keyRows(width: Int, height: Int) {
        var state = byKey(width: width, height: height)
        #expect(state.usageData.rows.count == 5)
        press([.char("p")], &state)
        let data = state.usageData
        #expect(data.rows.map(\.label) == ["alpha-web", "alpha-batch"])
        #expect(UsageData.rowCount(state) == 2)
        #expect(data.totalSpend == USD(cents: 1_950) && data.tableSpend == USD(cents: 1_950))
        #expect(data.reconciliation.explained == USD(cents: 1_800))
        #expect(data.reconciliation.noKey == nil && data.reconciliation.estimated == nil)
        let text = lines(state)
        #expect(!text.contains { $0.contains("beta-bot") || $0.contains("beta-cli") || $0.contains("(no key)") })
        #expect(text.contains { $0.contains("By API key · Alpha") })
        #expect(text.contains { $0.contains("Spend per day, USD · Alpha") })
        #expect((text.first { $0.contains("Total") } ?? "").contains("$19.50"))
        #expect(text.contains { $0.contains("Billed $19.50") && $0.contains("API keys explain 92.3%") })
        #expect(text.contains { $0.contains("Filtered to Alpha") || $0.contains("Project Alpha: chart, billed total, API key rows") },
                "\(text.joined(separator: "\n"))")
        // The share column is of the project's bill: alpha-web $12.00 of $19.50.
        #expect((text.first { $0.contains("alpha-web") && $0.contains("$") } ?? "").contains("61.5%"))
        press([.char("p")], &state)
        #expect(state.usageData.rows.map(\.label) == ["beta-bot", "beta-cli"])
        #expect(state.usageData.totalSpend == USD(cents: 1_050))
    }

    @Test("groupings without a per-project split say the table is all projects")
    func unfilteredTables() {
        var state = Fixture.state(width: 120, height: 40, snapshot: UsageFixture.small())
        press([.char("p")], &state)
        #expect(state.usage.group == .model)
        let data = state.usageData
        #expect(data.totalSpend == USD(cents: 1_950), "the chart and billed total are the project's")
        #expect(data.tableSpend == USD(cents: 3_000), "the by-model table is every project's")
        let text = lines(state)
        #expect(text.contains { $0.contains("By model · all projects") })
        #expect((text.first { $0.contains("Total") } ?? "").contains("$30.00"))
        #expect(text.contains { $0.contains("Filtered to Alpha: chart, billed total. All projects: by model table") },
                "\(text.joined(separator: "\n"))")
        // By project: only the selected project's row.
        press([.char("g")], &state)
        #expect(state.usageData.rows.map(\.id) == ["proj_a"])
    }

    @Test("the Activity view charts the project's tokens; today by hour stays all projects")
    func activity() {
        var state = Fixture.state(width: 120, height: 40, snapshot: UsageFixture.small())
        press([.char("v"), .char("p")], &state)
        #expect(state.usageData.totalActivity == Activity(inputUncached: 195_000, output: 19_500, requests: 1_950))
        var text = lines(state)
        #expect(text.contains { $0.contains("Tokens per day · Alpha") })
        #expect(text.contains { $0.contains("Alpha · range") && $0.contains("┐") })
        #expect((text.first { $0.contains("Requests") && !$0.contains("Input") } ?? "").contains("1,950"), "\(text.joined(separator: "\n"))")
        for _ in 0..<4 { press([.char("]")], &state) }
        #expect(state.usage.range == .todayByHour)
        text = lines(state)
        #expect(text.contains { $0.contains("Completions tokens per hour, today UTC · all projects") })
    }

    @Test("a selected project with no cached series shows no data, and an empty cache has nothing to filter")
    func edges() {
        var snapshot = UsageFixture.small()
        snapshot.series[.project] = []
        var state = Fixture.state(snapshot: snapshot)
        press([.char("p")], &state)
        #expect(state.usageData.totalSpend == nil)
        #expect(lines(state).contains { $0.contains("No data cached for this range.") })
        let none = DashboardSnapshot.empty(source: SourceInfo(profile: "work", host: "api.openai.com", isDemo: false), now: Fixture.now)
        var empty = Fixture.state(snapshot: none)
        let effects = reduce(&empty, .key(.char("p")))
        #expect(empty.usage.projectID == nil)
        #expect(empty.flash?.text.contains("No projects") == true && !effects.isEmpty)
    }

    @Test("the p binding is in the footer hints and the help")
    func binding() {
        let state = byKey()
        #expect(KeyMap.standard.hints(for: state).contains { $0.key == "p" && $0.label == "project" })
        let usageHelp = KeyMap.standard.helpSections(for: .usage).flatMap(\.rows)
        #expect(usageHelp.contains { $0.keys == "p" && $0.text.contains("project") })
        #expect(usageHelp.contains { $0.keys == "g" && $0.text.contains("user") })
    }
}

/// Whole Usage screens for the reconciliation, "who spent" and the project filter, compared
/// with the text snapshots in `Snapshots/` (`RECORD_SNAPSHOTS=1` re-records).
@Suite("Usage screens (issue 4)")
struct UsageIssue4ScreenTests {
    func dump(_ state: AppState) -> String {
        withUTF8Locale()
        return RootView.render(state: state, theme: .plainUnicode, width: state.width, height: state.height).textDump
    }

    @Test("reconciliation with refusal and unpriced usage, by user, by key filtered to a project", arguments: [(80, 24), (120, 40)])
    func screens(width: Int, height: Int) {
        let snapshot = UsageFixture.small(keySpend: .estimated(reason: "unsupported group_by"), unpriced: true, keyEstimates: true)
        var state = Fixture.state(width: width, height: height, snapshot: snapshot)
        assertSnapshot(dump(state), named: "usage-reconciliation-\(width)x\(height)")
        state.usage.group = .user
        assertSnapshot(dump(state), named: "usage-by-user-\(width)x\(height)")
        state.usage.group = .apiKey
        _ = reduce(&state, .key(.char("p")))
        assertSnapshot(dump(state), named: "usage-project-by-key-\(width)x\(height)")
    }
}
