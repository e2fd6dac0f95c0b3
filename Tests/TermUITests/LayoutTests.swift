import TermUI
import TestSupport
import Testing

@Suite("Layout")
struct LayoutTests {
    /// Widths of non-ASCII text depend on the locale; fix it for every test.
    init() { withUTF8Locale() }

    @Test("lengths, then percentages, then fill; the sum equals the total")
    func vertical() {
        let rects = Layout.vertical([.length(1), .percentage(50), .fill(), .length(1)]).split(Rect(x: 2, y: 3, width: 10, height: 24))
        #expect(rects.map(\.height) == [1, 12, 10, 1])
        #expect(rects.map(\.y) == [3, 4, 16, 26])
        #expect(rects.allSatisfy { $0.x == 2 && $0.width == 10 })
        #expect(rects.map(\.height).reduce(0, +) == 24)
    }

    @Test("fills share by weight, remainders to the first fills")
    func weights() {
        #expect(Layout.sizes([.fill(1), .fill(2)], total: 10) == [4, 6])
        #expect(Layout.sizes([.fill(), .fill(), .fill()], total: 10) == [4, 3, 3])
        #expect(Layout.sizes([.length(3), .fill(1), .fill(2)], total: 3) == [3, 0, 0])
    }

    @Test("min takes at least its size and the leftover when there is no fill")
    func minimums() {
        #expect(Layout.sizes([.min(5), .length(2)], total: 20) == [18, 2])
        #expect(Layout.sizes([.min(5), .fill()], total: 20) == [5, 15])
        #expect(Layout.sizes([.length(4), .length(4)], total: 20) == [4, 4])
    }

    @Test("tiny areas never give negative or overlapping segments", arguments: 0...6)
    func tiny(total: Int) {
        let layout = Layout.horizontal([.length(3), .percentage(30), .min(2), .fill()], spacing: 1)
        let rects = layout.split(Rect(x: 0, y: 0, width: total, height: 2))
        #expect(rects.count == 4)
        #expect(rects.allSatisfy { $0.width >= 0 && $0.x >= 0 && $0.maxX <= total })
        for (a, b) in zip(rects, rects.dropFirst()) { #expect(a.maxX <= b.x) }
    }

    @Test("sizes always add up to the total when there is a fill", arguments: [0, 1, 7, 80, 203])
    func sums(total: Int) {
        let sizes = Layout.sizes([.length(2), .percentage(33), .min(4), .fill(3), .fill(1)], total: total)
        #expect(sizes.reduce(0, +) == total)
        #expect(sizes.allSatisfy { $0 >= 0 })
    }

    @Test("spacing leaves gaps between segments")
    func spacing() {
        let rects = Layout.horizontal([.length(3), .fill()], spacing: 2).split(Rect(width: 10, height: 1))
        #expect(rects == [Rect(x: 0, y: 0, width: 3, height: 1), Rect(x: 5, y: 0, width: 5, height: 1)])
    }

    @Test("percentages are of the whole and clamped to 0…100")
    func percentages() {
        #expect(Layout.sizes([.percentage(150), .percentage(-5)], total: 10) == [10, 0])
        #expect(Layout.sizes([.percentage(25), .percentage(25), .fill()], total: 10) == [2, 2, 6])
    }
}
