import ArgumentParser
import Foundation
import TermCurses
import UsageCore

/// `usagetop [dashboard]`: the interactive dashboard (the default command).
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default when no subcommand is given)."
    )

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("Seconds between polls (default 60, at least 10, or 1 with --now/--speed; config: poll_interval_seconds).",
                               valueName: "seconds"))
    var interval: Int?

    @Flag(name: .customLong("no-color"), help: "Monochrome, as with NO_COLOR=1.")
    var noColor = false

    @Flag(help: "ASCII glyphs even in a UTF-8 locale.")
    var ascii = false

    @Option(help: ArgumentHelp("Write diagnostics (stderr) to this file while the dashboard is on screen.", valueName: "path"),
            completion: .file())
    var log: String?

    func validate() throws {
        // A simulated clock (tests, demos) may poll fast; the real API is not polled more than every 10 s.
        if let interval, interval < (common.usesSimulatedClock ? 1 : 10) {
            throw ValidationError(common.usesSimulatedClock ? "--interval must be at least 1 second"
                                                            : "--interval must be at least 10 seconds (1 with --now or --speed)")
        }
    }

    func run() throws {
        let options = common
        let interval = self.interval
        let context: AppContext
        do {
            context = try blockingAwait { try await AppContext.make(options: options, interval: interval) }
        } catch {
            throw failure("\(error)")
        }
        // The first frame comes from the warm cache, before any network call.
        let initial = context.snapshot()
        // The stale marker compares app-clock times, so the interval is in app-clock seconds:
        // with `--speed 21600` a 2 s poll interval is 12 simulated hours.
        let speed = max(1, options.speed ?? 1)
        let runner = DashboardRunner(
            initial: initial, pollInterval: Int64((Double(context.pollInterval) * speed).rounded(.up)), noColor: noColor, ascii: ascii,
            stderrLog: log, clock: context.clock,
            startBackground: { post in SyncWork.start(context: context, post: post) })
        let status: Int32
        do {
            status = try runner.run()
        } catch {
            try? blockingAwait { await context.shutdown() }
            throw failure("\(error)")
        }
        try? blockingAwait { await context.shutdown() }
        if status != 0 { throw ExitCode(status) }
    }
}

