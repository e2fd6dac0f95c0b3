import Foundation

// MARK: - Requests, independent of the HTTP server

/// A parsed request as the pure handler sees it.
public struct SimRequest: Sendable {
    /// HTTP method, upper case (`GET`).
    public let method: String
    /// Path, e.g. `/v1/organization/costs`.
    public let path: String
    /// Query parameters in order; keys have any `[]` suffix removed, so `group_by[]=a` and
    /// `group_by=a` are the same parameter (`notes/openai-admin-api.md` §0).
    public let query: [(name: String, value: String)]
    /// The `Authorization` header, if any.
    public let authorization: String?

    /// Creates a request from its parts; `rawQuery` is the undecoded text after `?`.
    public init(method: String, path: String, rawQuery: String?, authorization: String?) {
        self.method = method.uppercased()
        self.path = path
        self.query = SimQuery.parse(rawQuery ?? "")
        self.authorization = authorization
    }

    /// Every value of a parameter (repeated keys and `key[]` forms).
    func values(_ name: String) -> [String] { query.filter { $0.name == name }.map(\.value) }

    /// The last value of a parameter, if present.
    func value(_ name: String) -> String? { values(name).last }
}
