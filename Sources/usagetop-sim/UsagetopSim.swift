import ArgumentParser
import Foundation
import UsageSim

// MARK: - usagetop-sim

/// `usagetop-sim`: serves the simulated OpenAI organization's Admin API on a loopback port.
///
/// Prints `usagetop-sim listening on http://HOST:PORT/v1` once ready and exits cleanly on
/// SIGINT/SIGTERM. See DESIGN.md §1–2.
@main
struct UsagetopSim: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usagetop-sim",
        abstract: "Serve a simulated OpenAI organization's Admin API (usage, costs, keys, projects, limits).")

    @Option(help: "TCP port to listen on (0 picks a free port).")
    var port: Int = 8787

    @Option(help: "Address to bind.")
    var host: String = "127.0.0.1"

    @Option(help: "Seed of the simulated organization and its traffic.")
    var seed: UInt64 = 42

    @Option(help: "Simulated time at start, Unix seconds (default: the wall clock).")
    var now: Int64?

    @Option(help: "Simulated seconds per real second (0 stops the clock).")
    var speed: Double = 1

    @Flag(help: "Answer costs group_by=api_key_id with HTTP 400, as the live API did.")
    var rejectCostsKeyGrouping = false

    @Option(help: "Answer every Nth request with 429 and Retry-After: 1.")
    var rateLimitEvery: Int?

    @Option(help: "Answer every Nth request with 500.")
    var failEvery: Int?

    @Option(help: "Organization monthly spend limit in USD (0 = no limit).")
    var spendLimitUsd: Double?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0–65535.") }
        guard speed >= 0 else { throw ValidationError("--speed must be ≥ 0.") }
        if let n = rateLimitEvery, n < 1 { throw ValidationError("--rate-limit-every must be ≥ 1.") }
        if let n = failEvery, n < 1 { throw ValidationError("--fail-every must be ≥ 1.") }
    }

    func run() async throws {
        let config = SimConfiguration(
            seed: seed, now: now, speed: speed, rejectCostsKeyGrouping: rejectCostsKeyGrouping,
            rateLimitEvery: rateLimitEvery, failEvery: failEvery, spendLimitUSD: spendLimitUsd)
        let server = try await SimServer.start(config, host: host, port: port)
        // After starting (the server's setup resets signal dispositions) and before announcing it,
        // so a signal sent once the line is seen is never missed.
        let (termination, sources) = Self.terminationSignals()
        print("usagetop-sim listening on \(server.baseURL)")
        fflush(nil)
        var iterator = termination.makeAsyncIterator()
        _ = await iterator.next()
        sources.forEach { $0.cancel() }
        await server.stop()
    }

    /// Ignores the default action of SIGINT and SIGTERM and delivers them on a stream instead;
    /// the caller keeps the returned sources alive while it waits.
    static func terminationSignals() -> (AsyncStream<Int32>, [any DispatchSourceSignal]) {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        let sources = [SIGINT, SIGTERM].map { number -> any DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
        return (stream, sources)
    }
}

