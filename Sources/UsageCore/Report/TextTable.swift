/// Plain aligned text columns for command output (`usagetop report`, `usagetop keys`):
/// left-aligned text columns, right-aligned figures, two spaces between columns, aligned by
/// display width in terminal cells.
public struct TextTable: Sendable {
    /// Column titles.
    public var header: [String]
    /// Which columns are right-aligned (figures), by index.
    public var rightAligned: Set<Int>
    /// Body lines, one array of cells per line (as many as ``header``).
    public var rows: [[String]]
    /// Index of a body line drawn after a rule (`─`), e.g. the total; `nil` for none.
    public var ruleBefore: Int?

    /// Creates a table.
    public init(header: [String], rightAligned: Set<Int>, rows: [[String]], ruleBefore: Int? = nil) {
        self.header = header
        self.rightAligned = rightAligned
        self.rows = rows
        self.ruleBefore = ruleBefore
    }

    /// The lines, each ending with `\n`, trailing spaces trimmed.
    /// - Parameter width: display width of a string in cells (e.g. TermUI `DisplayWidth.of`).
    public func render(width: (String) -> Int = { $0.count }) -> String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { c < $0.count ? width($0[c]) : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = header.indices.map { c -> String in
                let cell = c < cells.count ? cells[c] : ""
                let padding = String(repeating: " ", count: max(0, widths[c] - width(cell)))
                return rightAligned.contains(c) ? padding + cell : cell + padding
            }.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }
        var out = line(header)
        for (i, cells) in rows.enumerated() {
            if i == ruleBefore { out += String(repeating: "─", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1)) + "\n" }
            out += line(cells)
        }
        return out
    }

    /// `1234567` → `1,234,567` (whatever the locale).
    public static func grouped(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0, i % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + String(out.reversed())
    }
}
