import Foundation
@testable import UsageCore

/// The pricing tests (`Tests/UsageCoreTests/Pricing`), grouped so `--filter Pricing` selects them.
enum PricingTests {}

/// Helpers for the pricing tests: exact decimals from text, per-1M conversion and records.
enum PricingFixtures {
    /// An exact `Decimal` from its decimal text (never from a `Double` literal).
    static func d(_ text: String) -> Decimal {
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            preconditionFailure("bad decimal literal \(text)")
        }
        return value
    }

    /// `tokens` × a published `$/1M` figure, in USD, exact.
    static func cost(_ tokens: Int64, perMillion: String) -> Decimal {
        Decimal(tokens) * d(perMillion) / 1_000_000
    }

    /// Shorthand for ``cost(_:perMillion:)``: `tokens` × `perMillion` $/1M, in USD.
    static func c(_ tokens: Int64, _ perMillion: String) -> Decimal { cost(tokens, perMillion: perMillion) }

    /// A one-day completions record with dimensions `model`, `batch`, `service_tier` and `metrics`.
    static func completions(_ model: String?, batch: Bool = false, tier: String? = "default",
                            _ metrics: [String: Int64]) -> UsageRecord {
        var dims: [UsageCore.Dimension: String] = [.batch: batch ? "true" : "false"]
        if let model { dims[.model] = model }
        if let tier { dims[.serviceTier] = tier }
        return UsageRecord(dataset: .completions, grouping: Grouping([.model, .batch, .serviceTier]), width: .day,
                           startTime: 1_764_374_400, endTime: 1_764_460_800, dimensions: dims, metrics: metrics)
    }

    /// Current-schema text-only metrics: `uncached` + `cached` + `write` input, `output` output.
    static func textMetrics(uncached: Int64, cached: Int64 = 0, write: Int64 = 0, output: Int64 = 0,
                            requests: Int64 = 1) -> [String: Int64] {
        ["input_tokens": uncached + cached + write, "input_uncached_tokens": uncached,
         "input_cached_tokens": cached, "input_cache_write_tokens": write,
         "input_text_tokens": uncached, "input_cached_text_tokens": cached,
         "input_audio_tokens": 0, "input_cached_audio_tokens": 0, "input_image_tokens": 0, "input_cached_image_tokens": 0,
         "output_tokens": output, "output_text_tokens": output, "output_audio_tokens": 0, "output_image_tokens": 0,
         "num_model_requests": requests]
    }

    /// A one-day embeddings record.
    static func embeddings(_ model: String, inputTokens: Int64, requests: Int64 = 1) -> UsageRecord {
        UsageRecord(dataset: .embeddings, grouping: Grouping([.model]), width: .day,
                    startTime: 1_764_374_400, endTime: 1_764_460_800, dimensions: [.model: model],
                    metrics: ["input_tokens": inputTokens, "num_model_requests": requests])
    }
}
