import ArgumentParser
import Foundation
import UsageCore

/// `usagetop status-line`: one short line from the cache for tmux `status-right`
/// (`set -g status-right '#(usagetop status-line)'`). Reads a handful of figures with small
/// queries on a read-only connection (``UsageStore/statusLineFacts(path:owner:now:)``): never
/// the whole snapshot, never the network, never a write, so it can run every few seconds.
struct StatusLineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status-line",
        abstract: "Print one short line from the cache for tmux status-right (no network).",
        discussion: """
            Prints month-to-date spend, its share of the tightest organization budget (API spend limit \
            or [budgets] org_usd), the number of unacknowledged alerts and the age of the last sync, e.g.

              $412.37 MTD | 82% of $500.00 | 2 alerts | 3m ago

            In ~/.tmux.conf:  set -g status-right '#(usagetop status-line)'  (and status-interval 15).
            """
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let line: String
        do {
            // Read-only, no migrations, no cache created: see UsageStore.statusLineFacts(path:owner:now:).
            let location = try LocalCache.Location(options: common)
            let now = common.clock().now()
            let facts = try UsageStore.statusLineFacts(path: location.path, owner: location.owner, now: now)
                ?? StatusLineFacts(monthToDate: nil, orgSpendLimit: nil, unacknowledged: 0, lastSuccess: nil)
            line = facts.text(localOrgBudget: location.config.budgets.org, now: now,
                              staleAfterMinutes: location.config.alertRules.staleAfterMinutes)
        } catch {
            print("usagetop: error")
            throw failure(Redaction.keyShaped.redact("\(error)"), code: 1)
        }
        print(line)
    }
}
