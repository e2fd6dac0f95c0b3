import ArgumentParser
import UsageCore

/// Options every `usagetop` command accepts: where the data comes from, where it is cached,
/// and the simulated clock (DESIGN.md §2, Time).
struct CommonOptions: ParsableArguments {
    @Flag(help: "Use the built-in simulated organization (started in-process on a loopback port, with its own cache).")
    var demo = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Admin API base URL (plain http only for loopback).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("Cache file (default: $XDG_DATA_HOME/usagetop/usagetop.sqlite, demo.sqlite for --demo).", valueName: "path"),
            completion: .file(extensions: ["sqlite"]))
    var db: String?

    @Option(help: ArgumentHelp("Simulated time at start, in Unix seconds UTC (default: the wall clock).", valueName: "unix-seconds"))
    var now: Int64?

    @Option(help: ArgumentHelp("Simulated seconds per real second, from --now or from the wall clock (0 stops the clock).", valueName: "x"))
    var speed: Double?

    @Option(help: ArgumentHelp("Profile name the cache is bound to (default from the config file, else 'default').", valueName: "name"))
    var profile: String?

    func validate() throws {
        if let speed, speed < 0 { throw ValidationError("--speed must be 0 or more") }
    }
}

// MARK: - Clock

extension CommonOptions {
    /// Whether `--now` or `--speed` asks for a simulated clock.
    var usesSimulatedClock: Bool { now != nil || speed != nil }

    /// The app clock: simulated from `--now` at `--speed` (default speed 1), else the wall clock.
    func clock() -> any UsageClock {
        usesSimulatedClock ? SimulatedClock(start: now ?? SystemClock().now(), speed: speed ?? 1) : SystemClock()
    }
}
