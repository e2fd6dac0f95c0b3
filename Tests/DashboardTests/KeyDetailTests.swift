import Foundation
@testable import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// The key detail page: Enter asks for the key's ``KeyDetail`` over the Usage page's range
/// (``Effect/loadKeyDetail(_:)``), shows `loading…` until ``Action/keyDetail(_:)`` answers,
/// reloads when the range changes, drops late answers, and draws daily spend and tokens, the
/// model mix (unpriced = unknown) and service tiers.
@Suite("Key detail")
struct KeyDetailTests {
    static let day = UTCCalendar.secondsPerDay
    static let novemberFirst = UTCCalendar.timestamp(year: 2026, month: 11, day: 1)
    /// The day after the fixture's today (Nov 29): month to date ends there, exclusive.
    static let november30 = UTCCalendar.timestamp(year: 2026, month: 11, day: 30)
    static let octoberFirst = UTCCalendar.timestamp(year: 2026, month: 10, day: 1)

    func screen(_ state: AppState) -> ScreenBuffer {
        withUTF8Locale()
        return RootView.render(state: state, theme: .plainUnicode, width: state.width, height: state.height)
    }

    func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { reduce(&state, .key($0)) }
    }

    /// A detail for `keyID` over November 1–29 (month to date at the fixture's now): estimated
    /// spend, one unpriced model, four service tiers.
    static func detail(_ keyID: String, from: UnixSeconds = novemberFirst, days count: Int = 29) -> KeyDetail {
        let days = (0..<count).map { from + Int64($0) * day }
        let activity = { (i: Int) in Activity(inputUncached: Int64(100_000 + i * 7_000), inputCached: 40_000, output: 20_000, requests: Int64(50 + i)) }
        return KeyDetail(
            keyID: keyID, days: days,
            dailyCost: days.indices.map { $0 == 3 ? nil : USD(cents: Int64(150 + ($0 * 37) % 200)) },
            costIsEstimate: true,
            dailyActivity: days.indices.map { $0 == 3 ? nil : activity($0) },
            models: [
                UsageShare(name: "gpt-4.1", activity: Activity(inputUncached: 3_000_000, inputCached: 900_000, output: 400_000, requests: 1_200),
                           estimate: USD(cents: 4_210)),
                UsageShare(name: "gpt-4.1-mini", activity: Activity(inputUncached: 800_000, output: 90_000, requests: 300), estimate: USD(cents: 96)),
                UsageShare(name: "mystery-model-x", activity: Activity(inputUncached: 200_000, output: 10_000, requests: 40), estimate: nil),
            ],
            serviceTiers: [
                UsageShare(name: "default", activity: Activity(inputUncached: 3_100_000, output: 300_000, requests: 1_100), estimate: USD(cents: 3_300)),
                UsageShare(name: "batch", activity: Activity(inputUncached: 700_000, output: 150_000, requests: 300), estimate: USD(cents: 700)),
                UsageShare(name: "flex", activity: Activity(inputUncached: 100_000, requests: 100), estimate: USD(cents: 206)),
                UsageShare(name: "priority", activity: Activity(inputUncached: 100_000, output: 50_000, requests: 40), estimate: nil),
            ])
    }

    @Test("Enter asks for the selected key over month to date (Nov 1 to Nov 30, exclusive); loading… until it answers")
    func enterLoads() {
        var state = Fixture.state(page: .apiKeys)
        let effects = press([.down, .enter], &state)
        let id = state.keys.detailKeyID
        #expect(id == "key_indexer")
        #expect(effects == [.loadKeyDetail(KeyDetailRequest(keyID: "key_indexer", from: Self.novemberFirst, to: Self.november30))])
        #expect(state.keys.loadedDetail == nil)
        let text = screen(state).plainText
        #expect(text.contains("loading…"))
        #expect(text.contains("Key · search-indexer · Month to date"))
        // Nothing changed: no second request.
        #expect(press([.char("x")], &state).isEmpty)
    }

    @Test("the answer is kept and drawn: daily spend (≈) and tokens, model mix with unknown, service tiers (snapshots)")
    func rendersDetail() {
        var state = Fixture.state(page: .apiKeys)
        _ = press([.down, .enter], &state)
        #expect(reduce(&state, .keyDetail(Self.detail("key_indexer"))).isEmpty)
        #expect(state.keys.loadedDetail == Self.detail("key_indexer"))
        let small = screen(state)
        assertSnapshot(small.textDump, named: "keys-detail-loaded-80x24")
        _ = reduce(&state, .resize(width: 120, height: 40))
        let large = screen(state)
        assertSnapshot(large.textDump, named: "keys-detail-loaded-120x40")
        for text in [small.plainText, large.plainText] {
            #expect(!text.contains("loading"))
            #expect(text.contains("≈Spend per day, USD"))
            #expect(text.contains("Model mix"))
            #expect(text.contains("Service tiers") || text.contains("Tiers, share of tokens: default 76% · batch 19%"))
            #expect(text.contains("mystery-model-x") && text.contains("unknown"))
            #expect(text.contains("≈$42.10"))
            #expect(text.contains("batch") && text.contains("flex"))
        }
        #expect(large.plainText.contains("Tokens per day"))
        #expect(large.plainText.contains("svc: indexer (member)"))
    }

    @Test("changing the Usage range while the detail is open asks again; a late answer for the old range is dropped")
    func rangeChange() {
        var state = Fixture.state(page: .apiKeys)
        _ = press([.down, .enter], &state)
        _ = reduce(&state, .keyDetail(Self.detail("key_indexer")))
        let effects = press([.char("1"), .char("[")], &state)
        #expect(state.usage.range == .previousMonth(monthsBack: 1))
        #expect(effects == [.loadKeyDetail(KeyDetailRequest(keyID: "key_indexer", from: Self.octoberFirst, to: Self.novemberFirst))])
        #expect(state.keys.loadedDetail == nil)
        // The November answer arriving late is not October's.
        _ = reduce(&state, .keyDetail(Self.detail("key_indexer")))
        #expect(state.keys.loadedDetail == nil)
        _ = reduce(&state, .keyDetail(Self.detail("key_indexer", from: Self.octoberFirst, days: 31)))
        #expect(state.keys.loadedDetail?.days.first == Self.octoberFirst)
        _ = press([.char("3")], &state)
        #expect(screen(state).plainText.contains("Key · search-indexer · Oct 2026"))
    }

    @Test("Esc closes and forgets the detail; another key's answer is ignored; a new snapshot reloads")
    func closeAndOthers() {
        var state = Fixture.state(page: .apiKeys)
        _ = press([.enter], &state)
        _ = reduce(&state, .keyDetail(Self.detail("key_ci")))
        #expect(state.keys.loadedDetail == nil)
        var newer = Fixture.snapshot()
        newer.now += 60
        let reload = reduce(&state, .snapshot(newer))
        #expect(reload == [.loadKeyDetail(KeyDetailRequest(keyID: "key_search_api", from: Self.novemberFirst, to: Self.november30))])
        _ = press([.escape], &state)
        #expect(state.keys.detailKeyID == nil && state.keys.detailRequest == nil && state.keys.detail == nil)
        #expect(reduce(&state, .keyDetail(Self.detail("key_search_api"))).isEmpty)
        #expect(state.keys.detail == nil)
    }
}
