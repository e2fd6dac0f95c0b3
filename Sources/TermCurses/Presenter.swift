internal import CNCursesW
import TermUI

/// Copies ``ScreenBuffer`` frames to the terminal, writing only the rows that changed.
///
/// Keeps the previously presented buffer. For each row that differs it writes the row as styled
/// runs (`wattr_set` + `mvwaddnwstr`), skipping the continuation cells of wide glyphs, then ends
/// the frame with one `wnoutrefresh` + `doupdate`; ncurses diffs against the physical screen
/// (notes/tui-architecture.md §4.2 "Presenter"). No full clears, except after
/// ``invalidate()`` (a resize), which uses `clearok`.
///
/// Colours are mapped to the terminal's tier (``Terminal/colorSupport``): exact in
/// ``ColorSupport/many``, nearest of the 8 ANSI colours in ``ColorSupport/eight``, dropped in
/// ``ColorSupport/monochrome`` (attributes stay). Pairs come from `alloc_pair` and are cached.
///
/// ``EventLoop`` owns one; create another only to draw without a loop (one presenter per
/// terminal, or the row diff goes stale). Not Sendable: use it on the UI thread, with an active
/// ``Terminal``.
public final class Presenter {
    private let terminal: Terminal
    private var previous: ScreenBuffer?
    private var needsClear = false
    private var pairs: [CursesPair: Int32] = [:]
    private let pairCapacity: Int
    private var pairsOverflowed = false
    /// Rows written to curses by the last ``present(_:)`` (diagnostics and tests).
    private(set) var rowsWrittenLastFrame = 0

    /// Creates a presenter drawing into `terminal`'s standard screen.
    public init(terminal: Terminal) {
        self.terminal = terminal
        pairCapacity = max(0, Int(cw_color_pairs()) - 1)
    }

    /// Forgets what is on screen: the next ``present(_:)`` clears the terminal (`clearok`) and
    /// repaints every row. Call after a resize.
    public func invalidate() {
        needsClear = true
        previous = nil
    }

    /// Shows `buffer`: writes the rows that differ from the previous frame, then `doupdate`.
    ///
    /// The buffer normally matches ``Terminal/width`` × ``Terminal/height``; anything beyond the
    /// screen is clipped, and a wide glyph that would straddle the right edge becomes a space.
    /// Does nothing once the terminal is shut down.
    public func present(_ buffer: ScreenBuffer) {
        terminal.owner.check()
        guard terminal.isActive else { return }
        let window = terminal.window
        let sameShape = previous?.area == buffer.area
        if !sameShape || needsClear { werase(window) }
        if needsClear { clearok(window, true) }
        let reference = sameShape ? previous : nil
        if !paint(buffer, over: reference) {
            // The pair table filled up mid-frame, so older cached pairs may have been recycled:
            // start the pair table afresh and repaint everything once.
            reset_color_pairs()
            pairs = [:]
            werase(window)
            _ = paint(buffer, over: nil)
        }
        wnoutrefresh(window)
        doupdate()
        previous = buffer
        needsClear = false
    }

    // MARK: - Rows

    /// Paints the rows of `buffer` that differ from `reference` (all when nil). Returns false
    /// when the colour-pair table overflowed (the frame must be repainted after a reset).
    private func paint(_ buffer: ScreenBuffer, over reference: ScreenBuffer?) -> Bool {
        let rows = min(buffer.height, terminal.height)
        let columns = min(buffer.width, terminal.width)
        let allowReset = !pairs.isEmpty
        pairsOverflowed = false
        rowsWrittenLastFrame = 0
        for y in 0..<max(rows, 0) {
            if let reference, reference.row(y) == buffer.row(y) { continue }
            paintRow(y, of: buffer, columns: columns)
            rowsWrittenLastFrame += 1
            if pairsOverflowed && allowReset { return false }
        }
        return true
    }

    /// Writes row `y` as runs of equal style.
    private func paintRow(_ y: Int, of buffer: ScreenBuffer, columns: Int) {
        var run: [wchar_t] = []
        var runStart = 0
        var runStyle = Style.plain
        var x = 0
        while x < columns {
            let cell = buffer[x, y]
            let isWide = x + 1 < buffer.width && buffer[x + 1, y].isContinuation && !cell.isContinuation
            var symbol = cell.symbol
            var width = isWide ? 2 : 1
            // An orphan continuation, a wide glyph cut by the right edge, or a control character
            // would shift the rest of the row: draw a space (or `?`) instead.
            if cell.isContinuation || (isWide && x + 1 >= columns) {
                symbol = " "
                width = 1
            } else if symbol.unicodeScalars.contains(where: Self.isControl) {
                symbol = "?"
            }
            if run.isEmpty {
                runStart = x
                runStyle = cell.style
            } else if cell.style != runStyle {
                write(run, x: runStart, y: y, style: runStyle)
                run.removeAll(keepingCapacity: true)
                runStart = x
                runStyle = cell.style
            }
            for scalar in symbol.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
            x += width
        }
        if !run.isEmpty { write(run, x: runStart, y: y, style: runStyle) }
    }

    private func write(_ run: [wchar_t], x: Int, y: Int, style: Style) {
        let window = terminal.window
        var pair = pairNumber(for: style)
        wattr_set(window, attributes(style.attributes), Int16(truncatingIfNeeded: pair), &pair)
        run.withUnsafeBufferPointer {
            _ = mvwaddnwstr(window, Int32(y), Int32(x), $0.baseAddress, Int32($0.count))
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    // MARK: - Style mapping

    /// The curses pair for `style`'s colours (0 = default colours).
    private func pairNumber(for style: Style) -> Int32 {
        guard let key = terminal.colors.pair(for: style) else { return 0 }
        if let cached = pairs[key] { return cached }
        guard pairs.count < pairCapacity else {
            pairsOverflowed = true
            return 0
        }
        let allocated = alloc_pair(key.fg, key.bg)
        guard allocated > 0 else { return 0 }
        pairs[key] = allocated
        return allocated
    }

    /// ncurses attribute bits for `attributes`.
    private func attributes(_ attributes: Attributes) -> attr_t {
        var result = cw_a_normal()
        if attributes.contains(.bold) { result |= cw_a_bold() }
        if attributes.contains(.dim) { result |= cw_a_dim() }
        if attributes.contains(.reverse) { result |= cw_a_reverse() }
        if attributes.contains(.underline) { result |= cw_a_underline() }
        return result
    }
}
