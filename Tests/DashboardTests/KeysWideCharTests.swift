import Foundation
@testable import Dashboard
import TermUI
import TestSupport
import Testing
import UsageCore

/// Column widths follow display width: a CJK and an emoji key name (two cells per character)
/// keep every later column of the API keys table at the same x position on every row.
@Suite("Keys table with wide characters")
struct KeysWideCharTests {
    /// The fixture with an emoji-named key and a CJK owner and project beside the CJK name.
    static var snapshot: DashboardSnapshot {
        var keys = Fixture.snapshot().keys
        keys[1].key.name = "🚀-launcher-全部"
        keys[2].key.owner = KeyOwner(kind: .user, id: "user_kenji", name: nil, email: "健二@example.com")
        keys[2].projectName = "サポート"
        return Fixture.snapshot(keys: keys)
    }

    func lines(width: Int) -> [String] {
        withUTF8Locale()
        let state = Fixture.state(page: .apiKeys, width: width, height: 24, snapshot: Self.snapshot)
        return RootView.render(state: state, theme: .plainUnicode, width: width, height: 24)
            .plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The display column (cells from the left edge) where `needle` starts in `line`.
    func x(of needle: String, in line: String) -> Int? {
        line.range(of: needle).map { DisplayWidth.of(String(line[..<$0.lowerBound])) }
    }

    /// The display column just after `needle` ends in `line` (for right-aligned columns).
    func end(of needle: String, in line: String) -> Int? {
        line.range(of: needle).map { DisplayWidth.of(String(line[..<$0.upperBound])) }
    }

    /// Whether `needle` occurs in `line` starting at display column `x` (a value may also
    /// occur elsewhere in the row, e.g. `—` or `0`).
    func occurs(_ needle: String, startingAt x: Int?, in line: String) -> Bool {
        line.ranges(of: needle).contains { DisplayWidth.of(String(line[..<$0.lowerBound])) == x }
    }

    /// Whether `needle` occurs in `line` ending just before display column `x`.
    func occurs(_ needle: String, endingAt x: Int?, in line: String) -> Bool {
        line.ranges(of: needle).contains { DisplayWidth.of(String(line[..<$0.upperBound])) == x }
    }

    @Test("the wide names are drawn whole", arguments: [80, 120, 200])
    func wholeNames(width: Int) {
        let screen = lines(width: width)
        #expect(screen.contains { $0.contains("🚀-launcher-全部") })
        #expect(screen.contains { $0.contains("東京-translator") })
    }

    @Test("every column starts (left-aligned) or ends (right-aligned) at the same x on every row",
          arguments: [80, 120, 200])
    func aligned(width: Int) {
        let screen = lines(width: width)
        let header = screen[2]
        let keys = Self.snapshot.keys
        let rows = screen[3..<(3 + keys.count)]
        #expect(rows.contains { $0.contains("🚀") } && rows.contains { $0.contains("東京") })
        let keyX = x(of: "Key", in: header)
        let spendEnd = end(of: "MTD spend ▼", in: header)
        let tokensEnd = end(of: "Tokens", in: header)
        let usedEnd = end(of: "Last used", in: header)
        #expect(keyX != nil && spendEnd != nil && tokensEnd != nil && usedEnd != nil)
        var checked = 0
        for row in rows {
            guard let summary = keys.first(where: { row.contains("\($0.key.redactedValue) ") }) else {
                Issue.record("no key value in \(row)")
                continue
            }
            #expect(occurs(summary.key.redactedValue, startingAt: keyX, in: row), "Key column moved in \(row)")
            let spend = KeyContentWidths.spendText(summary, glyphs: .unicode)
            #expect(occurs(spend, endingAt: spendEnd, in: row), "MTD spend moved in \(row)")
            let tokens = TokenFormat.compact(summary.monthActivity.totalTokens)
            #expect(occurs(tokens, endingAt: tokensEnd, in: row), "Tokens moved in \(row)")
            let used = RelativeTime.ago(summary.key.lastUsedAt, now: Fixture.now)
            #expect(occurs(used, endingAt: usedEnd, in: row), "Last used moved in \(row)")
            if width >= 200 {
                // Every column is on screen: check the left-aligned text columns too.
                for (title, value) in [("Project", summary.key.kind == .admin ? "admin key" : summary.projectName ?? "—"),
                                       ("Owner", summary.key.owner?.label ?? "—"),
                                       ("Created", KeyContentWidths.shortDate(summary.key.createdAt, now: Fixture.now)),
                                       ("Access", summary.key.ownerProjectAccess ?? "—")] {
                    #expect(occurs(value, startingAt: x(of: title, in: header), in: row), "\(title) moved in \(row)")
                }
            }
            checked += 1
        }
        #expect(checked == keys.count)
    }
}
