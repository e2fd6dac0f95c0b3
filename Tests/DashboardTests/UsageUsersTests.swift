import Foundation
@testable import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// "Who spent" (issue 4 item 4): the Usage page grouped by `user_id`, ≈ estimated spend per
/// person, the `(no user)` row, and beside each person the API keys they own.
@Suite("Usage by user")
struct UsageUsersTests {
    func byUser(_ snapshot: DashboardSnapshot, width: Int = 80, height: Int = 24) -> AppState {
        var state = Fixture.state(width: width, height: height, snapshot: snapshot)
        while state.usage.group != .user { _ = reduce(&state, .key(.char("g"))) }
        return state
    }

    func lines(_ state: AppState) -> [String] {
        withUTF8Locale()
        return RootView.render(state: state, theme: .plainUnicode, width: state.width, height: state.height)
            .plainText.split(separator: "\n").map(String.init)
    }

    @Test("g reaches the user grouping after line items, then wraps to model")
    func cycle() {
        var state = byUser(UsageFixture.small())
        #expect(lines(state)[1].contains("Group: user"))
        _ = reduce(&state, .key(.char("g")))
        #expect(state.usage.group == .model)
    }

    @Test("each user's ≈ spend, with the keys that person owns", arguments: [(80, 24), (120, 40)])
    func rows(width: Int, height: Int) {
        let state = byUser(UsageFixture.small(), width: width, height: height)
        let data = state.usageData
        #expect(data.rows.map(\.label) == ["ana@example.com", "", "bob@example.com"])
        #expect(data.rows.first?.ownedKeys == ["alpha-web", "beta-bot"])
        #expect(data.rows.last?.ownedKeys == ["beta-cli"])
        #expect(data.tableSpend == USD(cents: 2_640) && data.tableSpendIsEstimate)
        let text = lines(state)
        let ana = text.first { $0.contains("ana@example") && $0.contains("$") } ?? ""
        #expect(ana.contains("≈$17.70"), "\(ana)")
        // The keys column is cut by display width on 80 columns.
        #expect(ana.contains(width >= 120 ? "alpha-web, beta-bot" : "alpha-web, be"), "\(ana)")
        #expect(ana.contains("1,770"), "requests: \(ana)")
        let bob = text.first { $0.contains("bob@example") && $0.contains("$") } ?? ""
        #expect(bob.contains("≈$3.30") && bob.contains("beta-cli"), "\(bob)")
        // Usage no user is attributed to: its own row, owning no key.
        let nobody = text.first { $0.contains("(no user)") && $0.contains("$") } ?? ""
        #expect(nobody.contains("≈$5.40") && nobody.contains("—"), "\(nobody)")
        // The totals row is the ≈ sum of the estimates; the billed total stays plain above it.
        let total = text.first { $0.contains("Total") } ?? ""
        #expect(total.contains("≈$26.40"), "\(total)")
        #expect(text.contains { $0.contains("Billed $30.00") })
        #expect(text.contains { $0.contains("Keys owned") })
    }

    @Test("service-account keys belong to no user; a user without keys shows —")
    func owners() {
        let owned = UsageData.keysByOwner(UsageFixture.small().keys)
        #expect(owned == ["user_ana": ["alpha-web", "beta-bot"], "user_bob": ["beta-cli"]])
        let state = byUser(UsageFixture.withUsers(), width: 120, height: 40)
        let text = lines(state)
        let kenji = text.first { $0.contains("kenji@example.com") && $0.contains("$") } ?? ""
        #expect(kenji.contains("東京-translator"), "\(kenji)")
        #expect(state.usageData.rows.contains { $0.label == "(no user)" && $0.ownedKeys.isEmpty })
    }

    @Test("no user series yet: the grouping says there is nothing to show")
    func noSeries() {
        let state = byUser(Fixture.snapshot())
        #expect(lines(state).contains { $0.contains("No user breakdown in the cache for this range.") })
    }
}
