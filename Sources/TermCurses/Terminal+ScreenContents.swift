internal import CNCursesW
import TermUI

extension Terminal {
    /// What ncurses believes the physical screen shows (`curscr`, updated by `doupdate`), read
    /// back cell by cell with `mvwin_wch` + `getcchar` into a ``ScreenBuffer`` (tests).
    ///
    /// The right half of a wide glyph comes back as a continuation cell. Colours come back as
    /// curses colour numbers: -1 → `.default`, 0–7 → the named colours, others `.indexed`.
    func screenContents() -> ScreenBuffer {
        owner.check()
        guard isActive, let physical = cw_curscr() else { return ScreenBuffer(width: 0, height: 0) }
        let savedY = getcury(physical), savedX = getcurx(physical)
        defer { wmove(physical, savedY, savedX) }
        let rows = Int(getmaxy(physical)), columns = Int(getmaxx(physical))
        var buffer = ScreenBuffer(width: columns, height: rows)
        for y in 0..<rows {
            var coveredByWide = false
            for x in 0..<columns {
                var cell = cchar_t()
                guard mvwin_wch(physical, Int32(y), Int32(x), &cell) != ERR else { continue }
                var text = [wchar_t](repeating: 0, count: 8)
                var attributes: attr_t = 0
                var shortPair: Int16 = 0
                var pair: Int32 = 0
                guard getcchar(&cell, &text, &attributes, &shortPair, &pair) != ERR else { continue }
                let symbol = String(String.UnicodeScalarView(
                    text.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
                let style = Style(fg: Self.color(number: pairColors(pair).fg),
                                  bg: Self.color(number: pairColors(pair).bg),
                                  attributes: Self.attributes(attributes))
                if coveredByWide {
                    buffer[x, y] = Cell("", style: style)
                    coveredByWide = false
                } else {
                    buffer[x, y] = Cell(symbol.isEmpty ? " " : symbol, style: style)
                    let first = symbol.unicodeScalars.first.map { wchar_t(bitPattern: $0.value) }
                    coveredByWide = first.map { wcwidth($0) == 2 } ?? false
                }
            }
        }
        return buffer
    }

    private func pairColors(_ pair: Int32) -> (fg: Int32, bg: Int32) {
        guard colorSupport != .monochrome else { return (-1, -1) }
        var fg: Int32 = -1, bg: Int32 = -1
        extended_pair_content(pair, &fg, &bg)
        return (fg, bg)
    }

    private static func color(number: Int32) -> Color {
        let named: [Color] = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]
        switch number {
        case 0..<8: return named[Int(number)]
        case 8..<256: return .indexed(UInt8(number))
        default: return .default
        }
    }

    private static func attributes(_ bits: attr_t) -> Attributes {
        var result: Attributes = []
        if bits & cw_a_bold() != 0 { result.insert(.bold) }
        if bits & cw_a_dim() != 0 { result.insert(.dim) }
        if bits & cw_a_reverse() != 0 { result.insert(.reverse) }
        if bits & cw_a_underline() != 0 { result.insert(.underline) }
        return result
    }
}
