import AsyncHTTPClient
import Foundation
import NIOCore
import NIOSSL
import Testing
@testable import UsageCore

/// ``TransportFailure``: NIO and AsyncHTTPClient errors as short sentences for the status line.
@Suite("TransportFailure")
struct TransportFailureTests {
    func message(_ error: any Error, host: String = "api.openai.com", timeout: Duration = .seconds(30)) -> String {
        TransportFailure.classify(error, host: host, timeout: timeout).message
    }

    @Test("deadline, connect, read and write timeouts read 'timed out after N s'")
    func timeouts() {
        for error in [HTTPClientError.deadlineExceeded, .connectTimeout, .readTimeout, .writeTimeout, .getConnectionFromPoolTimeout] {
            #expect(message(error, timeout: .seconds(20)) == "timed out after 20 s")
        }
        #expect(message(ChannelError.connectTimeout(.seconds(10))) == "timed out after 10 s")
    }

    @Test("a name that cannot resolve reads 'cannot resolve HOST' (RFC 6761: .invalid never resolves)")
    func unknownHost() {
        do {
            _ = try SocketAddress.makeAddressResolvingHost("no-such-host.invalid", port: 443)
            Issue.record("no-such-host.invalid resolved")
        } catch {
            #expect(message(error, host: "no-such-host.invalid") == "cannot resolve no-such-host.invalid")
        }
    }

    @Test("a refused connection names the host and port")
    func refused() {
        #expect(message(IOError(errnoCode: ECONNREFUSED, reason: "connect"), host: "127.0.0.1:8787")
                == "connection refused by 127.0.0.1:8787")
        // Another errno is not called a refusal.
        #expect(!message(IOError(errnoCode: ENETUNREACH, reason: "connect")).contains("refused"))
    }

    @Test("TLS errors read 'TLS handshake failed: reason'")
    func tls() {
        #expect(message(NIOSSLError.handshakeFailed(.syscallError)).hasPrefix("TLS handshake failed: "))
        #expect(message(NIOSSLError.unableToValidateCertificate) == "TLS handshake failed: unableToValidateCertificate")
        #expect(TransportFailure.tlsReason("handshakeFailed(sslError([Error: 268435581 error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED]))")
                == "certificate verify failed")
    }

    @Test("the closed connection and unknown errors keep a readable sentence")
    func others() {
        #expect(message(HTTPClientError.remoteConnectionClosed) == "the server closed the connection")
        #expect(message(HTTPClientError.cancelled) == "request cancelled")
        struct Odd: Error, CustomStringConvertible { var description: String { "odd failure" } }
        #expect(message(Odd()) == "odd failure")
        #expect(TransportFailure.bodyTooLarge(maxBytes: 64).message == "response body larger than 64 bytes")
    }

    @Test("each kind's sentence")
    func messages() {
        #expect(TransportFailure.unknownHost("api.openai.com").message == "cannot resolve api.openai.com")
        #expect(TransportFailure.connectionRefused("localhost:1").message == "connection refused by localhost:1")
        #expect(TransportFailure.timedOut(seconds: 30).message == "timed out after 30 s")
        #expect(TransportFailure.tls(reason: "x").message == "TLS handshake failed: x")
    }

    @Test("the host label keeps an explicit port only")
    func hostLabel() {
        #expect(TransportFailure.hostLabel(of: "https://api.openai.com/v1/organization/costs?start_time=1") == "api.openai.com")
        #expect(TransportFailure.hostLabel(of: "http://127.0.0.1:8787/v1/organization/costs") == "127.0.0.1:8787")
    }
}
