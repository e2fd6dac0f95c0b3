import Foundation
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Running this benchmark as a probe

/// Runs this same executable again with probe arguments, so a measurement starts in a fresh
/// process (clean heap for memory, real process start for the first frame).
enum ChildProcess {
    /// What a probe printed, and when it was started.
    struct Output: Sendable {
        /// `key=value` lines of the probe's standard output.
        var values: [String: String]
        /// `CLOCK_MONOTONIC` when the parent launched the probe (nanoseconds).
        var launchedAtNanos: UInt64
    }

    /// Why a probe failed.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with the probe's standard error.
        var description: String
    }

    /// This executable: `/proc/self/exe`, which still runs this image when a concurrent build
    /// has replaced the file on disk; `argv[0]` where there is no `/proc`.
    static var executablePath: String {
        FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
    }

    /// Launches this executable with `arguments`, waits for it, and parses its `key=value` lines.
    /// - Throws: ``Failure`` when it cannot start or exits with a non-zero status.
    static func run(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let launched = monotonicNanos()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "probe \(arguments.joined(separator: " ")) exited with \(process.terminationStatus): "
                + String(decoding: errors, as: UTF8.self))
        }
        var values: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return Output(values: values, launchedAtNanos: launched)
    }

    /// `CLOCK_MONOTONIC` in nanoseconds: the same clock in parent and probe, so a probe can
    /// report when it reached a point and the parent can subtract its launch time.
    static func monotonicNanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
