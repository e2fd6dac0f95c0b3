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
@discardableResult
func run(_ path: String, _ args: [String], environment: [String: String]? = nil) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    if let environment { p.environment = environment }
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else {
        throw E2EError.processFailed("\(args.joined(separator: " ")) exited \(p.terminationStatus)")
    }
    return String(decoding: data, as: UTF8.self)
}
