import Foundation
import Testing

/// A tmux server on its own socket running one program in one pane, driven like a person would:
/// `send-keys`, `resize-window`, `capture-pane -p`. Every session uses `-f /dev/null` so the
/// user's tmux config cannot change what the test sees.
final class TmuxSession {
    let socket: String
    let environment: [String: String]
    private(set) var isRunning = false

    /// Starts `command` (run by `/bin/sh -c`) in a detached session of `width` × `height`.
    /// `environment` is the environment of the tmux server (and so of the program); secrets go
    /// here, never into the command line.
    init(command: String, width: Int, height: Int, environment: [String: String]) throws {
        socket = "usagetop-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        self.environment = environment
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "e2e", command])
        isRunning = true
        try tmux(["set-option", "-t", "e2e", "remain-on-exit", "on"])
    }

    deinit { kill() }

    /// Sends keys as tmux names them (`q`, `Tab`, `BTab`, `Enter`, `Escape`, `Down`, `PageDown`);
    /// `literal` sends the string character by character.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", "e2e"] + (literal ? ["-l"] : []) + keys)
    }

    /// Resizes the window (and so the pane) to `width` × `height`.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible text of the pane.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "e2e"])
    }

    /// Whether the pane's program has exited, and its exit status.
    func deadStatus() throws -> Int? {
        let out = try tmux(["display-message", "-p", "-t", "e2e", "#{pane_dead} #{pane_dead_status}"])
        let parts = out.split(separator: " ").map(String.init)
        guard parts.first == "1" else { return nil }
        return parts.count > 1 ? Int(parts[1].trimmingCharacters(in: .whitespacesAndNewlines)) : -1
    }

    /// Polls the screen until `predicate` holds or `timeout` passes; returns the last capture.
    /// Waiting is by polling the screen, never by fixed sleeps.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 30, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = (try? capture()) ?? ""
            if predicate(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("timed out after \(timeout) s waiting for \(what); screen was:\n\(screen)")
        throw E2EError.timeout(what)
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 30) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Stops the tmux server (idempotent).
    func kill() {
        guard isRunning else { return }
        isRunning = false
        _ = try? tmux(["kill-server"])
    }

    @discardableResult
    private func tmux(_ args: [String]) throws -> String {
        try run("/usr/bin/env", ["tmux", "-L", socket] + args, environment: environment)
    }
}

enum E2EError: Error { case timeout(String), missingBinary(String), processFailed(String) }

/// Runs a program to completion and returns its standard output.
///
/// Uses `posix_spawn` and `waitpid` directly: Foundation's `Process.waitUntilExit()` was seen to
/// miss the exit of `tmux new-session`'s client here. Output goes through a temporary file, not
/// a pipe, because the tmux server the client forks inherits its descriptors and a pipe would
/// never reach end-of-file.
@discardableResult
func run(_ path: String, _ args: [String], environment: [String: String]? = nil) throws -> String {
    let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("usagetop-e2e-out-\(UUID().uuidString)").path
    defer { unlink(outPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
    defer { envp.forEach { free($0) } }
    // Threads of the test runner block signals; a child inherits the spawning thread's mask,
    // so give it an empty mask and default handlers, as a shell would.
    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    defer { posix_spawnattr_destroy(&attr) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attr, &none)
    posix_spawnattr_setsigdefault(&attr, &all)
    posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, path, &actions, &attr, argv, envp)
    guard rc == 0 else { throw E2EError.processFailed("cannot start \(path): errno \(rc)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let data = FileManager.default.contents(atPath: outPath) ?? Data()
    let exited = (status & 0x7f) == 0
    let code = (status >> 8) & 0xff
    guard exited && code == 0 else {
        throw E2EError.processFailed("\(args.joined(separator: " ")) exited with status \(status)")
    }
    return String(decoding: data, as: UTF8.self)
}
