import Foundation

/// Where the built executables are: `.build/debug` of this package (the test run builds them
/// first: `make test` runs `swift build --build-tests`).
enum Binaries {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) throws -> String {
        for config in ["debug", "release"] {
            let p = packageRoot.appendingPathComponent(".build/\(config)/\(name)").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        throw E2EError.missingBinary("\(name) is not built; run `swift build` (make test does)")
    }

    /// Whether tmux is installed (`make deps` installs it).
    static var hasTmux: Bool {
        ((try? run("/usr/bin/env", ["sh", "-c", "command -v tmux"])) ?? "").isEmpty == false
    }
}
