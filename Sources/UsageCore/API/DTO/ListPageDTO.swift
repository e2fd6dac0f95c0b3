/// A page of an object list: `{"object":"list","data":[…],"first_id":…,"last_id":…,"has_more":bool}`
/// (`notes/openai-admin-api.md` §0). The next page is requested with `after=<last_id>`.
struct ListPageDTO<Item: Decodable & Sendable>: Decodable, Sendable {
    /// The objects of this page.
    var data: [Item]
    /// Whether another page follows.
    var hasMore: Bool
    /// The id of the last object (nullable in the current spec).
    var lastID: String?

    enum CodingKeys: String, CodingKey {
        case data
        case hasMore = "has_more"
        case lastID = "last_id"
    }
}

/// An item of a list that has an `id`, used when `last_id` is missing.
protocol IdentifiedDTO {
    /// The object's `id`.
    var id: String { get }
}
