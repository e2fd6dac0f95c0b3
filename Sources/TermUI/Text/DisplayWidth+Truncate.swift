// MARK: - Truncation and padding by display width

extension DisplayWidth {
    /// `text` cut to at most `width` columns; when it had to be cut, the last visible column(s)
    /// are replaced by `ellipsis` (itself assumed to fit; dropped when `width` is smaller).
    ///
    /// Widths come from ``DisplayWidth/of(_:)-(Character)`` so a wide CJK glyph or emoji that
    /// would straddle the limit is dropped whole (the result may then be one column short);
    /// unprintable characters count one column, as ``ScreenBuffer/put(_:x:y:maxWidth:style:)``
    /// draws them as `?`.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let mark = of(ellipsis) <= width ? ellipsis : ""
        let budget = width - of(mark)
        var out = ""
        var used = 0
        for ch in text {
            var w = of(ch)
            if w < 0 { w = 1 }
            if used + w > budget { break }
            out.append(ch)
            used += w
        }
        return out + mark
    }

    /// `text` truncated to `width` columns (see ``truncate(_:to:ellipsis:)``) and padded with
    /// spaces to exactly `width` columns, placed by `alignment`.
    public static func fit(_ text: String, to width: Int, alignment: Alignment = .left, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let pad = max(0, width - of(cut))
        switch alignment {
        case .left: return cut + String(repeating: " ", count: pad)
        case .right: return String(repeating: " ", count: pad) + cut
        case .center:
            let left = pad / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: pad - left)
        }
    }
}
