import Foundation
import Testing
@testable import UsageCore

extension PricingTests {
    /// ``BulkEstimator`` (integer femto-dollar rates, resolved once per combination) must give
    /// exactly ``CostEstimator``'s estimate rounded to nano-dollars, for every bundled model.
    @Suite struct BulkEstimatorTests {
        typealias P = PricingFixtures

        /// The reference: the estimator's exact result, rounded to nano-dollars.
        static func reference(_ estimator: CostEstimator, _ record: UsageRecord) -> BulkEstimator.Outcome {
            let estimate = estimator.estimate(record)
            switch estimate.status {
            case .priced: return .priced(nanos: Nanodollars.from(estimate.cost!)!)
            case .unpriced: return .unpriced
            case .excluded: return .excluded
            }
        }

        /// Records exercising every line of the formula in both usage schemas.
        static func records(_ model: String?) -> [UsageRecord] {
            let current: [String: Int64] = [
                "input_tokens": 1_234_567 + 345_678 + 9_999, "input_uncached_tokens": 1_234_567, "input_cached_tokens": 345_678,
                "input_cache_write_tokens": 9_999, "input_text_tokens": 1_000_000, "input_cached_text_tokens": 300_000,
                "input_audio_tokens": 200_000, "input_cached_audio_tokens": 45_678, "input_image_tokens": 34_567,
                "input_cached_image_tokens": 0, "output_tokens": 777_777, "output_text_tokens": 700_000,
                "output_audio_tokens": 70_000, "output_image_tokens": 7_777, "num_model_requests": 321]
            let old: [String: Int64] = ["input_tokens": 999_999, "input_cached_tokens": 123_457, "output_tokens": 55_555,
                                        "input_audio_tokens": 3_333, "output_audio_tokens": 1_111, "num_model_requests": 12]
            var out: [UsageRecord] = []
            for (batch, tier) in [(false, "default"), (true, "default"), (false, "flex"), (false, "priority"),
                                  (false, "scale"), (false, "incentivized-tier"), (false, "fast")] {
                out.append(P.completions(model, batch: batch, tier: tier, current))
                out.append(P.completions(model, batch: batch, tier: tier, old))
                out.append(P.completions(model, batch: batch, tier: tier, P.textMetrics(uncached: 10, output: 3)))
            }
            if let model { out.append(P.embeddings(model, inputTokens: 987_654_321)) }
            return out
        }

        @Test("equals CostEstimator rounded to nano-dollars for every bundled model, tier and schema")
        func matchesEstimator() {
            let estimator = CostEstimator()
            var bulk = BulkEstimator(estimator)
            var priced = 0
            let models: [String?] = PriceTable.bundled.models + ["gpt-4.1-2025-04-14", "no-such-model", nil,
                                                                 "ft:gpt-4.1-mini-2025-04-14:acme::abc123"]
            for model in models {
                for record in Self.records(model) {
                    let expected = Self.reference(estimator, record)
                    #expect(bulk.price(record) == expected, "\(model ?? "nil") \(record.dimensions)")
                    if case .priced = expected { priced += 1 }
                }
            }
            #expect(priced > 1_000)
        }

        @Test("a rate finer than a femto-dollar per token falls back to the exact estimator")
        func fineRate() throws {
            let prices = try PriceTable(json: """
                {"odd": {"litellm_provider": "openai", "input_cost_per_token": 1.234567890123456789e-07, "output_cost_per_token": 1e-06}}
                """)
            let estimator = CostEstimator(prices: prices)
            var bulk = BulkEstimator(estimator)
            let record = P.completions("odd", P.textMetrics(uncached: 123_456_789, output: 1))
            #expect(BulkEstimator.femto(P.d("0.0000001234567890123456789")) == nil)
            #expect(bulk.price(record) == Self.reference(estimator, record))
            #expect(BulkEstimator.nanos(femto: 1_500_000) == 2 && BulkEstimator.nanos(femto: -1_500_000) == -2
                    && BulkEstimator.nanos(femto: 1_499_999) == 1)
        }
    }
}
