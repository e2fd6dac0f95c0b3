import Foundation

// MARK: - Reading LiteLLM's format

extension PriceTable {
    /// Parses a LiteLLM `model_prices_and_context_window.json` document (`notes/pricing.md` §1.4).
    ///
    /// - Skips `sample_spec` and entries whose `litellm_provider` the `policy` rejects.
    /// - Reads the ``RateField``s with and without the `_batches` / `_flex` / `_priority`
    ///   suffixes, and `mode`; ignores every other field. `null` counts as absent.
    /// - Numbers are read exactly from their JSON text (`4e-07` is 0.0000004).
    ///
    /// - Parameters:
    ///   - json: The document.
    ///   - policy: Which providers to keep (default: `openai` only, as in LiteLLM's own file).
    /// - Throws: ``PriceFileError`` (with `path == nil`) when the text is not JSON, the top level
    ///   or an entry is not an object, or a known rate is not a non-negative number.
    public init(json: String, policy: ProviderPolicy = .openAIOnly) throws(PriceFileError) {
        let root: PriceJSON
        do {
            root = try PriceJSONParser.parse(json)
        } catch {
            throw PriceFileError(path: nil, reason: "not valid JSON: \(error.description)")
        }
        guard case .object(let models) = root else {
            throw PriceFileError(path: nil, reason: "the top level is not a JSON object of models")
        }
        var entries: [PriceEntry] = []
        for (model, value) in models where model != "sample_spec" {
            guard case .object(let fields) = value else {
                throw PriceFileError(path: nil, reason: "model \"\(model)\" is not a JSON object")
            }
            let provider = try Self.string(fields["litellm_provider"], model: model, field: "litellm_provider")
            switch (policy, provider) {
            case (_, "openai"?), (.openAIOrUnspecified, nil): break
            default: continue
            }
            let mode = try Self.string(fields["mode"], model: model, field: "mode")
            var rates: [RateKey: Decimal] = [:]
            for field in RateField.allCases {
                for tier in PriceTier.allCases {
                    let key = RateKey(field, tier)
                    if let rate = try Self.rate(fields[key.name], model: model, field: key.name) {
                        rates[key] = rate
                    }
                }
            }
            entries.append(PriceEntry(model: model, mode: mode, provider: provider, rates: rates))
        }
        self.init(entries: entries)
    }

    private static func string(_ value: PriceJSON?, model: String, field: String) throws(PriceFileError) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let s)?: return s
        default: throw PriceFileError(path: nil, reason: "model \"\(model)\": \(field) is not a string")
        }
    }

    private static func rate(_ value: PriceJSON?, model: String, field: String) throws(PriceFileError) -> Decimal? {
        switch value {
        case nil, .null?:
            return nil
        case .number(let text)?:
            guard let rate = ExactDecimal.parse(text) else {
                throw PriceFileError(path: nil, reason: "model \"\(model)\": \(field) = \(text) is out of range")
            }
            guard rate >= 0 else {
                throw PriceFileError(path: nil, reason: "model \"\(model)\": \(field) = \(text) is negative")
            }
            return rate
        default:
            throw PriceFileError(path: nil, reason: "model \"\(model)\": \(field) is not a number (USD per token)")
        }
    }
}
