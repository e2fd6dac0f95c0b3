import ArgumentParser
import Foundation
import TermUI
import UsageCore

/// `usagetop report`: spend and usage over a range of UTC days, grouped, as a table, JSON or
/// CSV, read from the cache (issue 4 item 6). No network and no Admin key unless `--sync`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Spend and usage over a range, grouped by model, project, key, line item or user, from the cache.",
        discussion: """
            Reads the local cache only (no network, no Admin key needed); add --sync to sync once first. \
            Works over any range the cache holds, however old.

            --range   mtd (this month to date), 7d / 30d (any Nd: the N UTC days ending today), YYYY-MM \
            (a month), or FROM..TO (YYYY-MM-DD..YYYY-MM-DD, both days included). All days are UTC.
            --group-by  model | project_id | api_key_id | line_item | user_id

            billed_usd is what /organization/costs billed (exact); estimated_usd is tokens × price (≈). \
            The row with no group, e.g. "(no key)", holds spend no key accounts for (deleted keys, storage, \
            tools), so billed_usd always adds up to the billed total. An empty CSV field (JSON null) means the \
            figure is not available for that grouping, never zero. Days the cache lacks are named on stderr \
            (and in JSON "gaps"). CSV has no total row.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("mtd, 7d, 30d, YYYY-MM, or YYYY-MM-DD..YYYY-MM-DD (UTC).", valueName: "range"))
    var range = "mtd"

    @Option(name: .customLong("group-by"),
            help: ArgumentHelp("model, project_id, api_key_id, line_item or user_id.", valueName: "grouping"))
    var groupBy = "model"

    @Option(help: ArgumentHelp("table, json or csv.", valueName: "format"))
    var format: ReportFormat = .table

    @Flag(help: "Sync the cache once before reporting (needs the Admin key, or --demo).")
    var sync = false

    func validate() throws {
        do {
            _ = try ReportRange(parsing: range)
        } catch let error as ReportRangeError {
            throw ValidationError(error.description)
        }
        guard ReportGrouping(parsing: groupBy) != nil else {
            throw ValidationError("unknown --group-by '\(groupBy)': use one of "
                                  + ReportGrouping.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        let range = try ReportRange(parsing: self.range)
        guard let grouping = ReportGrouping(parsing: groupBy) else { throw ExitCode.validationFailure }
        let make: @Sendable (ReportCache) throws -> Report = { cache in
            try ReportBuilder.build(store: cache.store, range: range, grouping: grouping, now: cache.now, prices: AppPrices.table)
        }
        let report: Report
        do {
            report = sync ? try ReportCache.syncThen(options: common, make) : try make(ReportCache.open(options: common))
        } catch {
            throw failure("\(error)")
        }
        for note in report.notes { ReportCache.note(note) }
        switch format {
        case .table: print(ReportTable.render(report, width: DisplayWidth.of), terminator: "")
        case .json: print(ReportJSON.render(report), terminator: "")
        case .csv: print(ReportCSV.render(report), terminator: "")
        }
    }
}
