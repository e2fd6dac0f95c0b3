/// A grouping dimension of a usage or costs result, named exactly as the API names the field
/// and the `group_by` value.
///
/// A dimension that a query did not group by comes back as JSON `null`; in usagetop it is
/// simply absent from ``UsageRecord/dimensions``.
public enum Dimension: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case projectID = "project_id"
    case userID = "user_id"
    case apiKeyID = "api_key_id"
    case model
    case batch
    case serviceTier = "service_tier"
    case lineItem = "line_item"
    case size
    case source
    case vectorStoreID = "vector_store_id"
    case contextLevel = "context_level"

    public static func < (a: Dimension, b: Dimension) -> Bool { a.rawValue < b.rawValue }
}
