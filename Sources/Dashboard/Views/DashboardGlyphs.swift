import TermUI
import UsageCore

/// The dashboard's own text symbols (status dots, separators, range arrows), in a Unicode and an
/// ASCII variant picked from the theme's glyph set, plus the theme's shared glyphs.
struct DashboardGlyphs {
    let glyphs: GlyphSet
    /// Whether the theme draws 7-bit ASCII only.
    let ascii: Bool

    init(_ theme: Theme) {
        glyphs = theme.glyphs
        ascii = theme.glyphs == .ascii || theme.glyphs.ellipsis.unicodeScalars.allSatisfy(\.isASCII)
    }

    /// Separator between header parts (`·` / `-`).
    var dot: String { ascii ? "-" : "·" }
    /// "No data" in a table cell (`—` / `-`).
    var none: String { ascii ? "-" : "—" }
    /// Range dash (`–` / `-`).
    var dash: String { glyphs.rangeDash }
    /// "Approximately" (`≈` / `~`).
    var approx: String { glyphs.approx }
    /// Synced dot (`●` / `*`).
    var ok: String { glyphs.bullet }
    /// Sync in progress (`◌` / `o`).
    var busy: String { ascii ? "o" : "◌" }
    /// Warning (`▲` / `^`).
    var warn: String { glyphs.arrowUp }
    /// Failure (`✖` / `x`).
    var fail: String { ascii ? "x" : "✖" }
    /// Older / newer range arrows (`‹ ›` / `< >`).
    var rangeArrows: String { ascii ? "< >" : "‹ ›" }
    /// The older range arrow alone (`‹` / `<`).
    var olderArrow: String { ascii ? "<" : "‹" }
    /// The newer range arrow alone (`›` / `>`).
    var newerArrow: String { ascii ? ">" : "›" }
    /// The text cursor in the filter prompt (`▏` / `_`).
    var cursor: String { ascii ? "_" : "▏" }
    /// The "selected view" pointer (`▸` / `>`).
    var viewPointer: String { ascii ? ">" : "▸" }

    /// `Nov 1–29 UTC` with this set's dash.
    func daySpan(_ first: UnixSeconds, _ last: UnixSeconds) -> String {
        let text = UTCDateFormat.daySpan(first, last)
        return ascii ? text.replacingDash(with: dash) : text
    }

    /// `$412.37`, `≈$12.40` for an estimate, `—` for no data.
    func money(_ amount: USD?, estimate: Bool = false) -> String {
        guard let amount else { return none }
        return (estimate ? approx : "") + amount.formatted
    }

    /// `73.0%` or this set's "no data" mark.
    func percent(_ ratio: Double?) -> String {
        let text = PercentFormat.oneDecimal(ratio)
        return text == "—" ? none : text
    }

    /// `82%` or this set's "no data" mark.
    func wholePercent(_ ratio: Double?) -> String {
        let text = PercentFormat.whole(ratio)
        return text == "—" ? none : text
    }
}

private extension String {
    func replacingDash(with dash: String) -> String {
        var out = ""
        for ch in self { out += ch == "–" ? dash : String(ch) }
        return out
    }
}
