import TermUI

/// How ``Color``s become curses colour numbers on one terminal: the tier, whether
/// `use_default_colors` succeeded, and how many colours there are.
///
/// Pure: the presenter asks it for a (foreground, background) pair and allocates the pair with
/// `alloc_pair`. Colour number -1 is the terminal's own default colour.
/// (notes/tui-architecture.md §4.2 "Presenter", §4.5 "Colour tiers").
struct ColorMapping: Sendable, Hashable {
    /// The tier colours are mapped down to.
    let support: ColorSupport
    /// Whether -1 means "the terminal's default" (`use_default_colors` returned OK). When it
    /// did not, the default foreground is white (7) and the default background black (0).
    let hasDefaultColors: Bool
    /// `COLORS` after `start_color` (256 for xterm-256color, 8 for xterm/screen).
    let colorCount: Int

    /// Colour numbers of pair 0 (what ncurses draws without a pair).
    var defaultPair: CursesPair {
        hasDefaultColors ? CursesPair(fg: -1, bg: -1) : CursesPair(fg: 7, bg: 0)
    }

    /// The pair for `style`'s colours, or `nil` when pair 0 draws it (monochrome, or both
    /// colours are the defaults).
    func pair(for style: Style) -> CursesPair? {
        guard support != .monochrome else { return nil }
        let pair = CursesPair(fg: number(style.fg, isBackground: false),
                              bg: number(style.bg, isBackground: true))
        return pair == defaultPair ? nil : pair
    }

    /// The curses colour number of `color` in this tier.
    func number(_ color: Color, isBackground: Bool) -> Int32 {
        switch color {
        case .default:
            hasDefaultColors ? -1 : (isBackground ? 0 : 7)
        case .indexed(let n):
            support == .many && Int(n) < colorCount ? Int32(n) : Self.nearestANSI(n)
        default:
            Int32(color.ansi ?? 7)
        }
    }

    // MARK: - Nearest of the 8 ANSI colours

    /// The ANSI colour 0–7 closest (squared RGB distance, xterm's default palette) to the xterm
    /// 256-colour palette entry `index`. Bright colours 8–15 map to their base colour.
    static func nearestANSI(_ index: UInt8) -> Int32 {
        let n = Int(index)
        if n < 8 { return Int32(n) }
        if n < 16 { return Int32(n - 8) }
        let rgb = rgb256(n)
        var best = 0
        var bestDistance = Int.max
        for (i, p) in ansiPalette.enumerated() {
            let d = (rgb.0 - p.0) * (rgb.0 - p.0) + (rgb.1 - p.1) * (rgb.1 - p.1)
                + (rgb.2 - p.2) * (rgb.2 - p.2)
            if d < bestDistance {
                bestDistance = d
                best = i
            }
        }
        return Int32(best)
    }

    /// xterm's default RGB for the 8 ANSI colours.
    private static let ansiPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    ]

    /// RGB of palette entries 16–255: the 6×6×6 cube, then 24 greys.
    private static func rgb256(_ n: Int) -> (Int, Int, Int) {
        if n >= 232 {
            let v = 8 + 10 * (n - 232)
            return (v, v, v)
        }
        let levels = [0, 95, 135, 175, 215, 255]
        let i = n - 16
        return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
    }
}

/// A curses foreground/background colour-number pair (-1 = the terminal's default).
struct CursesPair: Sendable, Hashable {
    /// Foreground colour number.
    var fg: Int32
    /// Background colour number.
    var bg: Int32
}
