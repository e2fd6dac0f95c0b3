import ArgumentParser
import Foundation
import UsageSim

// MARK: - usagetop-sim

/// `usagetop-sim`: serves the simulated OpenAI organization's Admin API on a loopback port.
///
/// Prints `usagetop-sim listening on http://HOST:PORT/v1` once ready and exits cleanly on
/// SIGINT/SIGTERM. With `--budget-usd`, it then writes to standard error when month-to-date spend
/// crosses 50/75/90/100 % of the budget (simulated UTC time and real seconds at `--speed`);
/// `--crossings` prints that table and exits without serving. See DESIGN.md §1–2.
/// Configuration errors exit with status 64 and a one-line message.
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

    @Flag(help: "Serve no organization or project spend alerts (empty lists).")
    var noSpendAlerts = false

    @Flag(help: "Serve no project spend limits (every project's spend_limit answers 404).")
    var noProjectSpendLimits = false

    @Flag(help: "Add traffic of gpt-9-internal-preview, a model no public price list has (billed by the simulator).")
    var unpricedModel = false

    @Option(help: "Budget in USD that --start-share and --month-end-share refer to; scales the organization's traffic.")
    var budgetUsd: Double?

    @Option(help: "Month-to-date billed spend at --now as a share of --budget-usd (e.g. 0.45).")
    var startShare: Double?

    @Option(help: "Billed spend of --now's whole UTC month as a share of --budget-usd (e.g. 1.3).")
    var monthEndShare: Double?

    @Flag(help: "Print when month-to-date spend crosses 50/75/90/100 % of --budget-usd and exit without serving.")
    var crossings = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0–65535.") }
        guard speed >= 0 else { throw ValidationError("--speed must be ≥ 0.") }
        if let n = rateLimitEvery, n < 1 { throw ValidationError("--rate-limit-every must be ≥ 1.") }
        if let n = failEvery, n < 1 { throw ValidationError("--fail-every must be ≥ 1.") }
        let shares = [startShare, monthEndShare].compactMap { $0 }
        if budgetUsd == nil, !shares.isEmpty || crossings {
            throw ValidationError("--start-share, --month-end-share and --crossings need --budget-usd.")
        }
        if let budgetUsd {
            guard budgetUsd >= 0.01, budgetUsd.isFinite else { throw ValidationError("--budget-usd must be at least 0.01.") }
            guard shares.count == 2 else { throw ValidationError("--budget-usd needs --start-share and --month-end-share.") }
            guard shares.allSatisfy({ $0 >= 0 && $0.isFinite }), shares[0] <= shares[1] else {
                throw ValidationError("Shares must satisfy 0 ≤ --start-share ≤ --month-end-share.")
            }
        }
    }

    /// The configuration the options describe.
    var configuration: SimConfiguration {
        let share = budgetUsd.map { usd in
            SimBudgetShare(budgetCents: Int64((usd * 100).rounded()), startShare: startShare ?? 0,
                           monthEndShare: monthEndShare ?? 0)
        }
        return SimConfiguration(
            seed: seed, now: now, speed: speed, rejectCostsKeyGrouping: rejectCostsKeyGrouping,
            rateLimitEvery: rateLimitEvery, failEvery: failEvery, spendLimitUSD: spendLimitUsd,
            spendAlerts: !noSpendAlerts, projectSpendLimits: !noProjectSpendLimits, unpricedModel: unpricedModel,
            budgetShare: share)
    }

    func run() async throws {
        let config = configuration
        if crossings {
            let start = now ?? Int64(Date().timeIntervalSince1970)
            let organization: SimOrganization
            do {
                organization = try SimOrganization(config, startTime: start)
            } catch {
                throw ValidationError(error.description)
            }
            print(SimCrossingReport.lines(organization, config: config, start: start).joined(separator: "\n"))
            return
        }
        let server: SimServer
        do {
            server = try await SimServer.start(config, host: host, port: port)
        } catch let error as SimConfigurationError {
            throw ValidationError(error.description)
        }
        // After starting (the server's setup resets signal dispositions) and before announcing it,
        // so a signal sent once the line is seen is never missed.
        let (termination, sources) = Self.terminationSignals()
        print("usagetop-sim listening on \(server.baseURL)")
        fflush(nil)
        if config.budgetShare != nil {
            let start = Int64(server.clock.startSimulated)
            let lines = SimCrossingReport.lines(server.organization, config: config, start: start)
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
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

