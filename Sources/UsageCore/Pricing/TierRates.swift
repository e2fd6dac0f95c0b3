import Foundation

/// The ten rates of the formula of `notes/pricing.md` §4.2 for one model in one tier, with every
/// fallback already applied (USD per token; `nil` only when the model has no input or no output
/// price at all).
///
/// Fallbacks (§1.2 LiteLLM's rule, §1.4 item 3, §4.2):
/// - a tier-suffixed key missing → the standard key, marked ``ResolvedRate/tierFallback``;
/// - cache read, cache write, audio input, image input missing → the input rate;
/// - audio / image output missing → the output rate;
/// - cached audio / cached image missing → the model's cache-read rate if it has one, else its
///   audio / image input rate (a model that publishes no cache price bills cached tokens as
///   ordinary input of that modality).
struct TierRates: Sendable, Hashable {
    var input: ResolvedRate?
    var cacheRead: ResolvedRate?
    var cacheWrite: ResolvedRate?
    var inputAudio: ResolvedRate?
    var cacheReadAudio: ResolvedRate?
    var inputImage: ResolvedRate?
    var cacheReadImage: ResolvedRate?
    var output: ResolvedRate?
    var outputAudio: ResolvedRate?
    var outputImage: ResolvedRate?
    /// Whether the model has a distinct 12-hour cache-write rate in this tier or the standard one.
    var hasLongTTLCacheWrite: Bool

    init(_ entry: PriceEntry, tier: PriceTier) {
        func r(_ field: RateField) -> ResolvedRate? { entry.resolvedRate(field, tier) }
        input = r(.input)
        output = r(.output)
        let explicitCacheRead = r(.cacheRead)
        cacheRead = explicitCacheRead ?? input
        cacheWrite = r(.cacheWrite) ?? input
        inputAudio = r(.inputAudio) ?? input
        outputAudio = r(.outputAudio) ?? output
        cacheReadAudio = r(.cacheReadAudio) ?? explicitCacheRead ?? inputAudio
        inputImage = r(.inputImage) ?? input
        outputImage = r(.outputImage) ?? output
        cacheReadImage = r(.cacheReadImage) ?? explicitCacheRead ?? inputImage
        hasLongTTLCacheWrite = r(.cacheWrite12h) != nil
    }
}
