import Foundation

/// What a report breaks spend and usage down by (`usagetop report --group-by`), named as the
/// Admin API names the `group_by` value (`notes/openai-admin-api.md` §2).
///
/// Where each column comes from (DESIGN.md §2: every grouping is its own cached series):
///
/// | grouping | `billed_usd` (costs) | `estimated_usd` (tokens × price) | tokens and requests |
/// |---|---|---|---|
/// | `model` | by `line_item`, summed per model part (``LineItem/modelGroup``) | completions by key, model, batch, tier + embeddings by key, model | completions by model + embeddings |
/// | `project_id` | by `project_id` | — | completions + embeddings by project |
/// | `api_key_id` | by `api_key_id` (when the server allows it) | as for `model` | completions + embeddings by key |
/// | `line_item` | by `line_item` | — | — |
/// | `user_id` | — (costs have no user) | completions by user, model, batch, tier | completions by user |
public enum ReportGrouping: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// By `model` (the dated snapshot id the Usage API reports).
    case model
    /// By `project_id`.
    case projectID = "project_id"
    /// By `api_key_id`.
    case apiKeyID = "api_key_id"
    /// By costs `line_item` (billed dollars only).
    case lineItem = "line_item"
    /// By `user_id` (usage and estimates only: costs carry no user).
    case userID = "user_id"

    /// Parses the API name (`project_id`); `nil` for anything else.
    public init?(parsing text: String) {
        self.init(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The label of the row whose group is `null` (spend or usage no group accounts for), e.g.
    /// `(no key)`: costs by `api_key_id` put deleted keys, storage and tools there.
    public var nullLabel: String {
        switch self {
        case .model: "(no model)"
        case .projectID: "(no project)"
        case .apiKeyID: "(no key)"
        case .lineItem: "(no line item)"
        case .userID: "(no user)"
        }
    }

    /// The API name.
    public var description: String { rawValue }
}
