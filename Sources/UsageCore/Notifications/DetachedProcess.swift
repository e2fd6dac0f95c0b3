import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - A child process that never blocks its parent

/// A child process started with an argument vector (never through a shell string built by
/// usagetop), detached from the caller: standard input, output and error are `/dev/null`
/// (the dashboard owns the terminal), it runs in its own process group, and a reaper thread
/// waits for it so no zombie is left behind. After ``timeout`` seconds the whole process group
/// is killed (`SIGKILL`).
///
/// Used by ``AlertNotifier`` for `tmux display-message` and the user's `[alerts] command`.
public final class DetachedProcess: Sendable {
    /// How a child ended.
    public enum Outcome: Sendable, Hashable {
        /// It exited with this status (0…255).
        case exited(Int32)
        /// A signal ended it (this signal number).
        case signalled(Int32)
        /// It outlived the timeout and was killed.
        case timedOut
    }

    /// The child's process id.
    public let pid: pid_t
    /// The argument vector it was started with (`argv[0]` is the program, looked up in `PATH`).
    public let arguments: [String]
    private let finished = DispatchSemaphore(value: 0)
    private let result = ResultSlot()

    private init(pid: pid_t, arguments: [String]) {
        self.pid = pid
        self.arguments = arguments
    }

    /// Default time limit of a child (30 s).
    public static let defaultTimeout: Double = 30

    /// Starts `arguments[0]` (looked up in the `PATH` of the parent) with `arguments` and exactly
    /// the variables of `environment`, and starts its reaper.
    /// - Parameters:
    ///   - timeout: seconds after which the child's process group is killed.
    /// - Throws: ``DetachedProcessError/cannotStart(program:errno:)`` when it cannot be started
    ///   (no such program, no resources).
    public static func start(_ arguments: [String], environment: [String: String],
                             timeout: Double = defaultTimeout) throws -> DetachedProcess {
        precondition(!arguments.isEmpty, "DetachedProcess needs a program")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        // The parent's threads may block signals (the UI thread does); a child inherits the
        // spawning thread's mask, so give it an empty mask and default handlers, as a shell would.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setpgroup(&attr, 0)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.sorted { $0.key < $1.key }
            .map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }

        var pid: pid_t = 0
        // `posix_spawnp` searches the PATH of the *parent* (glibc reads `environ`), not `envp`.
        let rc = posix_spawnp(&pid, arguments[0], &actions, &attr, argv, envp)
        guard rc == 0 else { throw DetachedProcessError.cannotStart(program: arguments[0], errno: rc) }
        let child = DetachedProcess(pid: pid, arguments: arguments)
        child.startReaper(timeout: timeout)
        return child
    }

    /// Waits up to `timeout` seconds for the child to end (it is killed at its own time limit).
    /// - Returns: how it ended, or `nil` when it is still running after `timeout`.
    @discardableResult
    public func wait(timeout: Double = defaultTimeout + 1) -> Outcome? {
        guard finished.wait(timeout: .now() + timeout) == .success else { return nil }
        finished.signal()  // let other waiters through too
        return result.value
    }

    /// The outcome if the child has ended, without waiting.
    public var outcome: Outcome? { result.value }

    // MARK: - Reaping

    private func startReaper(timeout: Double) {
        let pid = self.pid
        let deadline = DispatchTime.now() + timeout
        let thread = Thread { [self] in
            var status: Int32 = 0
            while true {
                let r = waitpid(pid, &status, WNOHANG)
                if r == pid {
                    result.set(DetachedProcess.outcome(status))
                    break
                }
                if r < 0 && errno != EINTR {
                    result.set(.exited(-1))
                    break
                }
                if DispatchTime.now() >= deadline {
                    // Still our unreaped child, so its pid (= its group id) cannot have been reused.
                    kill(-pid, SIGKILL)
                    kill(pid, SIGKILL)
                    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                    result.set(.timedOut)
                    break
                }
                usleep(10_000)
            }
            finished.signal()
        }
        thread.name = "usagetop-reaper-\(pid)"
        thread.start()
    }

    private static func outcome(_ status: Int32) -> Outcome {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }
}

/// Why a ``DetachedProcess`` could not be started.
public enum DetachedProcessError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `posix_spawnp` failed with this `errno` (e.g. `ENOENT`: not found in `PATH`).
    case cannotStart(program: String, errno: Int32)

    /// A one-line description for logs and errors.
    public var description: String {
        switch self {
        case .cannotStart(let program, let code):
            "cannot start \(program): \(String(cString: strerror(code)))"
        }
    }
}

/// A lock-protected outcome, set once by the reaper thread.
private final class ResultSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: DetachedProcess.Outcome?

    var value: DetachedProcess.Outcome? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func set(_ outcome: DetachedProcess.Outcome) {
        lock.lock()
        stored = outcome
        lock.unlock()
    }
}
