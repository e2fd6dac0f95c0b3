import ArgumentParser
import Foundation
import UsageCore

/// `usagetop sync`: one sync of the cache, then a summary of what was fetched.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Sync the cache once and print what was fetched.",
        discussion: "The first sync backfills this month and the previous one; later ones fetch only buckets that can still change."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let options = common
        let outcome: (SyncReport, DashboardSnapshot)
        do {
            outcome = try blockingAwait {
                let context = try await AppContext.make(options: options)
                let report = await context.sync.syncOnce()
                let snapshot = context.snapshot()
                await context.shutdown()
                return (report, snapshot)
            }
        } catch {
            throw failure("\(error)")
        }
        let (report, snapshot) = outcome
        print(SyncSummary.render(report: report, snapshot: snapshot))
        switch report.state {
        case .ok, .syncing, .noData: return
        default: throw ExitCode(1)
        }
    }
}
