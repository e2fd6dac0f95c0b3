import Foundation

/// A `usagetop-sim` child process on a free loopback port, stopped on `stop()` or deinit.
final class SimProcess {
    let process = Process()
    let baseURL: String

    /// Starts the simulator with `arguments` (e.g. `--now`, `--speed`) and waits for its
    /// "listening on" line.
    init(arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: try Binaries.path("usagetop-sim"))
        process.arguments = ["--port", "0"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = ""
        let handle = out.fileHandleForReading
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !line.contains("\n") {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            line += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = line.range(of: #"http://[^\s]+"#, options: .regularExpression) else {
            process.terminate()
            throw E2EError.processFailed("usagetop-sim did not report its address: \(line)")
        }
        baseURL = String(line[range])
    }

    deinit { stop() }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// GET `path` (below `/v1`) with a fake admin key and return the decoded JSON object.
    func getJSON(_ pathAndQuery: String) throws -> [String: Any] {
        // The header goes through a file so no key appears in curl's arguments.
        let header = FileManager.default.temporaryDirectory.appendingPathComponent("usagetop-e2e-auth-\(getpid())")
        try "Authorization: Bearer sk-admin-test-e2e\n".write(to: header, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: header) }
        let body = try run("/usr/bin/env", ["curl", "-s", "-H", "@" + header.path, baseURL + pathAndQuery])
        guard let obj = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] else {
            throw E2EError.processFailed("not a JSON object: \(body.prefix(200))")
        }
        return obj
    }
}
