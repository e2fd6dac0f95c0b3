import Foundation
import TermUI

/// Shortens Costs API `line_item` labels for narrow tables without making distinct rows look
/// the same (`batch | gpt-4.1-mini-2025-04-14, cached input` → `batch | gpt-4.1-mini, cached`).
public enum LineItemLabel {
    /// Abbreviations for a line item's token kind, tried in order when the label is too wide.
    public static let abbreviations: [(String, String)] = [
        ("uncached input", "uncached"), ("cached input", "cached"), ("cache writes", "writes"),
        ("long context", "long ctx"), ("output", "out"), ("input", "in"),
    ]

    /// A Costs API `line_item` label shortened to `width` cells so that distinct line items stay
    /// distinct: first every model snapshot date goes (`gpt-4.1-mini-2025-04-14` →
    /// `gpt-4.1-mini`), then the token kinds are abbreviated (`cached input` → `cached`), and
    /// only then is the *model* part cut with an ellipsis, keeping the tier prefix (`batch | `)
    /// and the kind suffix (`, cached`) that tell rows apart.
    ///
    /// - Parameters:
    ///   - label: the `line_item` as the Costs API gives it (`notes/pricing.md` §5).
    ///   - width: the cells available.
    ///   - ellipsis: the theme's ellipsis glyph.
    /// - Returns: `label` itself when it fits; otherwise the shortest needed form (which may
    ///   still be wider than `width` when even that cannot fit; the table then cuts it).
    public static func short(_ label: String, width: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(label) > width else { return label }
        var text = undatedWithin(label)
        if DisplayWidth.of(text) <= width { return text }
        // Abbreviate the kind part (after the first ", ").
        if let comma = text.range(of: ", ") {
            var head = String(text[..<comma.lowerBound]), tail = String(text[comma.lowerBound...])
            for (long, short) in abbreviations where tail.contains(long) {
                tail = tail.replacingOccurrences(of: long, with: short)
                text = head + tail
                if DisplayWidth.of(text) <= width { return text }
            }
            // Cut the model part, keeping the tier prefix and the kind suffix.
            let room = width - DisplayWidth.of(tail)
            if room >= DisplayWidth.of(ellipsis) + 3 {
                head = DisplayWidth.truncate(head, to: room, ellipsis: ellipsis)
                return head + tail
            }
        }
        return text
    }

    /// `label` with every `-YYYY-MM-DD` model snapshot date removed, wherever it appears.
    public static func undatedWithin(_ label: String) -> String {
        var out: [Character] = []
        let chars = Array(label)
        var i = 0
        let pattern = Array("-dddd-dd-dd")
        while i < chars.count {
            if i + pattern.count <= chars.count,
               zip(chars[i..<(i + pattern.count)], pattern).allSatisfy({ c, p in p == "d" ? c.isASCII && c.isNumber : c == p }),
               i + pattern.count == chars.count || !(chars[i + pattern.count].isASCII && chars[i + pattern.count].isNumber) {
                i += pattern.count
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return String(out)
    }

}
