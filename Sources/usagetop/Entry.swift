import ArgumentParser
import Foundation
import Logging
import UsageCore
import UsageCore

/// The process entry point.
///
/// It parses the command line itself instead of using `@main` on an `AsyncParsableCommand`, so
/// that the dashboard's event loop runs on the real main thread (ncurses calls stay on one
/// thread, and no `@MainActor` work is ever queued behind a blocking `poll(2)`;
/// `notes/tui-architecture.md` V12). Async subcommands run through ``blockingAwait(_:)``.
///
/// `usagetop check` follows the monitoring-plugin convention even for a bad command line: a
/// parse or validation error prints an UNKNOWN status line and exits 3 (not ArgumentParser's 64).
@main
enum Entry {
    static func main() {
        bootstrapLogging(environment: ProcessInfo.processInfo.environment)
        var parsed = false
        do {
            var command = try Usagetop.parseAsRoot()
            parsed = true
            try command.run()
        } catch {
            if !parsed, CheckCommand.isInvoked(Array(CommandLine.arguments.dropFirst())),
               Usagetop.exitCode(for: error) != .success {
                FileHandle.standardError.write(Data((Usagetop.fullMessage(for: error) + "\n").utf8))
                print(CheckResult.unknown("bad arguments: " + Usagetop.message(for: error)).line)
                exit(CheckResult.Status.unknown.rawValue)
            }
            Usagetop.exit(withError: error)
        }
    }
}

/// Sends swift-log output to stderr at the level named by `USAGETOP_LOG_LEVEL` (`trace` …
/// `critical`; default `warning`, so routine answers such as a project without a spend limit
/// (404) stay quiet). While the dashboard is on screen stderr goes to `--log` or nowhere.
func bootstrapLogging(environment: [String: String]) {
    let level = environment["USAGETOP_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .warning
    LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = level
        return handler
    }
}

/// Runs `operation` on the concurrency pool and blocks the calling thread until it finishes,
/// returning its value or rethrowing its error. Used only at the top of a command.
func blockingAwait<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        do { box.set(.success(try await operation())) } catch { box.set(.failure(error)) }
        done.signal()
    }
    done.wait()
    return try box.get()
}

/// A lock-protected slot for one result, handed from a task to a waiting thread.
final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, any Error>?

    func set(_ r: Result<T, any Error>) {
        lock.lock()
        result = r
        lock.unlock()
    }

    func get() throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let result else { fatalError("ResultBox read before it was set") }
        return try result.get()
    }
}
