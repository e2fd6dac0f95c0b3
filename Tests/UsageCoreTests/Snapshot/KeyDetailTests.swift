import Foundation
import Testing
@testable import UsageCore

/// ``KeyDetail/load(store:request:prices:now:)`` on the hand-built cache of ``KeySpendFixture``.
@Suite("Key detail")
struct KeyDetailTests {
    typealias F = KeySpendFixture

    private func load(_ keyID: String, rejected: Bool, from: UnixSeconds = Fixture.nov(14),
                      to: UnixSeconds = Fixture.nov(16)) throws -> KeyDetail {
        try KeyDetail.load(store: try F.store(rejected: rejected), request: KeyDetailRequest(keyID: keyID, from: from, to: to),
                           prices: F.prices, now: Fixture.now)
    }

    @Test("billed: daily cost from costs by api_key_id; activity is completions plus embeddings")
    func billed() throws {
        let d = try load("key_a", rejected: false)
        #expect(d.keyID == "key_a")
        #expect(d.days == [Fixture.nov(14), Fixture.nov(15)])
        #expect(d.dailyCost == [F.usd("3.5"), F.usd("3.5")])
        #expect(!d.costIsEstimate)
        // 1M completions input (200k cached), 100k output, 10 requests + 2M embedding tokens, 4 requests.
        let day = Activity(inputUncached: 2_800_000, inputCached: 200_000, output: 100_000, requests: 14)
        #expect(d.dailyActivity == [day, day])
    }

    @Test("refused: daily cost is the estimate; models and tiers carry estimates, biggest first")
    func estimated() throws {
        let d = try load("key_a", rejected: true)
        #expect(d.costIsEstimate)
        #expect(d.dailyCost == [F.usd("1.3"), F.usd("1.3")])
        #expect(d.models.map(\.name) == ["test-chat", "test-embed"])
        #expect(d.models.map(\.estimate) == [F.usd("2.2"), F.usd("0.4")])
        #expect(d.models[1].activity == Activity(inputUncached: 4_000_000, requests: 8))
        #expect(d.serviceTiers.map(\.name) == ["default"])
        #expect(d.serviceTiers.first?.estimate == F.usd("2.6"))
    }

    @Test("batch rows form the batch tier, at batch rates")
    func batchTier() throws {
        let d = try load("key_b", rejected: true)
        #expect(d.serviceTiers.map(\.name) == ["batch"])
        #expect(d.serviceTiers.first?.estimate == F.usd("3"))
        #expect(d.serviceTiers.first?.activity == Activity(inputUncached: 2_000_000, output: 2_000_000, requests: 20))
    }

    @Test("an unpriced model has no estimate (unknown), with its tokens counted")
    func unpricedModel() throws {
        let d = try load("key_c", rejected: true)
        let share = try #require(d.models.first)
        #expect(share.name == "mystery-model" && share.estimate == nil && share.unpricedTokens == 5_000)
        #expect(d.dailyCost == [.zero, .zero], "priced part only: the share marks what is unknown")
    }

    @Test("days without a bucket are no data; days after today are dropped; an empty range has no days")
    func range() throws {
        let d = try load("key_a", rejected: false, from: Fixture.nov(13) + 3_600, to: Fixture.nov(20))
        #expect(d.days == [Fixture.nov(13), Fixture.nov(14), Fixture.nov(15)])
        #expect(d.dailyCost == [nil, F.usd("3.5"), F.usd("3.5")])
        #expect(d.dailyActivity.first == .some(nil))
        let empty = try load("key_a", rejected: false, from: Fixture.nov(15), to: Fixture.nov(15))
        #expect(empty.days.isEmpty && empty.dailyCost.isEmpty && empty.models.isEmpty)
        let unknown = try load("key_zzz", rejected: false)
        #expect(unknown.dailyCost == [.zero, .zero] && unknown.dailyActivity == [.zero, .zero] && unknown.models.isEmpty)
    }
}
