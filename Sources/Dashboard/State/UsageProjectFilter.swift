import UsageCore

/// The Usage page's project filter (issue 4 item 5): which `project_id` is selected, the keys
/// that belong to it, and which of the page's figures it narrows.
///
/// The snapshot has per-project daily totals (`series[.project]`) and per-key series whose keys
/// carry a `projectID`, but no per-project split by model, line item or user. So with a project
/// selected the chart, the billed totals and the API key (and project) rows are the project's;
/// the by-model, by-line-item and by-user tables, the ≈ org estimate, unpriced usage and the
/// "This month" box stay organization-wide, and the page says so.
struct UsageProjectFilter: Sendable, Equatable {
    /// The selected `project_id` (`proj_…`).
    let projectID: String
    /// The project's display name (its id when the snapshot does not list it).
    let projectName: String
    /// `api_key_id`s of the project's keys (``KeySummary/key`` `projectID` equal to ``projectID``).
    let keyIDs: Set<String>
    /// The breakdown grouping the filter is applied to.
    var group: GroupKind

    /// The filter for `state`'s settings, or `nil` when no project is selected.
    init?(_ state: AppState) {
        self.init(snapshot: state.snapshot, projectID: state.usage.projectID, group: state.usage.group)
    }

    /// The filter for `projectID` over `snapshot` in `group`, or `nil` when `projectID` is `nil`.
    init?(snapshot: DashboardSnapshot, projectID: String?, group: GroupKind) {
        guard let projectID else { return nil }
        self.projectID = projectID
        projectName = UsageProjectFilter.name(of: projectID, in: snapshot)
        keyIDs = Set(snapshot.keys.lazy.filter { $0.key.projectID == projectID }.map(\.key.id))
        self.group = group
    }

    /// Whether the breakdown table of ``group`` is narrowed to the project (API key and project
    /// groupings); other groupings have no per-project data and show every project.
    var filtersTable: Bool { group == .apiKey || group == .project }

    /// Whether `series` (a row of ``group``) belongs to the project: an API key row whose
    /// `api_key_id` is one of the project's keys (never the `(no key)` row), the project's own
    /// row; any row of a grouping the filter does not narrow.
    func includes(_ series: GroupSeries) -> Bool {
        switch group {
        case .apiKey: series.id.map { keyIDs.contains($0) } ?? false
        case .project: series.id == projectID
        default: true
        }
    }

    /// The display name of `projectID` in `snapshot` (its id when not listed).
    static func name(of projectID: String, in snapshot: DashboardSnapshot) -> String {
        snapshot.projects.first { $0.project.id == projectID }?.project.displayName ?? projectID
    }

    /// The filter after `current` in the `p` cycle: no filter → each project of `snapshot` in
    /// its order (archived included) → no filter. A selection the snapshot no longer lists
    /// goes back to no filter.
    static func next(after current: String?, in snapshot: DashboardSnapshot) -> String? {
        let ids = snapshot.projects.map(\.project.id)
        guard let current else { return ids.first }
        guard let index = ids.firstIndex(of: current), index + 1 < ids.count else { return nil }
        return ids[index + 1]
    }
}

// MARK: - Reducer

extension Reducer {
    /// `p` on the Usage page: the next project filter (all → each project → all), back to the
    /// first breakdown row; a flash when the cache lists no project yet.
    static func cycleProjectFilter(_ state: inout AppState) -> [Effect] {
        guard state.page == .usage else { return [] }
        guard !state.snapshot.projects.isEmpty else {
            state.usage.projectID = nil
            return flash("No projects in the cache yet: nothing to filter by", in: &state)
        }
        state.usage.projectID = UsageProjectFilter.next(after: state.usage.projectID, in: state.snapshot)
        state.usage.table = ListPosition()
        clampPositions(&state)
        return []
    }
}
