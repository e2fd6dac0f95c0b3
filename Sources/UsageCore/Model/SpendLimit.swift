/// A hard monthly spend limit of the organization or of one project
/// (`GET /organization/spend_limit`, `GET /organization/projects/{id}/spend_limit`).
///
/// The API gives `threshold_amount` in integer **cents** with `currency: "USD"`; it is held
/// here as ``USD``.
public struct SpendLimit: Sendable, Hashable, Codable {
    /// `nil` for the organization, else the project id.
    public var projectID: String?
    /// The limit per ``interval``.
    public var threshold: USD
    /// `month` (open string).
    public var interval: String
    /// `enforcing` or `inactive` (open string).
    public var enforcement: String

    /// Creates a limit.
    public init(projectID: String?, threshold: USD, interval: String = "month", enforcement: String) {
        self.projectID = projectID
        self.threshold = threshold
        self.interval = interval
        self.enforcement = enforcement
    }

    /// Whether the API enforces the limit (requests fail past it).
    public var isEnforcing: Bool { enforcement == "enforcing" }
}

/// A spend alert (notification threshold) of the organization or one project
/// (`GET /organization/spend_alerts`, `…/projects/{id}/spend_alerts`); amounts in cents on the
/// wire, ``USD`` here.
public struct SpendAlert: Sendable, Hashable, Codable, Identifiable {
    /// `alert_…`
    public var id: String
    /// `nil` for the organization, else the project id.
    public var projectID: String?
    /// Threshold per interval.
    public var threshold: USD
    /// `month` (open string).
    public var interval: String
    /// Email recipients of the API's own notification.
    public var recipients: [String]

    /// Creates a spend alert.
    public init(id: String, projectID: String?, threshold: USD, interval: String = "month", recipients: [String] = []) {
        self.id = id
        self.projectID = projectID
        self.threshold = threshold
        self.interval = interval
        self.recipients = recipients
    }
}
