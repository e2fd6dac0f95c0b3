/// One API key as `usagetop keys` exports it: the key's summary from the snapshot
/// (``KeySummary``: the API's key fields, month-to-date spend and usage) and its flags.
public struct KeyExportRow: Sendable, Hashable {
    /// The key, its project name, month-to-date spend (billed, or ≈ estimated when
    /// ``KeySummary/spendIsEstimate``) and activity.
    public var summary: KeySummary
    /// Flags in snake case, most serious first: `expired`, `expires_soon`, `owner_lost_access`,
    /// `idle`, `never_used`, `spike`.
    public var flags: [String]

    /// Creates a row.
    public init(summary: KeySummary, flags: [String]) {
        self.summary = summary
        self.flags = flags
    }

    /// The API's `object` of the key: `organization.project.api_key` or `organization.admin_api_key`.
    public var object: String {
        summary.key.kind == .admin ? "organization.admin_api_key" : "organization.project.api_key"
    }

    /// `billed`, `estimated`, or `nil` when no spend figure is known.
    public var spendSource: String? {
        summary.monthToDate == nil ? nil : (summary.spendIsEstimate ? "estimated" : "billed")
    }

    /// The month-to-date spend as a plain decimal (billed to 9 places, estimates to 6), or `nil`.
    public var spendText: String? {
        summary.monthToDate.map {
            ReportDecimal.plain($0, places: summary.spendIsEstimate ? ReportDecimal.estimatePlaces : ReportDecimal.billedPlaces)
        }
    }
}
