/// Human labels of report groups: project names, key names, user emails.
struct ReportLabels: Sendable {
    var grouping: ReportGrouping
    var names: [String: String]

    /// Reads the names the grouping needs from the cache.
    /// - Throws: ``StoreError``.
    init(store: UsageStore, grouping: ReportGrouping) throws {
        self.grouping = grouping
        var names: [String: String] = [:]
        switch grouping {
        case .projectID:
            for project in try store.projects() { names[project.id] = project.displayName }
        case .apiKeyID:
            for key in try store.apiKeys() {
                names[key.id] = key.name.isEmpty ? (key.redactedValue.isEmpty ? key.id : key.redactedValue) : key.name
            }
        case .userID:
            // Key owners first, then the member list (which wins): users who left keep a label.
            for key in try store.apiKeys() {
                if let owner = key.owner, owner.kind == .user, let id = owner.id { names[id] = owner.email ?? owner.name ?? id }
            }
            for user in try store.users() { names[user.id] = user.email ?? user.name ?? user.id }
        case .model, .lineItem:
            break
        }
        self.names = names
    }

    /// The label of `group`: its name, else the value itself; ``ReportGrouping/nullLabel`` for `nil`.
    func label(_ group: String?) -> String {
        guard let group else { return grouping.nullLabel }
        return names[group] ?? group
    }
}
