import Foundation

// MARK: - Temporary files

/// A private temporary folder for the benchmark caches (`$TMPDIR/usagetop-bench-<pid>`),
/// removed by ``remove()``.
struct Workspace: Sendable {
    /// The folder path.
    let directory: String

    /// Creates the folder.
    /// - Throws: a file-system error.
    init() throws {
        directory = FileManager.default.temporaryDirectory.path + "/usagetop-bench-\(getpid())"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    /// The path of the file `name` in the folder.
    func path(_ name: String) -> String { directory + "/" + name }

    /// Deletes the folder and everything in it.
    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    /// The size of the SQLite cache at `path` with its `-wal` file, in bytes.
    func cacheBytes(_ path: String) -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }
}
