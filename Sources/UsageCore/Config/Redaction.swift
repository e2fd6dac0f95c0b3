import Foundation

/// Removes secrets from text before it reaches a log, an error, the cache or the screen
/// (DESIGN.md §6).
///
/// Every occurrence of a known secret (the Admin key in use) is replaced by `[REDACTED]`, and
/// anything else shaped like an OpenAI secret key (`sk-` followed by 16 or more key characters,
/// e.g. `sk-admin-…`, `sk-proj-…`) is replaced too, keeping its last four characters
/// (`sk-…9f2c`), the way the API's own redacted values look.
public struct Redaction: Sendable, Hashable {
    /// The exact secrets to remove (empty strings are ignored).
    public var secrets: [String]

    /// A redaction of `secrets` plus anything key-shaped.
    public init(secrets: [String] = []) {
        self.secrets = secrets.filter { !$0.isEmpty }
    }

    /// A redaction that only removes key-shaped text.
    public static let keyShaped = Redaction()

    /// `text` with every secret and key-shaped substring replaced.
    public func redact(_ text: String) -> String {
        var out = text
        for secret in secrets.sorted(by: { $0.count > $1.count }) {
            out = out.replacingOccurrences(of: secret, with: "[REDACTED]")
        }
        return Redaction.maskKeyShaped(out)
    }

    /// Replaces `sk-` + 16 or more of `[A-Za-z0-9_-]` with `sk-…` + the last four characters.
    private static func maskKeyShaped(_ text: String) -> String {
        guard text.contains("sk-") else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "sk-") {
            result += rest[..<range.lowerBound]
            let body = rest[range.upperBound...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            if body.count >= 16 {
                result += "sk-…" + body.suffix(4)
            } else {
                result += "sk-" + body
            }
            rest = rest[body.endIndex...]
        }
        return result + rest
    }
}
