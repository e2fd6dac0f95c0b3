import Dashboard
import TermUI
import Testing
import UsageCore

/// A poll start and an acknowledgement change one part of the state only: the data on screen,
/// the key rows and the selection stay as they were.
@Suite("Partial updates")
struct PartialUpdateTests {
    @Test("syncState changes only the status")
    func syncState() {
        var state = Fixture.state(page: .apiKeys)
        _ = reduce(&state, .key(.down))
        let rows = state.keys.rows, selected = state.keys.position.selected
        _ = reduce(&state, .syncState(.syncing))
        #expect(state.snapshot.sync.state == .syncing)
        #expect(state.keys.rows == rows)
        #expect(state.keys.position.selected == selected)
        #expect(state.snapshot.keys == Fixture.snapshot().keys)
    }

    @Test("alerts replaces the alerts and their counts, nothing else")
    func alerts() {
        var state = Fixture.state(page: .usage)
        #expect(state.alertsPage.firingCount == 0)
        _ = reduce(&state, .alerts([AlertFixture.firing75, AlertFixture.firing50, AlertFixture.acked25]))
        #expect(state.alertsPage.firingCount == 2)
        #expect(state.snapshot.alerts.count == 3)
        _ = reduce(&state, .alerts([AlertFixture.acked25]))
        #expect(state.alertsPage.firingCount == 0)
        #expect(state.snapshot.dailyTotals == Fixture.snapshot().dailyTotals)
    }
}
