// MARK: - The printed table

/// Lays out ``BenchRow``s as a plain-text table with aligned columns (`make bench` prints it).
///
/// Text columns are left-aligned, figures right-aligned; section titles print as their own lines.
struct ResultsTable: Sendable {
    /// A section title or a result line.
    enum Line: Sendable {
        /// A heading printed on its own line (e.g. `1. Snapshot build`).
        case section(String)
        /// A result.
        case row(BenchRow)
    }

    /// Every line, in print order.
    private(set) var lines: [Line] = []

    /// Appends a section heading.
    mutating func section(_ title: String) { lines.append(.section(title)) }

    /// Appends a result.
    mutating func add(_ row: BenchRow) { lines.append(.row(row)) }

    /// Whether any row failed its target.
    var hasFailures: Bool {
        lines.contains { if case .row(let r) = $0 { r.verdict == .fail } else { false } }
    }

    /// The table as text: a header, a rule, then every line.
    func render() -> String {
        let header = ["benchmark", "median", "min", "max", "runs", "target", "result"]
        let rows = lines.compactMap { line -> [String]? in
            guard case .row(let r) = line else { return nil }
            return [r.name, r.value, r.min, r.max, r.runs, r.target, r.verdict.rawValue]
        }
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = Swift.max(widths[i], cell.count) }
        }
        let rightAligned: Set<Int> = [1, 2, 3, 4]
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
        var out = [format(header), String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))]
        for line in lines {
            switch line {
            case .section(let title): out.append(title)
            case .row(let r): out.append(format([r.name, r.value, r.min, r.max, r.runs, r.target, r.verdict.rawValue]))
            }
        }
        return out.joined(separator: "\n")
    }
}
