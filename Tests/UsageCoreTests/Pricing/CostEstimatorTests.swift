import Foundation
import Testing
@testable import UsageCore

extension PricingTests {
    /// Cost math against published prices (`notes/pricing.md` §2, §3, §4.2). Every expected figure is
    /// worked out here from the $/1M prices of the notes, not read back from the table.
    @Suite struct CostEstimatorTests {
        typealias F = PricingFixtures
        let estimator = CostEstimator()

        private func cost(_ record: UsageRecord) throws -> Decimal {
            let estimate = estimator.estimate(record)
            #expect(estimate.status == .priced)
            return try #require(estimate.cost).value
        }

        // MARK: - Caching

        @Test func cachedTokensAreBilledAtTheCachedRateAndNotTwice() throws {
            // gpt-4.1: 1M input of which 400k cached → 600k × $2/1M + 400k × $0.5/1M
            let expected = F.c(600_000, "2") + F.c(400_000, "0.5")
            #expect(expected == F.d("1.4"))
            let current = F.completions("gpt-4.1", F.textMetrics(uncached: 600_000, cached: 400_000))
            #expect(try cost(current) == expected)
            // current schema without the per-modality fields
            let coarse = F.completions("gpt-4.1", ["input_tokens": 1_000_000, "input_uncached_tokens": 600_000,
                                                   "input_cached_tokens": 400_000, "output_tokens": 0, "num_model_requests": 3])
            #expect(try cost(coarse) == expected)
            // old schema: uncached = input − cached
            let old = F.completions("gpt-4.1", ["input_tokens": 1_000_000, "input_cached_tokens": 400_000,
                                                "output_tokens": 0, "num_model_requests": 3])
            #expect(try cost(old) == expected)
        }

        @Test func aModelWithoutACachedRateBillsCachedTokensAsInput() throws {
            // gpt-4o-2024-05-13 has no cached rate: 100k cached at $5/1M, 50k output at $15/1M
            let record = F.completions("gpt-4o-2024-05-13", F.textMetrics(uncached: 0, cached: 100_000, output: 50_000))
            #expect(try cost(record) == F.c(100_000, "5") + F.c(50_000, "15"))
        }

        @Test func cacheWritesCost125PercentOfInputFromGPT56On() throws {
            // gpt-5.6-terra: $2 input, write 1.25 × $2 = $2.5, cached $0.2, output $12
            let record = F.completions("gpt-5.6-terra",
                F.textMetrics(uncached: 100_000, cached: 60_000, write: 40_000, output: 10_000))
            let write = Decimal(40_000) * (F.d("1.25") * 2) / 1_000_000
            let expected = F.c(100_000, "2") + write + F.c(60_000, "0.2") + F.c(10_000, "12")
            let estimate = estimator.estimate(record)
            #expect(estimate.cost?.value == expected)
            // the 12-hour write rate ($5) cannot be told apart in usage: flagged as a possible underestimate
            #expect(estimate.flags == [.cacheWriteTTLUnknown])
        }

        @Test func cacheWritesBeforeGPT56AreBilledAsOrdinaryInput() throws {
            // no cache-write price before GPT-5.6: LiteLLM's fallback to the input rate, no surcharge
            let record = F.completions("gpt-4.1-2025-04-14", F.textMetrics(uncached: 1_000, cached: 500, write: 200, output: 100))
            let estimate = estimator.estimate(record)
            #expect(estimate.cost?.value == F.c(1_200, "2") + F.c(500, "0.5") + F.c(100, "8"))
            #expect(estimate.flags.isEmpty)
        }

        // MARK: - Batch and service tiers

        @Test func batchRowsCostHalfAndBatchWinsOverTheTier() throws {
            // gpt-4.1-mini batch: $0.2 in, $0.8 out (half of $0.4 / $1.6)
            let metrics = F.textMetrics(uncached: 1_800_000, output: 400_000)
            let expected = F.c(1_800_000, "0.2") + F.c(400_000, "0.8")
            #expect(expected * 2 == F.c(1_800_000, "0.4") + F.c(400_000, "1.6"))
            #expect(try cost(F.completions("gpt-4.1-mini-2025-04-14", batch: true, metrics)) == expected)
            let priorityBatch = estimator.estimate(F.completions("gpt-4.1-mini-2025-04-14", batch: true, tier: "priority", metrics))
            #expect(priorityBatch.cost?.value == expected)
            #expect(priorityBatch.tier == .batch)
        }

