import Foundation
import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// Whole screens rendered from the fixture at 80×24 and 120×40 (and too small), compared with
/// the text snapshots in `Snapshots/` (`RECORD_SNAPSHOTS=1` re-records).
@Suite("Screens")
struct ScreenSnapshotTests {
    func screen(_ state: AppState, theme: Theme = .plainUnicode, width: Int? = nil, height: Int? = nil) -> ScreenBuffer {
        withUTF8Locale()
        return RootView.render(state: state, theme: theme, width: width ?? state.width, height: height ?? state.height)
    }

    func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys { _ = reduce(&state, .key(key)) }
    }

    @Test("every page at 80×24 and 120×40", arguments: [(80, 24), (120, 40)])
    func pages(width: Int, height: Int) {
        for page in Page.allCases {
            let state = Fixture.state(page: page, width: width, height: height)
            assertSnapshot(screen(state).textDump, named: "\(page)-\(width)x\(height)")
        }
    }

    @Test("Usage page views and groupings at 80×24")
    func usageVariants() {
        var state = Fixture.state()
        press([.char("g")], &state)
        assertSnapshot(screen(state).textDump, named: "usage-cost-by-project-80x24")
        press([.char("g")], &state)
        assertSnapshot(screen(state).textDump, named: "usage-cost-by-key-80x24")
        press([.char("g"), .char("g"), .char("g"), .char("v")], &state)
        assertSnapshot(screen(state).textDump, named: "usage-activity-80x24")
        press([.char("]"), .char("]"), .char("]"), .char("]")], &state)
        #expect(state.usage.range == .todayByHour)
        assertSnapshot(screen(state).textDump, named: "usage-activity-today-80x24")
        press([.char("v"), .char("["), .char("["), .char("[")], &state)
        #expect(state.usage.range == .previousMonth(monthsBack: 1))
        assertSnapshot(screen(state).textDump, named: "usage-cost-october-80x24")
    }

    @Test("API keys: filtered, key detail, help overlay, filter typing")
    func keysVariants() {
        var state = Fixture.state(page: .apiKeys)
        press([.char("/")] + "support".map { Key.char($0) }, &state)
        assertSnapshot(screen(state).textDump, named: "keys-typing-filter-80x24")
        press([.enter], &state)
        assertSnapshot(screen(state).textDump, named: "keys-filtered-80x24")
        press([.escape, .down, .enter], &state)
        assertSnapshot(screen(state).textDump, named: "keys-detail-80x24")
        var wide = state
        _ = reduce(&wide, .resize(width: 120, height: 40))
        assertSnapshot(screen(wide).textDump, named: "keys-detail-120x40")
        press([.escape, .char("?")], &state)
        assertSnapshot(screen(state).textDump, named: "keys-help-80x24")
    }

    @Test("the help overlay on the Usage page")
    func usageHelp() {
        var state = Fixture.state()
        press([.char("?")], &state)
        assertSnapshot(screen(state).textDump, named: "usage-help-80x24")
    }

    @Test("too small a terminal gets a message, not a squeezed layout")
    func tooSmall() {
        let state = Fixture.state(width: 40, height: 10)
        let text = screen(state).textDump
        assertSnapshot(text, named: "too-small-40x10")
        #expect(text.contains("Terminal too small"))
        // Degenerate sizes never crash.
        for (w, h) in [(0, 0), (1, 1), (59, 24), (80, 15), (60, 16)] {
            _ = screen(Fixture.state(width: w, height: h))
        }
    }

    @Test("ASCII theme")
    func ascii() {
        for page in Page.allCases {
            let text = screen(Fixture.state(page: page), theme: .plainASCII).textDump
            assertSnapshot(text, named: "ascii-\(page)-80x24")
            // Chrome is pure ASCII; only data (the fixture's CJK key name) may not be.
            var chrome = text
            for data in ["東京-translator", "東京-transl", "東京"] + Fixture.keySpecs.map(\.key.redactedValue) {
                chrome = chrome.replacingOccurrences(of: data, with: "")
            }
            let nonASCII = chrome.unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "non-ASCII chrome on \(page): \(String(String.UnicodeScalarView(nonASCII)))")
        }
    }

    @Test("styles carry meaning in 8 colours: gauge thresholds, selection, estimates")
    func styles() {
        let theme = Theme.make(colors: .eight, unicode: true)
        assertSnapshot(screen(Fixture.state(page: .limits), theme: theme).styleDump, named: "style-limits-80x24")
        assertSnapshot(screen(Fixture.state(page: .apiKeys), theme: theme).styleDump, named: "style-apiKeys-80x24")
    }

    @Test("absurd figures never trap while drawing")
    func absurd() {
        var keys = Fixture.snapshot().keys
        keys[0].monthActivity = Activity(inputUncached: .max / 4, inputCached: .max / 4, output: .max / 4, requests: .max)
        keys[0].last14DaysTokens = Array(repeating: .max, count: 14)
        keys[1].monthToDate = USD(Decimal(string: "1e30")!)
        var state = Fixture.state(page: .apiKeys, snapshot: Fixture.snapshot(keys: keys))
        let text = screen(state).plainText
        #expect(text.contains("search-api-prod"))
        _ = reduce(&state, .key(.enter))
        #expect(screen(state).plainText.contains("Spend, Nov MTD"))
    }

    @Test("sync states in the header", arguments: [
        (SyncState.ok, "synced 38 s ago"), (.syncing, "syncing"), (.rateLimited(retryAt: Fixture.now + 30), "rate limited, retry in 30 s"),
        (.offline(message: "connection refused"), "offline: connection refused"), (.unauthorized(message: "401"), "needs an Admin key"),
        (.noData, "no data yet"),
    ])
    func syncStates(state sync: SyncState, expected: String) {
        let snapshot = Fixture.snapshot(sync: SyncStatus(state: sync, lastSuccess: Fixture.now - 38, datasets: []))
        let header = screen(Fixture.state(snapshot: snapshot)).line(0)
        #expect(header.contains(expected), "\(header)")
        // At 80 columns four tabs leave no room for the profile beside a long status: it goes first.
        #expect(screen(Fixture.state(width: 100, snapshot: snapshot)).line(0).contains("default [DEMO]"))
        #expect(header.contains("1 Usage") && header.contains("2 Limits") && header.contains("3 API keys"))
    }

    @Test("the header keeps the full title when there is room")
    func title() {
        let header = screen(Fixture.state(width: 120, height: 40)).line(0)
        #expect(header.hasPrefix("usagetop · default [DEMO]"))
    }

    @Test("stale data is marked when the last success is older than 3 poll intervals")
    func stale() {
        let snapshot = Fixture.snapshot(sync: SyncStatus(state: .ok, lastSuccess: Fixture.now - 181, datasets: []))
        let text = screen(Fixture.state(snapshot: snapshot)).plainText
        #expect(text.contains("stale: synced 3 min ago"))
        let fresh = screen(Fixture.state(snapshot: Fixture.snapshot(sync: SyncStatus(state: .ok, lastSuccess: Fixture.now - 179, datasets: []))))
        #expect(!fresh.plainText.contains("stale"))
    }

    @Test("an empty snapshot renders every page with 'no data' and no crash")
    func empty() {
        let snapshot = DashboardSnapshot.empty(source: SourceInfo(profile: "work", host: "api.openai.com", isDemo: false), now: Fixture.now)
        for page in Page.allCases {
            var state = Fixture.state(page: page, snapshot: snapshot)
            press([.down, .end, .enter, .char("v"), .char("["), .char("g")], &state)
            // Enter on the Usage page flashes a hint; let it expire so the status line shows.
            _ = reduce(&state, .tick(state.now + 3_600))
            let text = screen(state).plainText
            #expect(text.contains("no data yet"))
            if page == .usage { assertSnapshot(screen(state).textDump, named: "empty-usage-80x24") }
        }
    }
}
