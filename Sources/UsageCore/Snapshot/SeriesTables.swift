/// Every grouped series the snapshot needs, read once onto the day grid.
///
/// Grouping sets never mix: each table sums one cached series by one of its own dimensions.
/// Tokens that are not completions (embeddings `input_tokens`, as uncached input, and their
/// `num_model_requests`) are added to completions of the same dimension, each from an embeddings
/// series of its own: ``activityByKey`` and ``activityByModel`` (``SyncPlan/embeddingsByAPIKey``),
/// ``activityByProject`` (``SyncPlan/embeddingsByProject``); the org totals add
/// ``SyncPlan/embeddingsTotal`` in ``SnapshotBuilder``. So every grouping counts the same tokens.
struct SeriesTables: Sendable {
    /// Costs by `project_id`.
    var costsByProject: DailyTable
    /// Completions by `project_id`.
    var completionsByProject: DailyTable
    /// Embeddings by `project_id` (``SyncPlan/embeddingsByProject``): `input_tokens` (as uncached
    /// input) and requests.
    var embeddingsByProject: DailyTable
    /// Costs by `api_key_id`; `nil` when the server refused the grouping or nothing is cached.
    var costsByKey: DailyTable?
    /// Completions by `api_key_id`.
    var completionsByKey: DailyTable
    /// Embeddings by `api_key_id` (the `api_key_id,model` series summed over models):
    /// `input_tokens` (as uncached input; embeddings have no cached or output tokens) and requests.
    var embeddingsByKey: DailyTable
    /// Embeddings by `model` (the `api_key_id,model` series summed over keys).
    var embeddingsByModel: DailyTable
    /// Costs by `line_item`.
    var costsByLineItem: DailyTable
    /// Costs by the model part of `line_item` (``LineItem/modelGroup``).
    var costsByModel: DailyTable
    /// Completions by `model`.
    var completionsByModel: DailyTable

    /// Activity by `project_id`: completions plus embeddings.
    var activityByProject: DailyTable
    /// Activity by `api_key_id`: completions plus embeddings.
    var activityByKey: DailyTable
    /// Activity by `model`: completions plus embeddings.
    var activityByModel: DailyTable

    /// Reads the tables: one aggregate query and one bucket query per table.
    init(store: UsageStore, grid: DayGrid) throws {
        costsByProject = try .load(store, SyncPlan.costsByProject, by: .projectID, grid: grid, columns: .money)
        completionsByProject = try .load(store, SyncPlan.completionsByProject, by: .projectID, grid: grid, columns: .activity)
        embeddingsByProject = try .load(store, SyncPlan.embeddingsByProject, by: .projectID, grid: grid, columns: .activity)
        let keyCosts = try DailyTable.load(store, SyncPlan.costsByAPIKey, by: .apiKeyID, grid: grid, columns: .money)
        costsByKey = keyCosts.hasData ? keyCosts : nil
        completionsByKey = try .load(store, SyncPlan.completionsByAPIKey, by: .apiKeyID, grid: grid, columns: .activity)
        embeddingsByKey = try .load(store, SyncPlan.embeddingsByAPIKey, by: .apiKeyID, grid: grid, columns: .activity)
        embeddingsByModel = try .load(store, SyncPlan.embeddingsByAPIKey, by: .model, grid: grid, columns: .activity)
        costsByLineItem = try .load(store, SyncPlan.costsByLineItem, by: .lineItem, grid: grid, columns: .money)
        costsByModel = costsByLineItem.regrouped { $0.map { LineItem(parsing: $0).modelGroup } }
        completionsByModel = try .load(store, SyncPlan.completionsByModel, by: .model, grid: grid, columns: .activity)
        activityByProject = completionsByProject.adding(embeddingsByProject)
        activityByKey = completionsByKey.adding(embeddingsByKey)
        activityByModel = completionsByModel.adding(embeddingsByModel)
    }
}

/// Display names of projects, keys and users.
struct Labels: Sendable {
    /// Project display name by id.
    var projects: [String: String]
    /// Key display label by id (name, else redacted value, else id).
    var keys: [String: String]
    /// User display label by id (email, else name; users with neither are absent).
    var users: [String: String]

    init(projects: [Project], keys: [APIKey], users: [OrgUser] = []) {
        self.users = Dictionary(users.compactMap { u in (u.email ?? u.name).map { (u.id, $0) } },
                                uniquingKeysWith: { a, _ in a })
        self.projects = Dictionary(projects.map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
        self.keys = Dictionary(keys.map { ($0.id, $0.name.isEmpty ? ($0.redactedValue.isEmpty ? $0.id : $0.redactedValue) : $0.name) },
                               uniquingKeysWith: { a, _ in a })
    }
}
