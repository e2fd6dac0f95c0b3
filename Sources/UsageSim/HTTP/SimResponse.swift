// MARK: - Responses

/// A response as the pure handler produces it.
public struct SimResponse: Sendable {
    /// HTTP status code.
    public let status: Int
    /// Extra headers (e.g. `Retry-After`); `Content-Type: application/json` is implied.
    public let headers: [(String, String)]
    /// JSON body text.
    public let body: String

    /// A response whose body is `json`, rendered.
    init(status: Int, headers: [(String, String)] = [], json: SimJSON) {
        self.status = status
        self.headers = headers
        self.body = json.rendered()
    }
}
