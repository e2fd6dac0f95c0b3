/// The token counts of one usage record split into the lines of the cost formula of
/// `notes/pricing.md` §4.2 (tokens), whichever schema the record uses.
///
/// - Current schema (`input_uncached_tokens` present): input by modality when
///   `input_text_tokens` is present, else uncached / cached / cache-write; output by modality
///   when `output_text_tokens` is present, else `output_tokens`.
/// - Old schema: uncached text = `input_tokens − input_cached_tokens`; `input_audio_tokens`
///   (cached audio included) and `output_audio_tokens` are separate from the text counts.
/// - Embeddings and moderations: `input_tokens` only.
struct TokenCounts: Sendable, Hashable {
    var inputText: Int64 = 0
    var cachedText: Int64 = 0
    var cacheWrite: Int64 = 0
    var inputAudio: Int64 = 0
    var cachedAudio: Int64 = 0
    var inputImage: Int64 = 0
    var cachedImage: Int64 = 0
    var outputText: Int64 = 0
    var outputAudio: Int64 = 0
    var outputImage: Int64 = 0
    /// Tokens of the record, input and output, every modality.
    var tokens: Int64 = 0
    /// Whether the record's dataset is priced per token.
    var isTokenPriced = true
    /// ``EstimateFlags/inconsistentCounts`` when parts did not add up.
    var flags: EstimateFlags = []

    init(_ record: UsageRecord) {
        let m = record.metrics
        func v(_ name: String) -> Int64 { m[name] ?? 0 }
        switch record.dataset {
        case .completions:
            if m["input_uncached_tokens"] != nil {
                readCurrentSchema(m)
            } else {
                readOldSchema(m)
            }
        case .embeddings, .moderations:
            inputText = v("input_tokens")
            tokens = inputText
        default:
            isTokenPriced = false
        }
    }

    private mutating func readCurrentSchema(_ m: [String: Int64]) {
        func v(_ name: String) -> Int64 { m[name] ?? 0 }
        let uncached = v("input_uncached_tokens"), cached = v("input_cached_tokens")
        cacheWrite = v("input_cache_write_tokens")
        if m["input_text_tokens"] != nil {
            inputText = v("input_text_tokens")
            inputAudio = v("input_audio_tokens")
            inputImage = v("input_image_tokens")
            cachedAudio = v("input_cached_audio_tokens")
            cachedImage = v("input_cached_image_tokens")
            cachedText = m["input_cached_text_tokens"] ?? nonNegative(cached - cachedAudio - cachedImage)
            if inputText + inputAudio + inputImage != uncached || cachedText + cachedAudio + cachedImage != cached {
                flags.insert(.inconsistentCounts)
            }
        } else {
            inputText = uncached
            cachedText = cached
        }
        if m["input_tokens"].map({ $0 != uncached + cached + cacheWrite }) == true { flags.insert(.inconsistentCounts) }
        if m["output_text_tokens"] != nil {
            outputText = v("output_text_tokens")
            outputAudio = v("output_audio_tokens")
            outputImage = v("output_image_tokens")
        } else {
            outputText = v("output_tokens")
        }
        tokens = (m["input_tokens"] ?? uncached + cached + cacheWrite)
            + (m["output_tokens"] ?? outputText + outputAudio + outputImage)
    }

    private mutating func readOldSchema(_ m: [String: Int64]) {
        func v(_ name: String) -> Int64 { m[name] ?? 0 }
        cachedText = v("input_cached_tokens")
        inputText = nonNegative(v("input_tokens") - cachedText)
        inputAudio = v("input_audio_tokens")
        outputText = v("output_tokens")
        outputAudio = v("output_audio_tokens")
        tokens = v("input_tokens") + inputAudio + outputText + outputAudio
    }

    private mutating func nonNegative(_ n: Int64) -> Int64 {
        if n < 0 { flags.insert(.inconsistentCounts) }
        return max(0, n)
    }

    /// (tokens, rate) for each line of the formula.
    func lines(_ r: TierRates) -> [(Int64, ResolvedRate?)] {
        Array(zip(lineTokens, Self.lineRates(r)))
    }

    /// The tokens of each line of the formula, in the order of ``lineRates(_:)``.
    var lineTokens: [Int64] {
        [inputText, cachedText, cacheWrite, inputAudio, cachedAudio, inputImage, cachedImage, outputText, outputAudio, outputImage]
    }

    /// The rate of each line of the formula, in the order of ``lineTokens``.
    static func lineRates(_ r: TierRates) -> [ResolvedRate?] {
        [r.input, r.cacheRead, r.cacheWrite, r.inputAudio, r.cacheReadAudio, r.inputImage, r.cacheReadImage,
         r.output, r.outputAudio, r.outputImage]
    }
}
