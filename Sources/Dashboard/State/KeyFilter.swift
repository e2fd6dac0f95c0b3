import UsageCore

/// The API keys page's filter (`/`): a case-insensitive substring or regular expression matched
/// against each key's name, project name, owner label (`ana@example.com`, `svc: ci`) and
/// redacted value.
///
/// The rule, so a person can predict it: the text is a **regular expression** when it contains
/// one of ``metacharacters`` (`^ $ * + ? ( ) [ ] { } | \`) and compiles; otherwise it is a plain
/// **substring**. A dot alone does not make a regex, so emails and redacted keys
/// (`sk-proj-...9f2c`) match literally. Text with metacharacters that does not compile (`ci-(`)
/// falls back to a substring and ``note`` says so — a bad pattern never crashes or empties the
/// page silently. The title shows which: `filter: /re:^ci-/` or `filter: /support`.
public struct KeyFilter: Sendable, Hashable {
    /// How the text is matched.
    public enum Mode: Sendable, Hashable {
        /// Case-insensitive substring.
        case substring
        /// Case-insensitive regular expression (Swift `Regex` syntax).
        case regex
        /// Text with metacharacters that is not a valid regular expression: matched as a
        /// substring; `reason` is the compiler's message.
        case invalidRegex(reason: String)
    }

    /// Characters that make the text a regular expression (the dot is deliberately missing).
    public static let metacharacters: Set<Character> = ["^", "$", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "\\"]

    /// The text as typed (empty = no filter).
    public let text: String
    /// How it is matched (decided once, when the filter is set).
    public let mode: Mode

    /// The filter for `text`, with its mode decided by the rule above.
    public init(_ text: String) {
        self.text = text
        if text.contains(where: KeyFilter.metacharacters.contains) {
            do {
                _ = try Regex(text)
                mode = .regex
            } catch {
                mode = .invalidRegex(reason: String(describing: error))
            }
        } else {
            mode = .substring
        }
    }

    /// Whether the filter lets every key through.
    public var isEmpty: Bool { text.isEmpty }

    /// `re:^ci-/` for a regex, the text itself for a substring (the title puts `/` before it).
    public var title: String {
        mode == .regex ? "re:\(text)/" : text
    }

    /// A short note for the title when the text was meant as a regex but does not compile.
    public var note: String? {
        if case .invalidRegex = mode { return "not a valid regex: matched as text" }
        return nil
    }

    /// A matcher over the key's searchable fields, built once per filtering pass (the regex is
    /// compiled once, not per key).
    public func matcher() -> (KeySummary) -> Bool {
        if text.isEmpty { return { _ in true } }
        if mode == .regex, let regex = try? Regex(text).ignoresCase() {
            return { summary in KeyFilter.fields(summary).contains { $0.contains(regex) } }
        }
        let needle = text.lowercased()
        return { KeyOrdering.matches($0, needle: needle) }
    }

    /// The searchable fields of a key: name, project name, owner label, redacted value.
    static func fields(_ summary: KeySummary) -> [String] {
        [summary.key.name, summary.projectName ?? "", summary.key.owner?.label ?? "", summary.key.redactedValue]
    }
}
