import TermUI
import TestSupport
import Testing

@Suite("DisplayWidth truncation")
struct DisplayWidthTests {
    init() { withUTF8Locale() }

    @Test("widths of ASCII, CJK, emoji and combining text")
    func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("a\tb") == 3)
    }

    @Test("text that fits is unchanged")
    func fits() {
        #expect(DisplayWidth.truncate("hello", to: 5) == "hello")
        #expect(DisplayWidth.truncate("", to: 3) == "")
    }

    @Test("text that does not fit ends in the ellipsis", arguments: [
        ("hello world", 6, "hello…"),
        ("漢字テスト", 5, "漢字…"),
        ("漢字テスト", 6, "漢字…"),
        ("ab🚀cd", 4, "ab…"),
        ("abc", 1, "…"),
        ("abc", 0, ""),
    ])
    func truncates(text: String, width: Int, expected: String) {
        let cut = DisplayWidth.truncate(text, to: width)
        #expect(cut == expected)
        #expect(DisplayWidth.of(cut) <= width)
    }

    @Test("fit pads to exactly the width, whatever the script", arguments: ["support-bot", "サポートボット", "🚀 launch", "x"])
    func fitPads(text: String) {
        for width in 1...12 {
            for alignment in [Alignment.left, .right, .center] {
                let s = DisplayWidth.fit(text, to: width, alignment: alignment)
                #expect(DisplayWidth.of(s) == width, "\(text) at \(width) \(alignment)")
            }
        }
    }

    @Test("fit aligns")
    func fitAligns() {
        #expect(DisplayWidth.fit("ab", to: 5, alignment: .right) == "   ab")
        #expect(DisplayWidth.fit("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.fit("abcdef", to: 4, alignment: .right, ellipsis: "~") == "abc~")
    }
}
