import Foundation

/// A validated Admin API base URL such as `https://api.openai.com/v1` or
/// `http://127.0.0.1:8787/v1`, without a trailing slash.
///
/// Plain `http://` is accepted only for loopback hosts (`localhost`, `127.0.0.0/8`, `::1`) —
/// the simulator — so an Admin key never travels unencrypted (DESIGN.md §6). URLs with
/// credentials, a query or a fragment are refused.
struct APIBaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The URL text, e.g. `https://api.openai.com/v1`.
    let text: String

    /// Validates `string`.
    ///
    /// - Throws: ``AdminAPIError/invalidBaseURL(_:)`` saying what is wrong.
    init(_ string: String) throws(AdminAPIError) {
        let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(),
              let host = components.host, !host.isEmpty
        else { throw .invalidBaseURL("not an absolute URL: \(trimmed)") }
        guard components.user == nil, components.password == nil else {
            throw .invalidBaseURL("credentials in the URL are not allowed")
        }
        guard components.query == nil, components.fragment == nil else {
            throw .invalidBaseURL("a base URL has no query or fragment: \(trimmed)")
        }
        switch scheme {
        case "https":
            break
        case "http":
            guard Self.isLoopback(host) else {
                throw .invalidBaseURL("plain http:// is allowed only for loopback hosts (127.0.0.1, ::1, localhost): \(trimmed)")
            }
        default:
            throw .invalidBaseURL("scheme must be https (or http for loopback): \(trimmed)")
        }
        var text = trimmed
        while text.hasSuffix("/") { text.removeLast() }
        self.text = text
    }

    var description: String { text }

    /// Whether `host` names this machine: `localhost`, an IPv4 address in `127.0.0.0/8`, or `::1`.
    static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if h == "localhost" || h == "::1" || h == "0:0:0:0:0:0:0:1" { return true }
        let octets = h.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets[0] == "127" else { return false }
        return octets.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
                && (Int(part).map { $0 <= 255 } ?? false)
        }
    }
}
