// MARK: - /organization/costs

extension SimAPI {
    /// Daily costs, grouped by any of `project_id`, `line_item`, `api_key_id`, filtered by
    /// `project_ids` / `api_key_ids` (`notes/openai-admin-api.md` §2). Amounts are exact sums of
    /// the finest-grain rows, emitted as JSON numbers in dollars.
    func costs(_ request: SimRequest, now: Int64) throws(SimAPIError) -> SimJSON {
        let grouped = try groupBy(request, allowed: ["project_id", "line_item", "api_key_id"])
        if rejectCostsKeyGrouping, grouped.contains("api_key_id") {
            throw .invalid("group_by", "Invalid value for 'group_by': 'api_key_id' is not supported for this endpoint.")
        }
        let window = try bucketWindow(request, now: now, costs: true)
        let projectFilter = Set(request.values("project_ids").flatMap { $0.split(separator: ",").map(String.init) })
        let keyFilter = Set(request.values("api_key_ids").flatMap { $0.split(separator: ",").map(String.init) })
        let byProject = grouped.contains("project_id"), byItem = grouped.contains("line_item")
        let byKey = grouped.contains("api_key_id")

        struct Group: Hashable { let project: String?; let item: String?; let key: String? }
        var memo = SimTotalsMemo()
        let results: [[SimJSON]] = window.buckets.map { bucket in
            var sums: [Group: (amount: PicoUSD, quantity: Int64, unit: String)] = [:]
            var order: [Group] = []
            for row in organization.costRows(start: bucket.start, end: bucket.end, memo: &memo) {
                if !projectFilter.isEmpty, !projectFilter.contains(row.projectID) { continue }
                if !keyFilter.isEmpty, !(row.apiKeyID.map(keyFilter.contains) ?? false) { continue }
                let group = Group(project: byProject ? row.projectID : nil, item: byItem ? row.lineItem : nil,
                                  key: byKey ? row.apiKeyID : nil)
                if let old = sums[group] {
                    sums[group] = (old.amount + row.amount, old.quantity + row.quantityMicro, old.unit)
                } else {
                    sums[group] = (row.amount, row.quantityMicro, row.quantityUnit)
                    order.append(group)
                }
            }
            order.sort { ($0.project ?? "", $0.key ?? "", $0.item ?? "") < ($1.project ?? "", $1.key ?? "", $1.item ?? "") }
            return order.map { group in
                let sum = sums[group]!
                return .object([
                    ("object", .string("organization.costs.result")),
                    ("amount", .object([("value", .number(sum.amount.usdJSONNumber)), ("currency", .string("usd"))])),
                    ("line_item", .optional(group.item)),
                    ("project_id", .optional(group.project)),
                    ("api_key_id", .optional(group.key)),
                    ("quantity", byItem ? .number(Int64(sum.quantity).microJSONNumber) : .null),
                    ("quantity_unit", byItem ? .string(sum.unit) : .null),
                    ("organization_id", .string(organizationID)),
                ])
            }
        }
        return page(window, results: results)
    }

    /// The organization id carried (undocumented, as observed live) in each cost result.
    var organizationID: String {
        "org-" + String(SimHash.hash(organization.seed, SimHash.salt("org")), radix: 16).leftPadded(to: 16)
    }
}

extension Int64 {
    /// This value in millionths as a plain JSON decimal number (e.g. `1500000` → `1.5`).
    var microJSONNumber: String {
        let whole = self / 1_000_000
        var fraction = String(self % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? "\(whole)" : "\(whole).\(fraction)"
    }
}
