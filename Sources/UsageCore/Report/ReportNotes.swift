import Foundation

/// The caveats printed with a report (stderr for table and CSV, `notes` in JSON): nothing a
/// reader could mistake for a complete figure goes unsaid.
enum ReportNotes {
    /// The notes of `report`; `billedRefused` when the server refused the grouping's costs series.
    /// - Parameter seriesRead: names of every series the report read (``SeriesKey/name``).
    static func make(_ report: Report, billedRefused: Bool, seriesRead: [String]) -> [String] {
        var notes: [String] = []
        let window = report.window
        if billedRefused {
            notes.append("the server refuses costs grouped by \(report.grouping.rawValue) (HTTP 400): billed_usd is empty and "
                         + "estimated_usd is tokens × price (≈); for billed dollars that add up to the invoice use --group-by project_id")
        }
        if report.grouping == .userID {
            notes.append("costs carry no user: billed_usd is empty by user_id; estimates cover completions only (embeddings have no user series)")
        }
        if window.extendsPastToday {
            notes.append("the range runs past today (\(UTCCalendar.dayKey(window.today)) UTC): figures stop at now")
        }
        // One line per run of missing days, naming the series that lack it (unless all do).
        var byRun: [(first: UnixSeconds, last: UnixSeconds, series: [String])] = []
        for gap in report.gaps {
            if let i = byRun.firstIndex(where: { $0.first == gap.firstDay && $0.last == gap.lastDay }) {
                byRun[i].series.append(gap.series)
            } else {
                byRun.append((gap.firstDay, gap.lastDay, [gap.series]))
            }
        }
        for run in byRun.sorted(by: { $0.first < $1.first }) {
            let gap = ReportGap(series: "", firstDay: run.first, lastDay: run.last)
            let what = Set(run.series) == Set(seriesRead) ? "data" : run.series.map(readable).joined(separator: ", ")
            notes.append("the cache holds no \(what) for \(gap.dayText) (\(gap.days) day\(gap.days == 1 ? "" : "s")): "
                         + "those days are left out, not counted as $0")
        }
        if let total = report.rowsEstimateTotal, !total.isFullyPriced {
            let models = total.unpricedModels.sorted()
            notes.append("\(total.unpricedTokens) tokens and \(total.unpricedRequests) requests have no price and are not in "
                         + "estimated_usd" + (models.isEmpty ? "" : " (models: \(models.joined(separator: ", ")))"))
        }
        if let rows = report.rowsBilledTotal, let total = report.billedTotal, report.gaps.isEmpty,
           abs((rows - total).value) >= ReportNotes.cent {
            notes.append("billed_usd by \(report.grouping.rawValue) sums to \(ReportDecimal.plain(rows, places: 2)) "
                         + "but the ungrouped costs total is \(ReportDecimal.plain(total, places: 2))")
        }
        return notes
    }

    /// `costs by line_item` for `costs:line_item:1d`; `completions` for `completions::1d`.
    static func readable(_ name: String) -> String {
        let parts = name.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { return name }
        return parts[0] + (parts[1].isEmpty ? "" : " by " + parts[1].replacingOccurrences(of: ",", with: "+"))
            + (parts[2] == "1d" ? "" : " (\(parts[2]))")
    }

    private static let cent = USD(cents: 1).value
}
