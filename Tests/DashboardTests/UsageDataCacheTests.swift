import Foundation
@testable import Dashboard
import TestSupport
import Testing
import UsageCore

/// The Usage page's breakdown is computed once per change of snapshot, range, view or grouping
/// and kept in ``AppState``; the cached value must equal what a frame used to compute on the
/// fly, for every grouping, view and range the keys can reach.
@Suite("Usage data cache")
struct UsageDataCacheTests {
    /// The cache is present, keyed for the current state, and equal to a fresh computation.
    func expectFresh(_ state: AppState, _ context: String) {
        let fresh = UsageData(state: state)
        #expect(state.usageCache?.key == UsageData.Key(state), "\(context)")
        #expect(state.usageCache == fresh, "\(context)")
        #expect(state.usageData == fresh, "\(context)")
        // Rows keep the on-the-fly order: biggest first by the view's measure, then by label.
        let isCost = state.usage.view == .cost
        let measure = { (row: UsageData.Row) in
            isCost ? (row.spend?.doubleValue ?? -1) : Double(row.activity?.totalTokens ?? -1)
        }
        for (a, b) in zip(fresh.rows, fresh.rows.dropFirst()) {
            #expect(measure(a) > measure(b) || (measure(a) == measure(b) && a.label <= b.label), "\(context)")
        }
    }

    @Test("cached breakdown equals the on-the-fly computation in every grouping, view and range")
    func everyGroupingViewAndRange() {
        var state = Fixture.state(snapshot: UsageFixture.withUsers())
        for view in UsageView.allCases {
            if state.usage.view != view { _ = reduce(&state, .command(.toggleView)) }
            #expect(state.usage.view == view)
            for group in GroupKind.allCases {
                while state.usage.group != group { _ = reduce(&state, .command(.cycleGroup)) }
                // Walk from the newest range to the oldest and back.
                for _ in 0..<20 { _ = reduce(&state, .command(.newerRange)) }
                let ranges = UsageRange.sequence(oldestMonthOffset: state.oldestMonthOffset, includeToday: view == .activity)
                var seen: [UsageRange] = []
                for step in ranges.indices {
                    seen.append(state.usage.range)
                    expectFresh(state, "\(view) \(group) \(state.usage.range)")
                    if step < ranges.count - 1 { _ = reduce(&state, .command(.olderRange)) }
                }
                #expect(seen == ranges)
                #expect(!(state.usageCache?.rows.isEmpty ?? true), "\(view) \(group)")
            }
        }
    }

    @Test("a new snapshot, a midnight tick and a resize keep the cache current")
    func snapshotTickAndResize() {
        var state = Fixture.state()
        _ = reduce(&state, .command(.cycleGroup))
        expectFresh(state, "after g")
        // A snapshot with a single project changes the project breakdown.
        var snapshot = Fixture.snapshot()
        snapshot.series[.project] = Array((snapshot.series[.project] ?? []).prefix(1))
        _ = reduce(&state, .snapshot(snapshot))
        expectFresh(state, "after snapshot")
        #expect(state.usageCache?.rows.count == 1)
        // Past midnight UTC the range's days move.
        let before = state.usageCache?.key
        _ = reduce(&state, .tick(Fixture.now + Fixture.day))
        expectFresh(state, "after midnight tick")
        #expect(state.usageCache?.key != before)
        _ = reduce(&state, .resize(width: 120, height: 40))
        expectFresh(state, "after resize")
    }

    @Test("the project filter is part of the cache key")
    func projectFilter() {
        var state = Fixture.state(snapshot: UsageFixture.withUsers())
        for group in GroupKind.allCases {
            while state.usage.group != group { _ = reduce(&state, .command(.cycleGroup)) }
            for _ in 0...Fixture.projects.count {
                _ = reduce(&state, .command(.cycleProjectFilter))
                expectFresh(state, "\(group) \(state.usage.projectID ?? "all")")
                #expect(state.usageCache?.key.project == state.usage.projectID)
            }
            #expect(state.usage.projectID == nil)
        }
    }

    @Test("a direct change of the settings is never drawn from a stale cache")
    func directSettingsChange() {
        var state = Fixture.state()
        state.usage.group = .apiKey
        #expect(state.usageCache?.key != UsageData.Key(state))
        #expect(state.usageData == UsageData(state: state))
    }
}
