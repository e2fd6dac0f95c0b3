import Foundation

/// OpenAI model prices read from a LiteLLM `model_prices_and_context_window.json` file
/// (`notes/pricing.md` §1.4): the bundled table, optionally merged with a user override file in
/// the same format.
///
/// Rates are USD per token (``PriceEntry``). ``lookup(_:)`` maps a model id as the Usage API
/// reports it to a key of the table (§2.1). A table is a value: building, merging and looking
/// up never touch the file system except ``load(path:)``.
public struct PriceTable: Sendable, Hashable {
    /// Which entries of a file are kept, by `litellm_provider`.
    public enum ProviderPolicy: Sendable, Hashable {
        /// Only `litellm_provider == "openai"` (LiteLLM's own file, the bundled table).
        case openAIOnly
        /// `openai`, or no provider at all (a hand-written override file).
        case openAIOrUnspecified
    }

    /// Entries by model key.
    public private(set) var entries: [String: PriceEntry]

    /// A table of `entries` (keyed by each entry's ``PriceEntry/model``; a later duplicate wins).
    public init(entries: [PriceEntry] = []) {
        var byModel: [String: PriceEntry] = [:]
        for entry in entries { byModel[entry.model] = entry }
        self.entries = byModel
    }

    /// The entry under exactly `model`, with no lookup rules.
    public subscript(model: String) -> PriceEntry? { entries[model] }

    /// Every model key, sorted.
    public var models: [String] { entries.keys.sorted() }

    /// This table with every entry of `override` replacing the entry of the same model key
    /// (whole entries, not field by field); models only in `override` are added.
    public func merged(with override: PriceTable) -> PriceTable {
        var result = self
        result.entries.merge(override.entries) { _, new in new }
        return result
    }
}

// MARK: - Bundled and user files

extension PriceTable {
    /// The prices compiled into usagetop (``BundledPrices``): `prices-openai.tsv` and the tier
    /// tables of `notes/pricing.md` §2, as of 2026-11-29.
    public static let bundled: PriceTable = {
        do {
            return try PriceTable(json: BundledPrices.json, policy: .openAIOnly)
        } catch {
            preconditionFailure("bundled price table is invalid: \(error)")  // caught by the tests
        }
    }()

    /// Reads a user override file in LiteLLM format, keeping `openai` entries and entries with no
    /// `litellm_provider` (``ProviderPolicy/openAIOrUnspecified``).
    ///
    /// - Parameter path: The file's path.
    /// - Returns: The file's prices; combine with ``merged(with:)``.
    /// - Throws: ``PriceFileError`` with the path and the reason (unreadable, not valid JSON with
    ///   line and column, or a field that is not a number).
    public static func load(path: String) throws(PriceFileError) -> PriceTable {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
            throw PriceFileError(path: path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PriceFileError(path: path, reason: "not UTF-8 text")
        }
        do {
            return try PriceTable(json: text, policy: .openAIOrUnspecified)
        } catch {
            throw PriceFileError(path: path, reason: error.reason)
        }
    }
}
