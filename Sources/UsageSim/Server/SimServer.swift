import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

// MARK: - The HTTP server

/// The simulated Admin API served over HTTP on a loopback port (Hummingbird 2).
///
/// Start it with ``start(_:host:port:)`` (port 0 picks a free port; ``port`` reports the bound
/// one), point a client at ``baseURL`` (`http://127.0.0.1:PORT/v1`) with any `sk-admin-…` key,
/// and ``stop()`` it when done. Used by `usagetop-sim`, `usagetop --demo` and tests.
public final class SimServer: Sendable {
    /// Host the server listens on.
    public let host: String
    /// The bound TCP port.
    public let port: Int
    /// The served organization.
    public let organization: SimOrganization
    /// The simulated clock.
    public let clock: SimClock
    /// The pure request handler behind the server.
    public let api: SimAPI
    private let task: Task<Void, Never>

    /// Base URL of the API, e.g. `http://127.0.0.1:18787/v1`.
    public var baseURL: String { "http://\(host):\(port)/v1" }

    private init(host: String, port: Int, organization: SimOrganization, clock: SimClock, api: SimAPI, task: Task<Void, Never>) {
        self.host = host
        self.port = port
        self.organization = organization
        self.clock = clock
        self.api = api
        self.task = task
    }

    /// Generates the organization for `config`, binds `host:port` (0 = any free port) and starts
    /// serving. Returns once the socket is listening. With `config.now` set, the simulated clock
    /// starts at `now` once the organization is generated (generation time does not advance it).
    /// - Throws: ``SimConfigurationError`` when the configuration cannot be met (budget share),
    ///   ``SimServerError/failedToStart(_:)`` when the server cannot bind or start.
    public static func start(_ config: SimConfiguration, host: String = "127.0.0.1", port: Int = 0) async throws -> SimServer {
        let startTime = config.now ?? SimClock(now: nil, speed: config.speed).now()
        let organization = try SimOrganization(config, startTime: startTime)
        let clock = SimClock(now: config.now, speed: config.speed)
        let api = SimAPI(organization: organization, rejectCostsKeyGrouping: config.rejectCostsKeyGrouping, startTime: startTime)
        let responder = SimResponder(api: api, clock: clock,
                                     faults: SimFaults(rateLimitEvery: config.rateLimitEvery, failEvery: config.failEvery))
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let logger = Logger(label: "usagetop-sim") { _ in SwiftLogNoOpLogHandler() }
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? port)
            },
            logger: logger
        )
        let errorBox = SimErrorBox()
        let task = Task {
            do {
                try await app.run()
            } catch {
                errorBox.set(String(describing: error))
            }
            continuation.finish()
        }
        var iterator = ports.makeAsyncIterator()
        guard let bound = await iterator.next() else {
            throw SimServerError.failedToStart(errorBox.get() ?? "the server stopped before listening")
        }
        return SimServer(host: host, port: bound, organization: organization, clock: clock, api: api, task: task)
    }

    /// Stops serving and waits for the server to shut down.
    public func stop() async {
        task.cancel()
        await task.value
    }
}

/// A thread-safe holder for a startup error message.
private final class SimErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?
    func set(_ text: String) { lock.withLock { message = text } }
    func get() -> String? { lock.withLock { message } }
}
