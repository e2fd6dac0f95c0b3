import Foundation

/// A parsed Costs API `line_item` label (`notes/pricing.md` §5).
///
/// The docs give no grammar; real rows look like
/// `[<tier or surface> | ]<model id>[ <modality>], <input|cached input|cache writes|output>[, long context]`,
/// e.g. `gpt-4.1-2025-04-14, output`, `priority | gpt-5.6-sol, output, long context`,
/// `gpt-audio-mini-2025-12-15 audio, input`. Anything else (`web search tool calls`,
/// `whisper-1, audio`, `Image models`) is a non-token line item with no ``model``.
public struct LineItem: Sendable, Hashable {
    /// The kind of tokens a token line item bills.
    public enum TokenType: String, Sendable, Hashable, CaseIterable {
        case input
        case cachedInput = "cached input"
        case cacheWrites = "cache writes"
        case output
    }

    /// The label exactly as the API wrote it.
    public var raw: String
    /// The tier or surface before ` | ` (`priority`, `flex`, `assistants api`), if any.
    public var surface: String?
    /// The model id (dated snapshot, as the Usage API reports it) of a token line item; `nil`
    /// for a non-token line item.
    public var model: String?
    /// The modality word after the model (`audio`, `text`, `image`), if any.
    public var modality: String?
    /// The token type of a token line item.
    public var tokenType: TokenType?
    /// Whether the label ends with `, long context`.
    public var isLongContext: Bool

    /// Parses `label`; never fails (an unknown shape is a non-token line item).
    public init(parsing label: String) {
        raw = label
        surface = nil
        model = nil
        modality = nil
        tokenType = nil
        isLongContext = false

        var rest = Substring(label.trimmingCharacters(in: .whitespaces))
        if let bar = rest.range(of: " | ") {
            surface = String(rest[..<bar.lowerBound]).trimmingCharacters(in: .whitespaces)
            rest = rest[bar.upperBound...]
        }
        let parts = rest.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2, let type = LineItem.tokenType(parts[1]), !parts[0].isEmpty else { return }
        tokenType = type
        isLongContext = parts.dropFirst(2).contains { $0.lowercased() == "long context" }
        var head = parts[0]
        if let space = head.lastIndex(of: " ") {
            let word = head[head.index(after: space)...].lowercased()
            if LineItem.modalities.contains(word) {
                modality = word
                head = String(head[..<space]).trimmingCharacters(in: .whitespaces)
            }
        }
        model = head
    }

    /// The group a line item falls in when spend is broken down by model: the model id of a
    /// token line item, else the whole label.
    public var modelGroup: String { model ?? raw }

    private static let modalities: Set<String> = ["audio", "text", "image", "images", "video", "realtime"]

    private static func tokenType(_ text: String) -> TokenType? {
        switch text.lowercased() {
        case "input", "uncached input": .input
        case "cached input": .cachedInput
        case "cache writes", "cache write": .cacheWrites
        case "output": .output
        default: nil
        }
    }
}
