// MARK: - Spend alerts

/// An e-mail spend alert (`OrganizationSpendAlert` / `ProjectSpendAlert`, §5).
public struct SimSpendAlert: Sendable, Equatable {
    /// Alert id, e.g. `alert_…`.
    public let id: String
    /// Threshold in US cents per month.
    public let thresholdCents: Int64
    /// E-mail recipients.
    public let recipients: [String]
}
