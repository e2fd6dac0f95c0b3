/// `organization.spend_alert` / `project.spend_alert` (`GET /organization/spend_alerts`,
/// `…/projects/{id}/spend_alerts`; `notes/openai-admin-api.md` §5). `threshold_amount` is in
/// integer **cents**, `currency` is `USD`; `notification_channel` lists email recipients.
struct SpendAlertDTO: Decodable, Sendable, IdentifiedDTO {
    var id: String
    var thresholdAmount: Int64
    var currency: String
    var interval: String
    var notificationChannel: NotificationChannelDTO?

    /// `{"type":"email","recipients":[…],"subject_prefix":…}`.
    struct NotificationChannelDTO: Decodable, Sendable {
        var type: String?
        var recipients: [String]?
        var subjectPrefix: String?

        enum CodingKeys: String, CodingKey {
            case type, recipients
            case subjectPrefix = "subject_prefix"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, currency, interval
        case thresholdAmount = "threshold_amount"
        case notificationChannel = "notification_channel"
    }

    /// The model value.
    ///
    /// - Throws: ``AdminAPIError/badBody(detail:)`` when the currency is not USD.
    func spendAlert(projectID: String?, endpoint: String) throws(AdminAPIError) -> SpendAlert {
        guard currency.uppercased() == "USD" else {
            throw .badBody(detail: "\(endpoint): spend alert \(id) currency is \"\(currency)\", only USD is supported")
        }
        return SpendAlert(
            id: id, projectID: projectID, threshold: USD(cents: thresholdAmount), interval: interval,
            recipients: notificationChannel?.recipients ?? [])
    }
}
