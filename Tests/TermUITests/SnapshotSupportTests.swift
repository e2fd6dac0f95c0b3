import TestSupport
import Testing

@Suite("TestSupport snapshot diff")
struct SnapshotSupportTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    @Test("line diff marks removed and added lines around common ones")
    func diff() {
        let d = SnapshotFiles.lineDiff(expected: "a\nb\nc\nd", actual: "a\nB\nc\nd\ne")
        #expect(d == "  a\n- b\n+ B\n  c\n  d\n+ e")
        #expect(SnapshotFiles.lineDiff(expected: "same", actual: "same") == "")
        let long = (1...20).map(String.init)
        var changed = long
        changed[9] = "X"
        #expect(SnapshotFiles.lineDiff(expected: long.joined(separator: "\n"), actual: changed.joined(separator: "\n"), context: 1)
            == "  …\n  9\n- 10\n+ X\n  11\n  …")
        #expect(SnapshotFiles.lineDiff(expected: "", actual: "x") == "- \n+ x")
    }

    @Test("a mismatch records an issue and leaves the file alone")
    func mismatch() throws {
        withKnownIssue("the text differs from Snapshots/help-overlay.txt on purpose") {
            assertSnapshot("not the help overlay", named: "help-overlay")
        }
    }

    @Test("the editorconfig keeps trailing whitespace")
    func editorConfig() {
        #expect(SnapshotFiles.editorConfig.contains("trim_trailing_whitespace = false"))
    }

    @Test("the UTF-8 locale can be set")
    func locale() {
        let ok = withUTF8Locale()
        #expect(ok)
    }
}
