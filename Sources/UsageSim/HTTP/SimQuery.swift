import Foundation

// MARK: - Query strings

/// Query-string parsing: `&`-separated `name=value`, `+` as space, percent-decoding, `[]` stripped.
enum SimQuery {
    /// The parameters of a raw query string, in order.
    static func parse(_ raw: String) -> [(name: String, value: String)] {
        raw.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            var name = decode(String(parts[0]))
            if name.hasSuffix("[]") { name.removeLast(2) }
            return (name, parts.count > 1 ? decode(String(parts[1])) : "")
        }
    }

    /// Form-decodes one name or value.
    static func decode(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
