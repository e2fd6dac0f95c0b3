import TermUI
import Testing

@testable import TermCurses

extension TermCursesTests {
    @Test("palette indices map to the nearest of the 8 ANSI colours", arguments: [
        (UInt8(1), Int32(1)), (9, 1), (15, 7), (16, 0), (196, 1), (46, 2), (21, 4),
        (226, 3), (201, 5), (51, 6), (231, 7), (208, 3), (232, 0), (255, 7),
    ])
    func nearestANSI(index: UInt8, ansi: Int32) {
        #expect(ColorMapping.nearestANSI(index) == ansi)
    }

    @Test("the colour tiers map a style to a curses pair")
    func tiers() {
        let red = Style(fg: .red, bg: .default)
        let many = ColorMapping(support: .many, hasDefaultColors: true, colorCount: 256)
        #expect(many.pair(for: red) == CursesPair(fg: 1, bg: -1))
        #expect(many.pair(for: Style(fg: .indexed(202))) == CursesPair(fg: 202, bg: -1))
        #expect(many.pair(for: Style(attributes: .bold)) == nil)

        let eight = ColorMapping(support: .eight, hasDefaultColors: true, colorCount: 8)
        #expect(eight.pair(for: Style(fg: .indexed(202))) == CursesPair(fg: 1, bg: -1))

        let noDefaults = ColorMapping(support: .eight, hasDefaultColors: false, colorCount: 8)
        #expect(noDefaults.pair(for: red) == CursesPair(fg: 1, bg: 0))
        #expect(noDefaults.pair(for: Style(fg: .white, bg: .black)) == nil)

        let mono = ColorMapping(support: .monochrome, hasDefaultColors: true, colorCount: 0)
        #expect(mono.pair(for: red) == nil)
    }
}