        @Test func batchCachedInputFallsBackToTheCachedRateFlagged() throws {
            // gpt-4.1 has no batch cached rate (§3.2): standard cached $0.5, flagged
            let gpt41 = estimator.estimate(F.completions("gpt-4.1", batch: true,
                F.textMetrics(uncached: 1_000, cached: 2_000, output: 10)))
            #expect(gpt41.cost?.value == F.c(1_000, "1") + F.c(2_000, "0.5") + F.c(10, "4"))
            #expect(gpt41.flags == [.tierPriceUnknown])
            // gpt-5-mini has one: $0.0125, not flagged
            let g5mini = estimator.estimate(F.completions("gpt-5-mini-2025-08-07", batch: true,
                F.textMetrics(uncached: 1_000, cached: 2_000, output: 10)))
            #expect(g5mini.cost?.value == F.c(1_000, "0.125") + F.c(2_000, "0.0125") + F.c(10, "1"))
            #expect(g5mini.flags.isEmpty)
            // without cached tokens nothing falls back, so nothing is flagged
            #expect(estimator.estimate(F.completions("gpt-4.1", batch: true,
                F.textMetrics(uncached: 1_000, output: 10))).flags.isEmpty)
        }

        @Test(arguments: ["flex", "flex-tier", "FLEX"])
        func flexTierUsesFlexRates(tier: String) throws {
            // gpt-5-mini flex: 0.125 / 0.0125 / 1
            let record = F.completions("gpt-5-mini-2025-08-07", tier: tier,
                F.textMetrics(uncached: 2_000_000, cached: 1_000_000, output: 800_000))
            let estimate = estimator.estimate(record)
            #expect(estimate.cost?.value == F.c(2_000_000, "0.125") + F.c(1_000_000, "0.0125") + F.c(800_000, "1"))
            #expect(estimate.tier == .flex)
            #expect(estimate.flags.isEmpty)
        }

        @Test func o4MiniFlexCachedRateIsTheListedOne() throws {
            let record = F.completions("o4-mini-2025-04-16", tier: "flex", F.textMetrics(uncached: 2_000, cached: 500, output: 1_500))
            #expect(try cost(record) == F.c(2_000, "0.55") + F.c(500, "0.138") + F.c(1_500, "2.2"))
        }

        @Test(arguments: ["priority", "fast", "priority-tier"])
        func priorityTierUsesPriorityRates(tier: String) throws {
            // gpt-4.1 priority: 3.5 / 0.875 / 14
            let record = F.completions("gpt-4.1-2025-04-14", tier: tier,
                F.textMetrics(uncached: 900_000, cached: 1_500_000, output: 300_000))
            let estimate = estimator.estimate(record)
            #expect(estimate.cost?.value == F.c(900_000, "3.5") + F.c(1_500_000, "0.875") + F.c(300_000, "14"))
            #expect(estimate.tier == .priority)
            #expect(estimate.flags.isEmpty)
        }

        @Test func aTierWithoutPricesIsChargedStandardAndFlagged() throws {
            // gpt-4o-2024-05-13 has no priority prices: $5 / $15, flagged "tier price unknown"
            let estimate = estimator.estimate(F.completions("gpt-4o-2024-05-13", tier: "priority",
                F.textMetrics(uncached: 10_000, output: 1_000)))
            #expect(estimate.cost?.value == F.c(10_000, "5") + F.c(1_000, "15"))
            #expect(estimate.flags == [.tierPriceUnknown])
        }

        @Test func unknownTiersAreStandardButUnreconciledAndScaleIsExcluded() throws {
            let metrics = F.textMetrics(uncached: 10_000, output: 1_000, requests: 4)
            let odd = estimator.estimate(F.completions("gpt-4.1", tier: "incentivized-tier", metrics))
            #expect(odd.cost?.value == F.c(10_000, "2") + F.c(1_000, "8"))
            #expect(odd.flags == [.unreconciledServiceTier])
            for tier in [nil, "default", "auto"] as [String?] {
                #expect(estimator.estimate(F.completions("gpt-4.1", tier: tier, metrics)) .flags.isEmpty)
            }
            let scale = estimator.estimate(F.completions("gpt-4.1", tier: "scale", metrics))
            #expect(scale.status == .excluded && scale.cost == nil)
            #expect(scale.flags == [.scaleTierExcluded])
            #expect(scale.tokens == 11_000 && scale.requests == 4)
        }

        // MARK: - Modalities

        @Test func audioTokensUseTheAudioRates() throws {
            // gpt-audio-mini: text $0.6 / $2.4, audio $10 / $20; dated id priced by its base
            let metrics: [String: Int64] = [
                "input_tokens": 1_500, "input_uncached_tokens": 1_500, "input_cached_tokens": 0, "input_cache_write_tokens": 0,
                "input_text_tokens": 300, "input_cached_text_tokens": 0, "input_audio_tokens": 1_200, "input_cached_audio_tokens": 0,
                "input_image_tokens": 0, "input_cached_image_tokens": 0,
                "output_tokens": 900, "output_text_tokens": 100, "output_audio_tokens": 800, "output_image_tokens": 0,
                "num_model_requests": 1]
            let estimate = estimator.estimate(F.completions("gpt-audio-mini-2025-12-15", metrics))
            #expect(estimate.priceKey == "gpt-audio-mini")
            #expect(estimate.cost?.value == F.c(300, "0.6") + F.c(1_200, "10")
                + F.c(100, "2.4") + F.c(800, "20"))
            #expect(estimate.tokens == 2_400)
        }

        @Test func cachedAudioAndImageTokensUseTheirOwnRates() throws {
            // gpt-realtime: text $4 / $16, cached $0.4, audio $32 / $64, cached audio $0.4, image in $5
            let metrics: [String: Int64] = [
                "input_tokens": 1_000 + 2_000 + 3_000 + 4_000 + 500, "input_uncached_tokens": 1_000 + 3_000 + 500,
                "input_cached_tokens": 2_000 + 4_000, "input_cache_write_tokens": 0,
                "input_text_tokens": 1_000, "input_cached_text_tokens": 2_000, "input_audio_tokens": 3_000,
                "input_cached_audio_tokens": 4_000, "input_image_tokens": 500, "input_cached_image_tokens": 0,
                "output_tokens": 700, "output_text_tokens": 200, "output_audio_tokens": 500, "output_image_tokens": 0]
            let expected = F.c(1_000, "4") + F.c(2_000, "0.4") + F.c(3_000, "32")
                + F.c(4_000, "0.4") + F.c(500, "5") + F.c(200, "16") + F.c(500, "64")
            let estimate = estimator.estimate(F.completions("gpt-realtime", metrics))
            #expect(estimate.cost?.value == expected)
            #expect(estimate.flags.isEmpty)
        }

        @Test func cachedAudioWithoutAnyCachePriceIsBilledAsAudioInput() throws {
            // gpt-audio-mini publishes no cached rates: cached audio at the $10 audio input rate
            var metrics = F.textMetrics(uncached: 0)
            metrics["input_cached_audio_tokens"] = 1_000
            metrics["input_cached_tokens"] = 1_000
            metrics["input_tokens"] = 1_000
            #expect(try cost(F.completions("gpt-audio-mini", metrics)) == F.c(1_000, "10"))
        }

        @Test func oldSchemaAudioIsSeparateFromTextInput() throws {
            // old schema: input_tokens = text (cached included); input_audio_tokens separate
            let record = F.completions("gpt-audio-mini", ["input_tokens": 400, "input_cached_tokens": 100, "input_audio_tokens": 1_000,
                                                          "output_tokens": 50, "output_audio_tokens": 600, "num_model_requests": 2])
            let estimate = estimator.estimate(record)
            #expect(estimate.cost?.value == F.c(300, "0.6") + F.c(100, "0.6") + F.c(1_000, "10")
                + F.c(50, "2.4") + F.c(600, "20"))
            #expect(estimate.tokens == 2_050 && estimate.requests == 2)
        }

        @Test func embeddingsAreInputTokensTimesTheInputRate() throws {
            let estimate = estimator.estimate(F.embeddings("text-embedding-3-small", inputTokens: 3_000_000, requests: 5_000))
            #expect(estimate.cost?.value == F.c(3_000_000, "0.02"))
            #expect(estimate.tokens == 3_000_000 && estimate.requests == 5_000)
        }

        // MARK: - Unpriced and totals

        @Test func anUnknownModelIsUnpricedNeverZero() throws {
            let estimate = estimator.estimate(F.completions("gpt-9-preview",
                F.textMetrics(uncached: 5_000, cached: 1_000, output: 700, requests: 3)))
            #expect(estimate.status == .unpriced)
            #expect(estimate.cost == nil)
            #expect(estimate.tokens == 6_700 && estimate.requests == 3)
            let noModel = estimator.estimate(F.completions(nil, F.textMetrics(uncached: 10, requests: 1)))
            #expect(noModel.status == .unpriced && noModel.cost == nil)
        }

        @Test func datedSnapshotAndAliasAreNeverConfused() throws {
            let metrics = F.textMetrics(uncached: 1_000_000, output: 1_000_000)
            #expect(try cost(F.completions("gpt-4o-2024-05-13", metrics)) == 5 + 15)
            #expect(try cost(F.completions("gpt-4o", metrics)) == F.d("2.5") + 10)
            #expect(try cost(F.completions("gpt-4o-2024-08-06", metrics)) == F.d("2.5") + 10)
            let exact = estimator.estimate(F.completions("gpt-4.1-2025-04-14", metrics))
            #expect(exact.priceKey == "gpt-4.1-2025-04-14")
            let viaBase = estimator.estimate(F.completions("gpt-5.6-sol-2026-08-01", metrics))
            #expect(viaBase.priceKey == "gpt-5.6-sol")
            #expect(viaBase.cost?.value == F.c(1_000_000, "4") + F.c(1_000_000, "20"))
        }

        @Test func totalsSumExactlyAndCountWhatIsUnpriced() throws {
            let records = [
                F.completions("gpt-4.1-nano-2025-04-14", F.textMetrics(uncached: 1_234_567, output: 89_101, requests: 7)),
                F.completions("gpt-4.1-nano-2025-04-14", batch: true, F.textMetrics(uncached: 3, output: 1, requests: 1)),
                F.completions("mystery-model", F.textMetrics(uncached: 500, output: 20, requests: 2)),
                F.completions("mystery-model", F.textMetrics(uncached: 100, output: 0, requests: 1)),
                F.completions("other-unknown", F.textMetrics(uncached: 1, output: 1, requests: 1)),
                F.completions("gpt-4.1", tier: "scale", F.textMetrics(uncached: 40, output: 2, requests: 1)),
                F.embeddings("text-embedding-3-small", inputTokens: 7, requests: 1),
            ]
            let total = estimator.total(records)
            let expected = F.c(1_234_567, "0.1") + F.c(89_101, "0.4")
                + F.c(3, "0.05") + F.c(1, "0.2") + F.c(7, "0.02")
            #expect(total.cost.value == expected)
            #expect(total.pricedTokens == 1_234_567 + 89_101 + 4 + 7 && total.pricedRequests == 9)
            #expect(total.unpricedTokens == 622 && total.unpricedRequests == 4)
            #expect(total.unpricedModels == ["mystery-model", "other-unknown"])
            #expect(total.excludedTokens == 42 && total.excludedRequests == 1)
            #expect(total.flags == [.scaleTierExcluded])
            #expect(!total.isFullyPriced)
            let split = estimator.total(records.prefix(3)) + estimator.total(records.dropFirst(3))
            #expect(split == total)
        }

        @Test func aFineTuneWithoutItsOwnPriceIsFlaggedAtTheBaseRate() throws {
            let estimate = estimator.estimate(F.completions("ft:gpt-4.1-nano-2025-04-14:acme::x1",
                F.textMetrics(uncached: 1_000, output: 100)))
            #expect(estimate.cost?.value == F.c(1_000, "0.1") + F.c(100, "0.4"))
            #expect(estimate.priceKey == "gpt-4.1-nano-2025-04-14")
            #expect(estimate.flags == [.fineTuneAtBaseRate])
        }

        @Test func contradictoryCountsAreFlaggedNotNegative() throws {
            let record = F.completions("gpt-4.1", ["input_tokens": 100, "input_cached_tokens": 300, "output_tokens": 0])
            let estimate = estimator.estimate(record)
            #expect(estimate.cost?.value == F.c(300, "0.5"))
            #expect(estimate.flags == [.inconsistentCounts])
        }

        @Test func aModelWithoutTokenPricesIsUnpricedWhenItHasTokens() throws {
            let table = try PriceTable(json:
                #"{"dall-e-3": {"litellm_provider": "openai", "mode": "image_generation", "output_cost_per_image": 0.04}}"#)
            let estimate = CostEstimator(prices: table).estimate(F.completions("dall-e-3", F.textMetrics(uncached: 10)))
            #expect(estimate.status == .unpriced && estimate.priceKey == "dall-e-3")
        }
    }
}
