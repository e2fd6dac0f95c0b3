/// A per-token rate field of LiteLLM's price file, by its LiteLLM name (`notes/pricing.md` §1.2).
///
/// Each field is USD **per token** and may appear with a ``PriceTier`` suffix. Fields not listed
/// here (`*_above_272k_tokens`, `input_cost_per_second`, `output_cost_per_image`, …) are ignored
/// when a file is read.
public enum RateField: String, Sendable, Hashable, CaseIterable {
    /// Uncached (text) input tokens.
    case input = "input_cost_per_token"
    /// Text output tokens (reasoning included).
    case output = "output_cost_per_token"
    /// Cached (cache-read) text input tokens.
    case cacheRead = "cache_read_input_token_cost"
    /// Cache-write input tokens at the standard TTL (GPT-5.6 family and later).
    case cacheWrite = "cache_creation_input_token_cost"
    /// Cache-write input tokens at the 12-hour TTL; the Usage API cannot tell these apart
    /// (`notes/pricing.md` §3.1), so it only raises ``EstimateFlags/cacheWriteTTLUnknown``.
    case cacheWrite12h = "cache_creation_input_token_cost_above_12hr"
    /// Uncached audio input tokens.
    case inputAudio = "input_cost_per_audio_token"
    /// Audio output tokens.
    case outputAudio = "output_cost_per_audio_token"
    /// Cached audio input tokens.
    case cacheReadAudio = "cache_read_input_audio_token_cost"
    /// Uncached image input tokens.
    case inputImage = "input_cost_per_image_token"
    /// Image output tokens.
    case outputImage = "output_cost_per_image_token"
    /// Cached image input tokens.
    case cacheReadImage = "cache_read_input_image_token_cost"

    /// The field name with a tier's suffix, e.g. `cache_read_input_token_cost_flex`.
    public func key(_ tier: PriceTier) -> String { rawValue + tier.suffix }
}
