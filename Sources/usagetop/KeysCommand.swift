import ArgumentParser
import Dashboard
import Foundation
import TermUI
import UsageCore

/// `usagetop keys`: every project key and admin key with month-to-date usage, spend and flags,
/// read from the cache (issue 4 item 6). No network and no Admin key unless `--sync`.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Every project and admin key with month-to-date spend, tokens, requests and flags, from the cache.",
        discussion: """
            Reads the local cache only (no network, no Admin key needed); add --sync to sync once first. \
            Spend is billed (costs by api_key_id) when the server allows that grouping, else a token × price \
            estimate, marked ≈ in the table and "spend_source": "estimated" in JSON/CSV. Flags: expired, \
            expires_soon (admin key, < 14 days), owner_lost_access (plus still_spends when the key was used \
            in the last 14 days), spike, idle (30+ days), never_used — as the API keys page shows them.
            """
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "Print {\"object\":\"list\",\"data\":[…]} with the API's key fields plus usage, spend and flags.")
    var json = false

    @Flag(help: "Print CSV: a header row and one row per key.")
    var csv = false

    @Flag(help: "Sync the cache once before listing (needs the Admin key, or --demo).")
    var sync = false

    func validate() throws {
        if json && csv { throw ValidationError("--json and --csv cannot be used together") }
    }

    func run() throws {
        let demo = common.demo
        let make: @Sendable (ReportCache) throws -> (rows: [KeyExportRow], now: UnixSeconds) = { cache in
            let source = SourceInfo(profile: demo ? "demo" : "default", host: "cache", isDemo: demo)
            let snapshot = try SnapshotBuilder.build(store: cache.store, source: source, now: cache.now, prices: AppPrices.table)
            return (snapshot.keys.map { KeyExportRow(summary: $0, flags: KeysCommand.flags($0, now: cache.now)) }, cache.now)
        }
        let result: (rows: [KeyExportRow], now: UnixSeconds)
        do {
            result = sync ? try ReportCache.syncThen(options: common, make) : try make(ReportCache.open(options: common))
        } catch {
            throw failure("\(error)")
        }
        if result.rows.isEmpty { ReportCache.note("the cache holds no keys: run `usagetop sync` first, or add --sync") }
        if json {
            print(KeysExport.json(result.rows, monthStart: UTCCalendar.startOfMonth(result.now)), terminator: "")
        } else if csv {
            print(KeysExport.csv(result.rows), terminator: "")
        } else {
            print(KeysExport.table(result.rows, now: result.now, width: DisplayWidth.of), terminator: "")
        }
    }

    /// The key's flags in snake case, exactly as the API keys page computes them
    /// (``KeyFlag/flags(for:spike:now:)``); a key whose owner lost access and still spends
    /// carries both `owner_lost_access` and `still_spends`.
    static func flags(_ summary: KeySummary, now: UnixSeconds) -> [String] {
        KeyFlag.flags(for: summary, spike: summary.isSpiking, now: now).flatMap { flag -> [String] in
            switch flag {
            case .neverUsed: ["never_used"]
            case .idle: ["idle"]
            case .ownerLostAccess: ["owner_lost_access"]
            case .ownerLostAccessStillSpends: ["owner_lost_access", "still_spends"]
            case .spike: ["spike"]
            case .expiresSoon: ["expires_soon"]
            case .expired: ["expired"]
            @unknown default: [flag.text.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()]
            }
        }
    }
}
