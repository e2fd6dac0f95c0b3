// MARK: - Choosing a tier and a glyph set from what the terminal reports

extension ColorSupport {
    /// The tier for a terminal: ``monochrome`` when `NO_COLOR` is set to a non-empty value
    /// (no-color.org; htop `CommandLine.c`), when colour is forced off, or when the terminal has no
    /// colours (`has_colors()` false, `COLORS` < 8); ``eight`` below 256 colours; else ``many``.
    ///
    /// - Parameters:
    ///   - hasColors: ncurses `has_colors()`.
    ///   - colorCount: ncurses `COLORS`.
    ///   - noColor: the value of the `NO_COLOR` environment variable, if set.
    ///   - forceMonochrome: a `--no-color` flag.
    public static func detect(hasColors: Bool, colorCount: Int, noColor: String?, forceMonochrome: Bool = false) -> ColorSupport {
        if forceMonochrome || !(noColor ?? "").isEmpty || !hasColors || colorCount < 8 { return .monochrome }
        return colorCount >= 256 ? .many : .eight
    }
}

extension GlyphSet {
    /// Whether Unicode glyphs can be used: the locale's codeset (`nl_langinfo(CODESET)`) is UTF-8
    /// and no ASCII flag was given (htop enables its UTF-8 glyphs the same way).
    public static func unicodeUsable(codeset: String, forceASCII: Bool = false) -> Bool {
        guard !forceASCII else { return false }
        let c = codeset.uppercased()
        return c == "UTF-8" || c == "UTF8"
    }
}
