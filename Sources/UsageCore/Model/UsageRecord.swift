import Foundation

/// One result of one bucket of a bucketed dataset, as fetched and as cached.
///
/// The natural key is (``dataset``, ``grouping``, ``width``, ``startTime``, every dimension):
/// re-fetching a bucket that is still growing replaces its records instead of adding to them.
/// Metrics are the API's integer fields by their API names (`input_tokens`,
/// `input_cached_tokens`, `num_model_requests`, `images`, `usage_bytes`, …); cost results
/// carry ``amount`` (USD) and optionally `quantity`/`quantity_unit` instead.
public struct UsageRecord: Sendable, Hashable, Codable {
    /// The endpoint the record came from.
    public var dataset: Dataset
    /// The `group_by` set of the query.
    public var grouping: Grouping
    /// The bucket width of the query.
    public var width: BucketWidth
    /// Bucket start, inclusive (Unix seconds UTC).
    public var startTime: UnixSeconds
    /// Bucket end, exclusive (Unix seconds UTC); the last bucket of a window may end early ("now").
    public var endTime: UnixSeconds
    /// Dimension values; a dimension that is `null` in the body is absent. `batch` is `"true"`/`"false"`.
    public var dimensions: [Dimension: String]
    /// Integer metrics by API field name (tokens, requests, images, characters, seconds, bytes…).
    public var metrics: [String: Int64]
    /// Billed amount in USD (costs only).
    public var amount: USD?
    /// `quantity` of a cost line item, when the API gives one.
    public var quantity: Decimal?
    /// `quantity_unit` of a cost line item (`tokens`, `images`, …), when given.
    public var quantityUnit: String?

    /// Creates a record; see the properties for units.
    public init(
        dataset: Dataset, grouping: Grouping, width: BucketWidth,
        startTime: UnixSeconds, endTime: UnixSeconds,
        dimensions: [Dimension: String] = [:], metrics: [String: Int64] = [:],
        amount: USD? = nil, quantity: Decimal? = nil, quantityUnit: String? = nil
    ) {
        self.dataset = dataset
        self.grouping = grouping
        self.width = width
        self.startTime = startTime
        self.endTime = endTime
        self.dimensions = dimensions
        self.metrics = metrics
        self.amount = amount
        self.quantity = quantity
        self.quantityUnit = quantityUnit
    }

    /// The metric `name`, or 0 when the body did not carry it.
    public subscript(metric name: String) -> Int64 { metrics[name] ?? 0 }
}

/// One page-independent bucket: its window and its results (possibly none: an idle day is a
/// bucket with `"results": []`, which is "zero", not "no data").
public struct UsageBucket: Sendable, Hashable {
    /// Bucket start, inclusive (Unix seconds UTC).
    public var startTime: UnixSeconds
    /// Bucket end, exclusive (Unix seconds UTC).
    public var endTime: UnixSeconds
    /// The bucket's results.
    public var records: [UsageRecord]

    /// Creates a bucket.
    public init(startTime: UnixSeconds, endTime: UnixSeconds, records: [UsageRecord]) {
        self.startTime = startTime
        self.endTime = endTime
        self.records = records
    }
}
