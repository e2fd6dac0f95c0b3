import CTermSupport

/// Display width of text in terminal columns, by libc `wcwidth` — the same table ncursesw uses,
/// so the buffer's idea of a column is the terminal's.
///
/// The process must have called `setlocale(LC_ALL, "")` (the app) or
/// `setlocale(LC_CTYPE, "C.UTF-8")` (tests) first; under the C locale every non-ASCII scalar is
/// unprintable.
public enum DisplayWidth {
    /// Columns of one grapheme: the width of its first non-zero-width scalar (0, 1 or 2).
    /// Control and unprintable characters count as -1 (callers replace them).
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (v >= 0x7F && v < 0xA0) { return -1 }
            if v < 0x7F { return 1 }  // ASCII fast path
            let w = Int(cts_wcwidth(v))
            if w < 0 { return width > 0 ? width : -1 }
            if w > width { width = w }
            if width == 2 { break }
        }
        return width
    }

    /// Columns of a whole string; unprintable graphemes count 1 (they are drawn as `?`).
    public static func of(_ text: String) -> Int {
        var total = 0
        for ch in text {
            let w = of(ch)
            total += w < 0 ? 1 : w
        }
        return total
    }
}
