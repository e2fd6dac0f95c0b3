import Foundation
import Testing

// MARK: - Snapshot files

/// Compares `text` with the snapshot file `Snapshots/<name>.txt` next to the calling test file
/// (the swift-argument-parser `assertSnapshot` style; `notes/tui-architecture.md` §4.4).
///
/// - When the file is missing, or the environment has `RECORD_SNAPSHOTS=1`, the file is
///   (re)written and an Issue is recorded saying so — a first run fails loudly once, and the next
///   run passes against the recorded file. Review recorded files before committing them.
/// - On a mismatch an Issue with a `-expected`/`+actual` line diff is recorded.
/// - A `Snapshots/.editorconfig` disabling trailing-whitespace trimming is written alongside
///   (rendered rows end in significant blanks; ``ScreenBuffer/textDump`` frames them in `|`).
///
/// The file holds `text` followed by one newline.
public func assertSnapshot(
    _ text: String,
    named name: String,
    fileID: String = #fileID,
    filePath: StaticString = #filePath,
    line: Int = #line,
    column: Int = #column
) {
    let location = SourceLocation(fileID: fileID, filePath: "\(filePath)", line: line, column: column)
    let folder = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let existing = try? String(contentsOf: file, encoding: .utf8)

    if record || existing == nil {
        do {
            try SnapshotFiles.write(text + "\n", to: file, folder: folder)
            let why = existing == nil ? "was missing" : "RECORD_SNAPSHOTS=1"
            Issue.record("Recorded snapshot \(name).txt (\(why)); re-run to compare against it.", sourceLocation: location)
        } catch {
            Issue.record("Could not write snapshot \(file.path): \(error)", sourceLocation: location)
        }
        return
    }
    var expected = existing ?? ""
    if expected.hasSuffix("\n") { expected.removeLast() }
    guard expected != text else { return }
    let diff = SnapshotFiles.lineDiff(expected: expected, actual: text)
    Issue.record(
        "Snapshot \(name).txt differs (- expected, + actual; RECORD_SNAPSHOTS=1 re-records):\n\(diff)",
        sourceLocation: location
    )
}

/// File writing and diffing behind ``assertSnapshot(_:named:fileID:filePath:line:column:)``.
public enum SnapshotFiles {
    /// The `.editorconfig` written into every `Snapshots` folder: keeps trailing blanks.
    public static let editorConfig = """
        # Snapshot files are rendered terminal rows: trailing blanks are significant.
        [*]
        trim_trailing_whitespace = false
        insert_final_newline = true

        """

    /// Writes `contents` to `file`, creating `folder` and its `.editorconfig` when needed.
    /// Throws the underlying file-system error.
    public static func write(_ contents: String, to file: URL, folder: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent(".editorconfig")
        if !fm.fileExists(atPath: config.path) {
            try editorConfig.write(to: config, atomically: true, encoding: .utf8)
        }
        try contents.write(to: file, atomically: true, encoding: .utf8)
    }

    /// A line diff of two texts: unchanged lines prefixed `"  "`, removed `"- "`, added `"+ "`
    /// (longest-common-subsequence alignment). Only `context` unchanged lines are kept around each
    /// change; a skipped stretch shows as `"  …"`.
    public static func lineDiff(expected: String, actual: String, context: Int = 3) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // lcs[i][j] = length of the LCS of a[i...] and b[j...].
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                out.append("  " + a[i]); i += 1; j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                out.append("- " + a[i]); i += 1
            } else {
                out.append("+ " + b[j]); j += 1
            }
        }
        let changed = out.indices.filter { !out[$0].hasPrefix("  ") }
        let keep = out.indices.filter { i in changed.contains { abs($0 - i) <= context } }
        var shown: [String] = []
        var last = -1
        for i in keep {
            if i > last + 1 { shown.append("  …") }
            shown.append(out[i])
            last = i
        }
        if last < out.count - 1, !keep.isEmpty { shown.append("  …") }
        return shown.joined(separator: "\n")
    }
}
