import TermUI
import TestSupport
import Testing

@Suite("Gauge")
struct GaugeTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    let theme = Theme.plainUnicode

    @Test("0 %, 73 %, 100 % fill with eighth-cell resolution")
    func fills() {
        #expect(render(Gauge(ratio: 0, label: "0%", theme: theme), width: 25, height: 1)
            == dump(["[                    ] 0%"]))
        #expect(render(Gauge(ratio: 0.73, label: "73%", theme: theme), width: 26, height: 1)
            == dump(["[██████████████▌     ] 73%"]))
        #expect(render(Gauge(ratio: 1, label: "100%", theme: theme), width: 27, height: 1)
            == dump(["[████████████████████] 100%"]))
    }

    @Test("over the limit: full bar, 100 % marker moves left, label says OVER")
    func over() {
        let g = Gauge(ratio: 1.24, label: "124%", markers: [GaugeMarker(ratio: 1, label: "100")], theme: theme)
        #expect(g.isOver)
        #expect(g.fillRole == .critical)
        #expect(g.displayLabel == "124% OVER")
        #expect(render(g, width: 27, height: 1) == dump(["[████████100│███] 124% OVER"]))
    }

    @Test("over the limit without a caller's 100 % marker: the gauge marks the limit itself, its label first")
    func overMarksLimit() {
        let g = Gauge(ratio: 1.13, label: "113% of $200", markers: [GaugeMarker(ratio: 0.75, label: "75%")], theme: theme)
        #expect(g.drawnMarkers.contains(GaugeMarker.limit))
        let line = render(g, width: 40, height: 1)
        #expect(line.contains("100%│"))
        // The limit sits at 1 / 1.13 of the bar: 20 cells × 0.885 → cell 18 (0-based 17).
        let bar = Array(line.dropFirst(2).prefix(20))
        #expect(bar[17] == "│")
        // Under the limit nothing is added.
        #expect(Gauge(ratio: 0.8, label: "80%", theme: theme).drawnMarkers.isEmpty)
    }

    @Test("a label that already says OVER is not doubled")
    func overLabelKept() {
        #expect(Gauge(ratio: 2, label: "200% over", theme: theme).displayLabel == "200% over")
        #expect(Gauge(ratio: 2, label: "", theme: theme).displayLabel == "OVER")
    }

    @Test("markers at their ratios with labels to their left")
    func markers() {
        let g = Gauge(ratio: 0.3, label: "30%", markers: [
            GaugeMarker(ratio: 0.5, label: "50"), GaugeMarker(ratio: 0.75, label: "75"), GaugeMarker(ratio: 0.9, label: "90"),
        ], theme: theme)
        #expect(render(g, width: 26, height: 1) == dump(["[██████ 50│  75│90│  ] 30%"]))
    }

    @Test("marker labels that do not fit are skipped, markers stay")
    func crowdedMarkers() {
        let g = Gauge(ratio: 0, label: "", markers: [
            GaugeMarker(ratio: 0.5, label: "50"), GaugeMarker(ratio: 0.6, label: "60"),
        ], theme: theme)
        #expect(render(g, width: 12, height: 1) == dump(["[  50││    ]"]))
    }

    @Test("fill role by threshold", arguments: [(0.0, Role.ok), (0.74, .ok), (0.75, .warn), (0.89, .warn), (0.9, .critical), (3, .critical)])
    func roles(ratio: Double, role: Role) {
        #expect(Gauge(ratio: ratio, label: "", theme: theme).fillRole == role)
    }

    @Test("ASCII gauges use whole cells")
    func ascii() {
        let g = Gauge(ratio: 0.55, label: "55%", markers: [GaugeMarker(ratio: 0.75, label: "75")], theme: .plainASCII)
        #expect(render(g, width: 16, height: 1) == dump(["[#####75|  ] 55%"]))
    }

    @Test("tiny areas draw only the label, cut to fit; bad ratios draw empty")
    func tiny() {
        #expect(render(Gauge(ratio: 0.73, label: "73%", theme: theme), width: 5, height: 1) == dump(["73%  "]))
        #expect(render(Gauge(ratio: 0.73, label: "73%", theme: theme), width: 2, height: 1) == dump(["7…"]))
        #expect(render(Gauge(ratio: 0.73, label: "73%", theme: theme), width: 0, height: 1) == dump([""]))
        #expect(render(Gauge(ratio: .nan, label: "?", theme: theme), width: 7, height: 1) == dump(["[   ] ?"]))
        #expect(render(Gauge(ratio: -1, label: "", theme: theme), width: 5, height: 1) == dump(["[   ]"]))
    }

    @Test("in colour the fill is styled by its role and the empty part by gaugeEmpty")
    func colours() {
        let theme = Theme.make(colors: .many, unicode: true)
        let b = renderBuffer(Gauge(ratio: 0.95, label: "95%", theme: theme), width: 14, height: 1)
        #expect(b[1, 0].style == theme.style(.critical))
        #expect(b[8, 0].style == theme.style(.critical))
        #expect(b[12, 0].style == theme.style(.critical))
        let half = renderBuffer(Gauge(ratio: 0.5, label: "50%", theme: theme), width: 14, height: 1)
        #expect(half[1, 0].style == theme.style(.ok))
        #expect(half[6, 0].style == theme.style(.gaugeEmpty))
        #expect(half[12, 0].style == theme.style(.normal))
        #expect(renderBuffer(Gauge(ratio: 0.8, label: "", theme: theme), width: 6, height: 1)[1, 0].style == theme.style(.warn))
    }
}
