import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// Why no HTTP answer came back, in words a person reads on the status line: the NIO and
/// AsyncHTTPClient errors people actually meet, sorted into a few kinds.
///
/// ``AsyncHTTPClientTransport`` turns a thrown error into one with ``classify(_:host:timeout:)``
/// and throws ``AdminAPIError/transport(message:)`` with its ``message``; the original error goes
/// to a debug log line only. Pure: no I/O, no clock.
public enum TransportFailure: Sendable, Hashable {
    /// DNS could not resolve the host (NIO `SocketAddressError.UnknownHost`).
    case unknownHost(String)
    /// The host answered the TCP connect with a reset (`ECONNREFUSED`); `host` may carry `:port`.
    case connectionRefused(String)
    /// No complete answer within the deadline (connect, read or write timeout), in whole seconds.
    case timedOut(seconds: Int64)
    /// The TLS handshake failed (certificate, protocol); `reason` is short (`certificate verify failed`).
    case tls(reason: String)
    /// The server closed the connection before answering.
    case closedByServer
    /// The response body was over the accepted size (bytes).
    case bodyTooLarge(maxBytes: Int)
    /// Anything else: the error's own description.
    case other(String)

    /// The short sentence shown after `cannot reach the API: `, e.g. `cannot resolve api.openai.com`,
    /// `connection refused by 127.0.0.1:8787`, `timed out after 30 s`, `TLS handshake failed: …`.
    public var message: String {
        switch self {
        case .unknownHost(let host): "cannot resolve \(host)"
        case .connectionRefused(let host): "connection refused by \(host)"
        case .timedOut(let seconds): "timed out after \(seconds) s"
        case .tls(let reason): "TLS handshake failed: \(reason)"
        case .closedByServer: "the server closed the connection"
        case .bodyTooLarge(let maxBytes): "response body larger than \(maxBytes) bytes"
        case .other(let text): text
        }
    }

    // MARK: - Classifying

    /// Sorts a transport error into a kind.
    ///
    /// - Parameters:
    ///   - error: what AsyncHTTPClient or NIO threw: `HTTPClientError` (timeouts, closed
    ///     connection), `SocketAddressError.UnknownHost`, `IOError` (`ECONNREFUSED`),
    ///     `ChannelError.connectTimeout`, `NIOConnectionError` (DNS and per-address connect
    ///     failures, looked into), NIOSSL errors (TLS).
    ///   - host: the host (with `:port` when not the scheme's default) the request went to.
    ///   - timeout: the request deadline, reported for deadline and connect timeouts.
    /// - Returns: the kind; ``other(_:)`` with the error's description when none fits.
    public static func classify(_ error: any Error, host: String, timeout: Duration) -> TransportFailure {
        let hostName = host.split(separator: ":").first.map(String.init) ?? host
        switch error {
        case let e as HTTPClientError:
            switch e {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .getConnectionFromPoolTimeout:
                return .timedOut(seconds: timeout.components.seconds)
            case .remoteConnectionClosed:
                return .closedByServer
            case .cancelled:
                return .other("request cancelled")
            default:
                return .other(String(describing: e))
            }
        case let e as SocketAddressError.UnknownHost:
            return .unknownHost(e.host.isEmpty ? hostName : e.host)
        case let e as IOError where [ECONNRESET, EPIPE].contains(e.errnoCode):
            return .closedByServer
        case let e as IOError where e.errnoCode == ECONNREFUSED:
            return .connectionRefused(host)
        case let e as ChannelError:
            if case .connectTimeout(let amount) = e {
                return .timedOut(seconds: max(1, amount.nanoseconds / 1_000_000_000))
            }
            return .other(String(describing: e))
        case let e as NIOConnectionError:
            if e.dnsAError != nil || e.dnsAAAAError != nil, e.connectionErrors.isEmpty {
                return .unknownHost(hostName)
            }
            let causes = e.connectionErrors.map { classify($0.error, host: host, timeout: timeout) }
            return causes.first { if case .other = $0 { false } else { true } } ?? .other(String(describing: e))
        default:
            let typeName = String(reflecting: type(of: error))
            if typeName.contains("NIOSSL") || typeName.contains("BoringSSL") {
                return .tls(reason: tlsReason(String(describing: error)))
            }
            return .other(String(describing: error))
        }
    }

    /// The readable tail of a TLS error's description: the last `:`-separated part of a
    /// BoringSSL message (`…:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED]` →
    /// `certificate verify failed`), else the description itself, at most 80 characters.
    static func tlsReason(_ description: String) -> String {
        let trimmed = description.trimmingCharacters(in: CharacterSet(charactersIn: " []()"))
        let last = trimmed.split(separator: ":").last.map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: " []()"))
        } ?? trimmed
        let words = last.isEmpty ? trimmed : last
        let reason = words.contains("_") && words == words.uppercased()
            ? words.replacingOccurrences(of: "_", with: " ").lowercased()
            : words
        return String(reason.prefix(80))
    }

    /// The `host[:port]` of `url` as ``classify(_:host:timeout:)`` wants it (port only when the
    /// URL names one); the URL itself when it has no host.
    static func hostLabel(of url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else { return url }
        return components.port.map { "\(host):\($0)" } ?? host
    }
}
