/// One cached series: a bucketed ``Dataset`` fetched at one ``Grouping`` and one ``BucketWidth``.
///
/// Each series is stored and summed on its own: totals never add rows of two different series
/// (DESIGN.md §2, "Each grouping is its own series").
public struct SeriesKey: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The endpoint (`/organization/costs`, `/organization/usage/completions`, …).
    public var dataset: Dataset
    /// The `group_by` set.
    public var grouping: Grouping
    /// The `bucket_width`.
    public var width: BucketWidth

    /// Creates a series key.
    public init(_ dataset: Dataset, _ grouping: Grouping = .none, _ width: BucketWidth = .day) {
        self.dataset = dataset
        self.grouping = grouping
        self.width = width
    }

    /// The freshness name of the series, `dataset:grouping:width`, e.g. `costs:project_id:1d`
    /// or `completions::1h` (see ``DatasetFreshness/name``).
    public var name: String { "\(dataset.rawValue):\(grouping.key):\(width.rawValue)" }

    public var description: String { name }
}
