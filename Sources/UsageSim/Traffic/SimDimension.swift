// MARK: - Dimensions

/// A grouping/filter dimension of usage results, named by its API field.
enum SimDimension: String, Sendable, CaseIterable {
    case projectID = "project_id"
    case userID = "user_id"
    case apiKeyID = "api_key_id"
    case model
    case batch
    case serviceTier = "service_tier"
    case size
    case source
    case vectorStoreID = "vector_store_id"
    case contextLevel = "context_level"
}
