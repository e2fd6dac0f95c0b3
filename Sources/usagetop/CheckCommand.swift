import ArgumentParser
import Foundation
import UsageCore

/// `usagetop check`: for cron and CI. Syncs once (unless `--offline`), evaluates the alert rules
/// (persisting them and running the `[alerts] command` for newly fired alerts; no bell), prints
/// one status line with perfdata and exits with the monitoring-plugin code of ``CheckResult``:
/// 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN. Every error is UNKNOWN (3), argument errors included
/// (``Entry`` maps them).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Sync, evaluate alerts and exit 0 OK, 1 WARNING, 2 CRITICAL or 3 UNKNOWN (monitoring plugin).",
        discussion: """
            Prints one line such as
              USAGETOP WARNING - Organization $412.37 = 82 % of $500.00 API limit; 2 alerts | spend_usd=412.37;250.00;500.00;0; ...
            Exit codes: 0 OK; 1 WARNING: a threshold below 100 % of a limit or budget (or an API spend \
            alert) was reached this month; 2 CRITICAL: an API limit or a local budget is reached; \
            3 UNKNOWN: no data, stale cache, failed sync or any other error, argument errors included.
            """
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "Do not sync first: judge the cache as it is (stale after [alerts] stale_after_minutes).")
    var offline = false

    /// Whether `arguments` (without the program name) run this command: its name is the first
    /// argument that is not an option of the root command.
    static func isInvoked(_ arguments: [String]) -> Bool {
        arguments.first { !$0.hasPrefix("-") } == configuration.commandName
    }

    func run() throws {
        let options = common
        let offline = self.offline
        let result: CheckResult
        do {
            result = try blockingAwait { try await CheckCommand.check(options: options, offline: offline) }
        } catch {
            result = .unknown(Redaction.keyShaped.redact("\(error)"))
        }
        print(result.line)
        if result.status != .ok { throw ExitCode(result.status.rawValue) }
    }

    /// Syncs (unless `offline`), runs the alert cycle and judges the cache.
    /// - Throws: ``ConfigError``, ``StoreError``, or the context's other start errors.
    static func check(options: CommonOptions, offline: Bool) async throws -> CheckResult {
        let environment = ProcessInfo.processInfo.environment
        let snapshot: DashboardSnapshot
        let store: UsageStore
        let config: AppConfig
        var secrets: [String] = []
        if offline {
            let cache = try LocalCache.open(options: options, environment: environment)
            snapshot = try cache.snapshot()
            store = cache.store
            config = cache.config
        } else {
            let context = try await AppContext.make(options: options, environment: environment)
            let report = await context.sync.syncOnce()
            await context.shutdown()
            snapshot = try context.buildSnapshot()
            store = context.store
            config = context.config
            secrets = context.secrets
            switch report.state {
            case .ok, .syncing, .noData:
                break
            case .rateLimited, .offline, .unauthorized, .failing:
                // Alerts are still evaluated (sync_failing fires), but the verdict is UNKNOWN.
                _ = try? runCycle(store: store, snapshot: snapshot, config: config, environment: environment, secrets: secrets)
                return .unknown(Redaction(secrets: secrets).redact("sync failed: \(SyncLabelText.describe(report.state))"))
            }
        }
        let freshAt: UnixSeconds? = offline ? nil : snapshot.now
        let evaluation = try runCycle(store: store, snapshot: snapshot, config: config, environment: environment,
                                      secrets: secrets, freshAt: freshAt)
        var input = AlertInput.from(snapshot: snapshot, budgets: config.budgets)
        if let freshAt { input.sync.lastSuccess = freshAt }
        return CheckResult.evaluate(input: input, alerts: evaluation.delivered, staleAfterMinutes: config.alertRules.staleAfterMinutes)
    }

    /// Evaluate → save → announce (command and tmux only) → mark notified → wait for the
    /// commands, at most their time limit.
    private static func runCycle(store: UsageStore, snapshot: DashboardSnapshot, config: AppConfig,
                                 environment: [String: String], secrets: [String],
                                 freshAt: UnixSeconds? = nil) throws -> AlertEvaluation {
        let evaluation = try AlertCycle.evaluate(store: store, snapshot: snapshot, config: config, freshAt: freshAt)
        let notifier = AlertNotifier(settings: config.notifications, environment: environment, secrets: secrets)
        let batch = notifier.announce(evaluation.newlyFired)
        // Marked as soon as the commands are started, not after they finish: a dashboard poll or
        // another `check` meanwhile must not announce the same alerts again.
        try AlertCycle.markDelivered(evaluation, store: store)
        batch.waitForChildren(timeout: DetachedProcess.defaultTimeout + 1)
        return evaluation
    }
}

/// Words for a failed sync state in `check`'s status line.
enum SyncLabelText {
    /// `offline: connection refused`, `rate limited`, `unauthorized: …`, or the failure message.
    static func describe(_ state: SyncState) -> String {
        switch state {
        case .noData: "no data"
        case .syncing: "syncing"
        case .ok: "ok"
        case .rateLimited: "rate limited"
        case .offline(let message): "offline: \(message)"
        case .unauthorized(let message): "unauthorized: \(message)"
        case .failing(let message): message
        }
    }
}
