// MARK: - Embedded price table

/// Per-token rates of one price tier, in pico-dollars per token (= USD per 1M tokens × 10⁶).
struct SimTokenRates: Sendable, Equatable {
    /// Uncached input tokens.
    let input: PicoUSD
    /// Cached input tokens.
    let cachedInput: PicoUSD
    /// Output tokens.
    let output: PicoUSD
}

/// The simulator's own price row for one dated model snapshot.
///
/// Figures are the rows of `prices-openai.tsv` and the flex/priority tables of
/// `notes/pricing.md` §2 that the simulated organization uses, embedded so the simulator does not
/// share a price table with the client. Batch cached input falls back to the cached rate where
/// the sources give none (`pricing.md` §3.2).
struct SimModelPrice: Sendable {
    /// Dated snapshot id as the Usage API reports it, e.g. `gpt-4.1-2025-04-14`.
    let model: String
    /// Standard (`service_tier` = `default`) text rates.
    let standard: SimTokenRates
    /// Batch API rates (`batch` = true).
    let batch: SimTokenRates?
    /// `flex` tier rates.
    let flex: SimTokenRates?
    /// `priority` tier rates.
    let priority: SimTokenRates?
    /// Audio-token rates (input, cached input, output), for audio models.
    let audio: SimTokenRates?

    /// The text rates that apply to a row with this `batch` flag and `service_tier`.
    func rates(batch isBatch: Bool, serviceTier: String?) -> SimTokenRates {
        if isBatch { return batch ?? standard }
        switch serviceTier {
        case "flex": return flex ?? standard
        case "priority": return priority ?? standard
        default: return standard
        }
    }
}

/// Prices of the models and tools the simulated organization uses (USD, exact).
enum SimPriceTable {
    private static func r(_ input: PicoUSD, _ cached: PicoUSD, _ output: PicoUSD) -> SimTokenRates {
        SimTokenRates(input: input, cachedInput: cached, output: output)
    }

    /// Token-priced models by dated snapshot id.
    static let models: [String: SimModelPrice] = {
        let rows: [SimModelPrice] = [
            SimModelPrice(model: "gpt-4.1-2025-04-14",
                          standard: r(2_000_000, 500_000, 8_000_000), batch: r(1_000_000, 500_000, 4_000_000),
                          flex: nil, priority: r(3_500_000, 875_000, 14_000_000), audio: nil),
            SimModelPrice(model: "gpt-4.1-mini-2025-04-14",
                          standard: r(400_000, 100_000, 1_600_000), batch: r(200_000, 100_000, 800_000),
                          flex: nil, priority: r(700_000, 175_000, 2_800_000), audio: nil),
            SimModelPrice(model: "gpt-4.1-nano-2025-04-14",
                          standard: r(100_000, 25_000, 400_000), batch: r(50_000, 25_000, 200_000),
                          flex: nil, priority: r(200_000, 50_000, 800_000), audio: nil),
            SimModelPrice(model: "gpt-4o-mini-2024-07-18",
                          standard: r(150_000, 75_000, 600_000), batch: r(75_000, 75_000, 300_000),
                          flex: nil, priority: r(250_000, 125_000, 1_000_000), audio: nil),
            SimModelPrice(model: "o4-mini-2025-04-16",
                          standard: r(1_100_000, 275_000, 4_400_000), batch: r(550_000, 275_000, 2_200_000),
                          flex: r(550_000, 138_000, 2_200_000), priority: r(2_000_000, 500_000, 8_000_000), audio: nil),
            SimModelPrice(model: "gpt-5-mini-2025-08-07",
                          standard: r(250_000, 25_000, 2_000_000), batch: r(125_000, 12_500, 1_000_000),
                          flex: r(125_000, 12_500, 1_000_000), priority: r(450_000, 45_000, 3_600_000), audio: nil),
            SimModelPrice(model: "gpt-audio-mini-2025-12-15",
                          standard: r(600_000, 600_000, 2_400_000), batch: nil, flex: nil, priority: nil,
                          audio: r(10_000_000, 10_000_000, 20_000_000)),
            // Not a public model: the internal preview of `--unpriced-model`, billed at the
            // simulator's own rate ($5 / $1.25 / $20 per 1M) so the bill has it but no price list does.
            SimModelPrice(model: SimConfiguration.unpricedModelID,
                          standard: r(5_000_000, 1_250_000, 20_000_000), batch: nil, flex: nil, priority: nil, audio: nil),
            SimModelPrice(model: "text-embedding-3-small",
                          standard: r(20_000, 20_000, 0), batch: r(10_000, 10_000, 0), flex: nil, priority: nil, audio: nil),
        ]
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.model, $0) })
    }()

    /// Web search tool calls: $10 per 1,000 calls.
    static let webSearchCall: PicoUSD = 10_000_000_000
    /// File search tool calls: $2.50 per 1,000 calls.
    static let fileSearchCall: PicoUSD = 2_500_000_000
    /// Code interpreter: $0.03 per session.
    static let codeInterpreterSession: PicoUSD = 30_000_000_000
    /// Vector storage: $0.10 per GiB per day.
    static let vectorStorageGiBDay: PicoUSD = 100_000_000_000
    /// Image generation per image, by size (dall-e-3 standard quality).
    static let imageBySize: [String: PicoUSD] = ["1024x1024": 40_000_000_000, "1024x1792": 80_000_000_000]
    /// Text to speech: $15 per 1M characters.
    static let speechCharacter: PicoUSD = 15_000_000
    /// Transcription: $0.006 per minute = $0.0001 per second.
    static let transcriptionSecond: PicoUSD = 100_000_000
}
