import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// ``HTTPTransport`` over AsyncHTTPClient: TLS verified by AsyncHTTPClient's defaults, one
/// deadline for the whole exchange (connect, headers and body), and a cap on the body size.
///
/// The `HTTPClient` is borrowed: the caller owns it and shuts it down (``HTTPClient/shared``
/// needs no shutdown). Cross-origin redirects drop the `Authorization` header (AsyncHTTPClient's
/// redirect rules). Failures become short sentences (``TransportFailure``); the original error
/// is logged at debug level only (it never holds a header). ``AdminAPIClient`` logs method, path
/// and status.
public struct AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient
    private let timeout: Duration
    private let maxBodyBytes: Int
    private let logger: Logger

    /// Creates a transport.
    ///
    /// - Parameters:
    ///   - client: The HTTP client to send through (default: the process-wide shared client).
    ///   - timeout: Deadline for one request, from connect to the last body byte (default 30 s).
    ///   - maxBodyBytes: Largest body accepted, in bytes (default 64 MiB); a bigger body fails
    ///     with ``AdminAPIError/transport(message:)``.
    ///   - logger: receives the original error of a failed request, at debug level.
    public init(client: HTTPClient = .shared, timeout: Duration = .seconds(30), maxBodyBytes: Int = 64 << 20,
                logger: Logger = Logger(label: "usagetop.http")) {
        self.client = client
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        self.logger = logger
    }

    /// Sends `GET url` and collects the whole body.
    ///
    /// - Throws: ``AdminAPIError/transport(message:)`` for connection, DNS, TLS, timeout and
    ///   body-size failures, with ``TransportFailure/message`` (`cannot resolve api.openai.com`,
    ///   `timed out after 30 s`); `CancellationError` when the task is cancelled.
    public func get(url: String, headers: [(String, String)]) async throws -> HTTPResponseData {
        var request = HTTPClientRequest(url: url)
        request.method = .GET
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        do {
            let response = try await client.execute(request, deadline: .now() + Self.timeAmount(timeout))
            let body = try await response.body.collect(upTo: maxBodyBytes)
            return HTTPResponseData(
                status: Int(response.status.code),
                headers: response.headers.map { ($0.name, $0.value) },
                body: Data(body.readableBytesView)
            )
        } catch is CancellationError {
            throw CancellationError()
        } catch is NIOTooManyBytesError {
            throw AdminAPIError.transport(message: TransportFailure.bodyTooLarge(maxBytes: maxBodyBytes).message)
        } catch {
            let host = TransportFailure.hostLabel(of: url)
            logger.debug("transport error", metadata: ["host": "\(host)", "error": "\(String(reflecting: error))"])
            throw AdminAPIError.transport(message: TransportFailure.classify(error, host: host, timeout: timeout).message)
        }
    }

    // MARK: - Helpers

    /// `Duration` → NIO `TimeAmount` (nanoseconds, saturating at ~292 years).
    static func timeAmount(_ d: Duration) -> TimeAmount {
        let (seconds, attoseconds) = d.components
        let nanos = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if nanos.overflow { return .nanoseconds(Int64.max) }
        return .nanoseconds(nanos.partialValue + attoseconds / 1_000_000_000)
    }
}
