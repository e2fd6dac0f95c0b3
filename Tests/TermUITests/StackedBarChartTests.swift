import Foundation
import TermUI
import TestSupport
import Testing

@Suite("StackedBarChart")
struct StackedBarChartTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    let theme = Theme.plainUnicode
    let label: (Double) -> String = { String(Int($0)) }

    var columns: [BarColumn] {
        [
            BarColumn(segments: [2], label: "1"), BarColumn(segments: [4], label: "2"),
            BarColumn(segments: [6, 2], label: "3"), .missing(label: "4"), BarColumn(segments: [0], label: "5"),
        ]
    }

    @Test("stacks, axis labels (top, middle, zero), missing column, x labels (monochrome: one glyph per segment)")
    func stacked() {
        let chart = StackedBarChart(columns: columns, theme: theme, valueLabel: label)
        #expect(chart.top == 8)
        #expect(render(chart, width: 16, height: 6) == dump([
            "8┤    ▓         ",
            " │    █         ",
            "4┤  █ █         ",
            " │█ █ █ ·       ",
            "0┼──────────────",
            "  1 2 3 4 5     ",
        ]))
    }

    @Test("eighth-block resolution at the top of a bar")
    func eighths() {
        let chart = StackedBarChart(columns: [BarColumn(segments: [3]), BarColumn(segments: [8]), BarColumn(segments: [0.1])],
                                    theme: theme, valueLabel: label)
        #expect(render(chart, width: 8, height: 3) == dump([
            "8┤  █   ",
            " │▆ █ ▁ ",
            "0┼──────",
        ]))
    }

    @Test("in colour every segment takes its series role")
    func colours() {
        let theme = Theme.make(colors: .many, unicode: true)
        let b = renderBuffer(StackedBarChart(columns: columns, theme: theme, valueLabel: label), width: 16, height: 6)
        #expect(b[6, 0].symbol == "█")
        #expect(b[6, 0].style == theme.style(.series(1)))
        #expect(b[6, 3].style == theme.style(.series(0)))
        #expect(b[8, 3].style == theme.style(.missing))
        #expect(b[1, 4].style == theme.style(.axis))
    }

    @Test("bars wider than one cell when there is room, and a gap between them")
    func wideBars() {
        let chart = StackedBarChart(columns: [BarColumn(segments: [1], label: "a"), BarColumn(segments: [2], label: "b")],
                                    theme: theme, valueLabel: label, maxValue: 2)
        #expect(render(chart, width: 10, height: 4) == dump([
            "2┤    ███ ",
            " │███ ███ ",
            "0┼────────",
            "  a   b   ",
        ]))
    }

    @Test("more columns than cells shows the most recent ones")
    func tooMany() {
        let cols = (0..<30).map { BarColumn(segments: [Double($0 % 10)]) }
        let chart = StackedBarChart(columns: cols, theme: theme, valueLabel: label, maxValue: 9)
        // The last 6 columns have values 4…9.
        #expect(render(chart, width: 8, height: 2) == dump(["9┤▄▄▅▆▇█", "0┼──────"]))
    }

    @Test("values above maxValue are clipped and marked with an up arrow")
    func clipped() {
        let chart = StackedBarChart(columns: [BarColumn(segments: [8]), BarColumn(segments: [2])], theme: theme, valueLabel: label, maxValue: 4)
        #expect(render(chart, width: 6, height: 3) == dump(["4┤▲   ", " │█ █ ", "0┼────"]))
    }

    @Test("tiny and empty areas do not crash", arguments: [(0, 0), (1, 1), (2, 2), (3, 1), (1, 5), (5, 2)])
    func tiny(width: Int, height: Int) {
        let text = render(StackedBarChart(columns: columns, theme: theme, valueLabel: label), width: width, height: height)
        #expect(text.split(separator: "\n").count == height)
    }

    @Test("no columns draws just the axes and a 0 label; all-zero data scales to 1")
    func empty() {
        #expect(render(StackedBarChart(columns: [], theme: theme, valueLabel: label), width: 5, height: 2) == dump([" │   ", "0┼───"]))
        #expect(StackedBarChart(columns: [BarColumn(segments: [0])], theme: theme, valueLabel: label).top == 1)
    }

    @Test("all-zero data: an empty plot, only the 0 label, and the note once")
    func allZero() {
        let cols = (1...5).map { BarColumn(segments: [0, 0], label: "\($0)") }
        let chart = StackedBarChart(columns: cols, theme: theme, valueLabel: label, emptyNote: "no usage yet")
        #expect(chart.isAllZero)
        let text = render(chart, width: 30, height: 8)
        #expect(text.components(separatedBy: "no usage yet").count == 2)
        #expect(!text.contains("1┤") && !text.contains("┤"))
        #expect(text.contains("0┼"))
    }

    @Test("a tiny scale never repeats an axis label")
    func noRepeatedLabels() {
        // Values up to 0.3 with whole-number labels: top, middle and zero would all read "0".
        let cols = [BarColumn(segments: [0.3]), BarColumn(segments: [0.1])]
        let text = render(StackedBarChart(columns: cols, theme: theme, valueLabel: label), width: 20, height: 6)
        let labels = text.split(separator: "\n").compactMap { line -> Substring? in
            let body = line.dropFirst()
            guard let axis = body.firstIndex(where: { "┤┼".contains($0) }) else { return nil }
            return body[..<axis]
        }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(labels == ["0"])
        #expect(Set(labels).count == labels.count)
    }

    @Test("minSlots keeps an early column narrow instead of stretching it across the plot")
    func minSlots() {
        let one = [BarColumn(segments: [5], label: "1")]
        let wide = render(StackedBarChart(columns: one, theme: theme, valueLabel: label), width: 40, height: 4)
        let narrow = render(StackedBarChart(columns: one, theme: theme, valueLabel: label, minSlots: 31), width: 40, height: 4)
        let bar = { (text: String) in text.split(separator: "\n")[0].filter { $0 == "█" }.count }
        #expect(bar(wide) > 30)
        #expect(bar(narrow) >= 1 && bar(narrow) <= 3)
    }

    @Test("x labels that would overlap are skipped")
    func labelOverlap() {
        let cols = ["Nov 1", "Nov 2", "Nov 3", "Nov 4"].map { BarColumn(segments: [1], label: $0) }
        let text = render(StackedBarChart(columns: cols, theme: theme, valueLabel: label), width: 14, height: 4)
        #expect(text.hasSuffix("|  Nov 1 Nov 3 |"))
    }

    @Test("ASCII chart")
    func ascii() {
        let chart = StackedBarChart(columns: [BarColumn(segments: [1, 1]), .missing()], theme: .plainASCII, valueLabel: label)
        #expect(render(chart, width: 6, height: 3) == dump(["2|=   ", " |# . ", "0+----"]))
    }
}
