/// The error body `{"error":{"message","type","param","code"}}` (spec `ErrorResponse`), or the
/// looser `{"error":"text"}` some servers send (`notes/openai-admin-api.md` §4).
struct ErrorEnvelopeDTO: Decodable, Sendable {
    /// The human message, when there is one.
    var message: String?
    /// The error `type` (`invalid_request_error`, …), when given.
    var type: String?
    /// The error `code`, when given.
    var code: String?

    private enum CodingKeys: String, CodingKey { case error }

    /// The inner object; each field is read only when it is a string, so an odd `code` type
    /// does not hide the message.
    private struct Detail: Decodable {
        var message: String?
        var type: String?
        var code: String?

        private enum Keys: String, CodingKey { case message, type, code }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            message = try? c.decode(String.self, forKey: .message)
            type = try? c.decode(String.self, forKey: .type)
            code = try? c.decode(String.self, forKey: .code)
        }
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try? c.decode(String.self, forKey: .error) {
            message = text
        } else {
            let detail = try c.decode(Detail.self, forKey: .error)
            message = detail.message
            type = detail.type
            code = detail.code
        }
    }
}
