import Foundation

/// The Admin key (`sk-admin-…`), held so that it cannot leak by accident.
///
/// Its `description`, `debugDescription` and reflection (`dump`, `Mirror`) never show the value;
/// the only way out is ``authorizationHeaderValue`` for the `Authorization` header. ``redact(_:)``
/// scrubs the key from any text (error messages, server bodies) before it is shown or logged
/// (DESIGN.md §6).
struct AdminKeySecret: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    /// Wraps `key`, trimming surrounding whitespace and newlines (a key read from a command's
    /// output usually ends with `\n`).
    init(_ key: String) {
        self.value = key.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `Bearer <key>`, the `Authorization` header value.
    var authorizationHeaderValue: String { "Bearer " + value }

    /// Whether the key is empty.
    var isEmpty: Bool { value.isEmpty }

    /// `text` with every occurrence of the key replaced by `[redacted]`.
    func redact(_ text: String) -> String {
        value.isEmpty ? text : text.replacingOccurrences(of: value, with: "[redacted]")
    }

    var description: String { "[redacted admin key]" }
    var debugDescription: String { description }
    var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
