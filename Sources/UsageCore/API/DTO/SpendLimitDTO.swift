/// `organization.spend_limit` / `project.spend_limit` (`GET /organization/spend_limit`,
/// `…/projects/{id}/spend_limit`; `notes/openai-admin-api.md` §5). `threshold_amount` is in
/// integer **cents**, `currency` is `USD`.
struct SpendLimitDTO: Decodable, Sendable {
    var thresholdAmount: Int64
    var currency: String
    var interval: String
    var enforcement: EnforcementDTO

    /// `{"status":"enforcing"|"inactive"}`.
    struct EnforcementDTO: Decodable, Sendable { var status: String }

    enum CodingKeys: String, CodingKey {
        case currency, interval, enforcement
        case thresholdAmount = "threshold_amount"
    }

    /// The model value.
    ///
    /// - Throws: ``AdminAPIError/badBody(detail:)`` when the currency is not USD.
    func spendLimit(projectID: String?, endpoint: String) throws(AdminAPIError) -> SpendLimit {
        guard currency.uppercased() == "USD" else {
            throw .badBody(detail: "\(endpoint): currency is \"\(currency)\", only USD is supported")
        }
        return SpendLimit(projectID: projectID, threshold: USD(cents: thresholdAmount), interval: interval, enforcement: enforcement.status)
    }
}
