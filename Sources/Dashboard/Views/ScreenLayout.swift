import TermUI

/// Where everything goes on a screen of a given size: shared by the views (to draw) and the
/// reducer (to know how many table rows are visible for PgUp/PgDn and scroll clamping).
///
/// Rows: header (0), page body, status line (height − 2), key hints (height − 1); with the
/// alert ``banner`` the body gives up its last row, the status line moves up one and the banner
/// sits just above the key hints.
struct ScreenLayout {
    /// The smallest screen the dashboard draws (below it: the "terminal too small" screen).
    static let minWidth = 60
    static let minHeight = 16

    let width: Int
    let height: Int
    /// Whether the alert banner row is shown (see ``AlertBanner``).
    let banner: Bool

    init(width: Int, height: Int, banner: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.banner = banner && height >= 4
    }

    var isTooSmall: Bool { width < ScreenLayout.minWidth || height < ScreenLayout.minHeight }

    var header: Rect { Rect(x: 0, y: 0, width: width, height: min(1, height)) }
    var body: Rect { Rect(x: 0, y: 1, width: width, height: height - 3 - (banner ? 1 : 0)) }
    var status: Rect { Rect(x: 0, y: height - 2 - (banner ? 1 : 0), width: width, height: height >= 2 ? 1 : 0) }
    var bannerRow: Rect { Rect(x: 0, y: height - 2, width: width, height: banner ? 1 : 0) }
    var footer: Rect { Rect(x: 0, y: height - 1, width: width, height: height >= 1 ? 1 : 0) }

    // MARK: - Usage page

    /// Usage body split: range line, chart row (chart + side box), legend line, reconciliation
    /// notes (``UsagePage/noteRows(bodyHeight:)``), breakdown block.
    var usage: (range: Rect, chart: Rect, legend: Rect, notes: Rect, table: Rect) {
        let b = body
        let chartHeight = min(16, max(6, b.height * 2 / 5))
        let notes = UsagePage.noteRows(bodyHeight: b.height)
        let parts = Layout.vertical([.length(1), .length(chartHeight), .length(1), .length(notes), .fill()]).split(b)
        return (parts[0], parts[1], parts[2], parts[3], parts[4])
    }

    /// Visible data rows of the Usage breakdown table (block borders, header and totals excluded).
    var usageTableRows: Int { max(1, usage.table.height - 4) }

    // MARK: - API keys page

    /// The keys table area below the title line (header row included).
    var keysTable: Rect { Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1) }

    /// Visible data rows of the API keys table (header excluded).
    var keysTableRows: Int { max(1, keysTable.height - 1) }
}
