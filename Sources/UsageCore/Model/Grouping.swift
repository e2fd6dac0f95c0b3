/// The set of dimensions a series was fetched with (`group_by`), in canonical order.
///
/// Each grouping is its own series: totals never add rows of two different groupings
/// (DESIGN.md §2). The empty grouping is the ungrouped total.
public struct Grouping: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The dimensions, sorted by raw value and without duplicates.
    public let dimensions: [Dimension]

    /// A grouping by `dimensions` (order and duplicates do not matter).
    public init(_ dimensions: [Dimension]) {
        self.dimensions = Array(Set(dimensions)).sorted()
    }

    /// The ungrouped series.
    public static let none = Grouping([])

    /// `api_key_id,model` — the canonical text form stored in the cache; `""` when ungrouped.
    public var key: String { dimensions.map(\.rawValue).joined(separator: ",") }

    /// Parses the text form written by ``key``; unknown names are dropped.
    public init(key: String) {
        self.init(key.split(separator: ",").compactMap { Dimension(rawValue: String($0)) })
    }

    public var description: String { key.isEmpty ? "(none)" : key }
}
