// MARK: - Object lists

/// Pagination of object lists (`limit`, `after`, `before`, `order`; `first_id`, `last_id`,
/// `has_more`), `notes/openai-admin-api.md` §0.
enum SimListPager {
    /// One page of `items` (already in creation order) as a `list` envelope.
    /// - Throws: a 400 for a bad `limit`, `order`, `after` or `before`.
    static func page(_ items: [(id: String, json: SimJSON)], request: SimRequest,
                     defaultLimit: Int = 20, maxLimit: Int = 100) throws(SimAPIError) -> SimJSON {
        let limit = try SimParams.int(request, "limit", default: defaultLimit, range: 1...maxLimit)
        var list = items
        if let order = request.value("order") {
            guard order == "asc" || order == "desc" else { throw .invalid("order", "order must be 'asc' or 'desc'.") }
            if order == "desc" { list.reverse() }
        }
        if let after = request.value("after") {
            guard let index = list.firstIndex(where: { $0.id == after }) else {
                throw .invalid("after", "No object with id '\(after)' to page after.")
            }
            list = Array(list[(index + 1)...])
        }
        if let before = request.value("before") {
            guard let index = list.firstIndex(where: { $0.id == before }) else {
                throw .invalid("before", "No object with id '\(before)' to page before.")
            }
            list = Array(list[..<index].suffix(limit))
        }
        let pageItems = Array(list.prefix(limit))
        return .object([
            ("object", .string("list")),
            ("data", .array(pageItems.map(\.json))),
            ("first_id", .optional(pageItems.first?.id)),
            ("last_id", .optional(pageItems.last?.id)),
            ("has_more", .bool(list.count > pageItems.count)),
        ])
    }
}
