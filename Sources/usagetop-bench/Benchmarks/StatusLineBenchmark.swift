import Foundation
import UsageCore
#if canImport(Glibc)
import Glibc
#endif

// MARK: - `usagetop status-line`

/// Issue 3: "`usagetop status-line` answers in well under 100 ms" — it runs from tmux
/// `status-right` every few seconds. Measured on the warm cache ``SnapshotBenchmark`` filled
/// (200 keys × 90 days): the real `usagetop` executable beside this one, launched with
/// `status-line`, timed from launch to exit with its line read (process start, dynamic loading,
/// config, opening the cache, the queries, printing). A scratch `HOME`/`XDG_CONFIG_HOME` keeps
/// the user's config out. Median of 11 runs after a warm-up.
enum StatusLineBenchmark {
    /// Times `usagetop status-line` on the cache at `path`; adds the row to `table`.
    /// - Throws: ``ChildProcess/Failure`` when `usagetop` is missing or fails.
    static func run(path: String, workspace: Workspace, into table: inout ResultsTable) throws {
        table.section("2b. usagetop status-line (tmux status-right), warm cache, 200 keys x 90 days")
        let binary = try usagetopPath()
        let home = workspace.path("status-line-home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        environment["XDG_CONFIG_HOME"] = home + "/config"
        environment["XDG_DATA_HOME"] = home + "/data"
        environment.removeValue(forKey: "OPENAI_ADMIN_KEY")
        let arguments = ["status-line", "--db", path, "--base-url", AppPath.owner.baseURL, "--profile", AppPath.owner.profile,
                         "--now", "\(AppPath.now)", "--speed", "0"]

        _ = try launch(binary, arguments, environment: environment)          // warm-up (page cache)
        var runs: [Duration] = []
        for _ in 0..<11 {
            let (line, duration) = try timed { try launch(binary, arguments, environment: environment) }
            guard line.contains("MTD") else {
                throw ChildProcess.Failure(description: "usagetop status-line printed \(line)")
            }
            runs.append(duration)
        }
        table.add(.timing("  process launch -> line printed and exited", Samples(durations: runs), targetMilliseconds: 100))
    }

    /// `usagetop` in the folder of this executable (`swift build` puts both products there).
    static func usagetopPath() throws -> String {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: ChildProcess.executablePath))
            ?? CommandLine.arguments[0]
        let path = (own as NSString).deletingLastPathComponent + "/usagetop"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw ChildProcess.Failure(description: "\(path) is not built (make bench builds every product)")
        }
        return path
    }

    /// Runs `binary` with `arguments` to completion and returns its standard output.
    /// - Throws: ``ChildProcess/Failure`` on a non-zero exit.
    private static func launch(_ binary: String, _ arguments: [String], environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ChildProcess.Failure(description: "usagetop status-line exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
