import ArgumentParser
import Foundation

/// The process entry point.
///
/// It parses the command line itself instead of using `@main` on an `AsyncParsableCommand`, so
/// that the dashboard's event loop runs on the real main thread (ncurses calls stay on one
/// thread, and no `@MainActor` work is ever queued behind a blocking `poll(2)`;
/// `notes/tui-architecture.md` V12). Async subcommands run through ``blockingAwait(_:)``.
@main
enum Entry {
    static func main() {
        do {
            var command = try Usagetop.parseAsRoot()
            try command.run()
        } catch {
            Usagetop.exit(withError: error)
        }
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
