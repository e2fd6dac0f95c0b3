import Foundation

// MARK: - Transport

/// The one HTTP operation ``AdminAPIClient`` needs: a `GET` that returns status, headers and the
/// whole body.
///
/// ``AsyncHTTPClientTransport`` is the production implementation; tests inject canned responses
/// through their own conformance. A transport reports connection failures, DNS and TLS errors
/// and timeouts by throwing (preferably ``AdminAPIError/transport(message:)``); it never
/// interprets the status code — a 4xx or 5xx answer is returned, not thrown.
public protocol HTTPTransport: Sendable {
    /// Performs `GET url` with `headers` and returns the complete response.
    ///
    /// - Parameters:
    ///   - url: The absolute URL, query string included and already percent-encoded.
    ///   - headers: Request headers as (name, value) pairs, sent in order. They carry the
    ///     `Authorization` header, so an implementation must never log or echo them.
    /// - Returns: The status, headers and body of the response.
    /// - Throws: ``AdminAPIError/transport(message:)`` (or any error, which the client maps to
    ///   it) when no HTTP response was received.
    func get(url: String, headers: [(String, String)]) async throws -> HTTPResponseData
}

// MARK: - Response

/// One complete HTTP response as a ``HTTPTransport`` returns it.
public struct HTTPResponseData: Sendable {
    /// The status code (`200`, `429`, …).
    public var status: Int
    /// Response headers as (name, value) pairs, in the order received.
    public var headers: [(String, String)]
    /// The whole response body (JSON for the Admin API).
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [(String, String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of the header `name`, compared case-insensitively (`Retry-After`).
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.0.lowercased() == wanted }?.1
    }
}
