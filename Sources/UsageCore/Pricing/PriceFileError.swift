/// Why a price file could not be used: which file, and what is wrong with it.
///
/// Messages are for people (`price file /home/me/prices.json: line 4, column 7: expected ','
/// or '}'`). A bad override file never replaces the prices already in use; the caller keeps the
/// last good table (COMMON.md, "Bad input never crashes").
public struct PriceFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path, or `nil` for JSON given as a string (e.g. the bundled table).
    public var path: String?
    /// What is wrong: unreadable, not JSON (with line and column), not an object, or a field of
    /// a model that is not a number (with model and field name).
    public var reason: String

    /// Creates an error.
    public init(path: String?, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `price file <path>: <reason>`.
    public var description: String { "price file \(path ?? "(inline)"): \(reason)" }
}
