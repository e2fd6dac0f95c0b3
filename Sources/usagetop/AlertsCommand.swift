import ArgumentParser
import Foundation
import Dashboard
import UsageCore

/// `usagetop alerts …`: list, acknowledge and snooze the alerts in the cache, without the
/// dashboard and without the network (DESIGN.md §4). Writes use the same store calls as the
/// dashboard's `a`, `A` and `z` keys.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "List, acknowledge or snooze alerts (reads and writes the cache only).",
        discussion: """
              usagetop alerts [--json] [--all]             open alerts (--all: resolved ones too)
              usagetop alerts ack ID | --all               acknowledge
              usagetop alerts snooze ID --for 1h|4h|1d|period
            An alert is one rule x scope x threshold x period; it fires once per period and moves \
            firing -> acknowledged or snoozed -> resolved.
            """,
        subcommands: [AlertsListCommand.self, AlertsAckCommand.self, AlertsSnoozeCommand.self],
        defaultSubcommand: AlertsListCommand.self
    )
}

/// `usagetop alerts [list] [--json] [--all]`.
struct AlertsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List open alerts (firing, acknowledged, snoozed); --all adds resolved ones.")

    @OptionGroup var common: CommonOptions

    @Flag(help: "Print {\"object\":\"list\",\"data\":[…]} with one object per alert (times in Unix seconds UTC).")
    var json = false

    @Flag(help: "Include resolved alerts.")
    var all = false

    func run() throws {
        let alerts: [AlertRecord]
        do {
            // No cache yet means no alerts; do not create one just to list nothing.
            let location = try LocalCache.Location(options: common)
            alerts = FileManager.default.fileExists(atPath: location.path)
                ? try LocalCache.open(options: common).store.alerts().filter { all || $0.state.isOpen } : []
        } catch {
            throw failure("\(error)", code: 1)
        }
        print(json ? AlertListing.json(alerts) : AlertListing.text(alerts, all: all))
    }
}

/// `usagetop alerts ack ID` / `usagetop alerts ack --all`.
struct AlertsAckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack", abstract: "Acknowledge an alert by id, or every firing and snoozed one with --all.")

    @OptionGroup var common: CommonOptions

    @Flag(help: "Acknowledge every firing or snoozed alert.")
    var all = false

    @Argument(help: ArgumentHelp("The alert id, as `usagetop alerts` prints it.", valueName: "id"))
    var id: String?

    func validate() throws {
        if all == (id != nil) { throw ValidationError("give an alert id or --all (not both)") }
    }

    func run() throws {
        let cache: LocalCache
        do { cache = try LocalCache.open(options: common) } catch { throw failure("\(error)", code: 1) }
        let now = cache.clock.now()
        do {
            if all {
                let count = try cache.store.acknowledgeAll(at: now)
                print("acknowledged \(count) alert\(count == 1 ? "" : "s")")
            } else if let id {
                guard try cache.store.acknowledge(id: id, at: now) else {
                    throw failure("no firing or snoozed alert with id \(id)", code: 1)
                }
                print("acknowledged \(id)")
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure("\(error)", code: 1)
        }
    }
}

/// `usagetop alerts snooze ID --for 1h|4h|1d|period`.
struct AlertsSnoozeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snooze",
        abstract: "Snooze an alert: it fires again at the end if its condition still holds.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("The alert id, as `usagetop alerts` prints it.", valueName: "id"))
    var id: String

    @Option(name: .customLong("for"), help: ArgumentHelp("1h, 4h, 1d or period (the rest of the alert's period).",
                                                         valueName: "duration"))
    var duration: SnoozeDuration

    func run() throws {
        let cache: LocalCache
        do { cache = try LocalCache.open(options: common) } catch { throw failure("\(error)", code: 1) }
        let now = cache.clock.now()
        do {
            let rule = try cache.store.alerts().first { $0.id == id }?.key.rule
            let until = duration.until(now: now, rule: rule ?? .threshold)
            guard try cache.store.snooze(id: id, until: until) else {
                throw failure("no open alert with id \(id)", code: 1)
            }
            print("snoozed \(id) until \(AlertNotifier.isoTimestamp(until))")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure("\(error)", code: 1)
        }
    }
}

/// How long `alerts snooze --for` silences an alert.
enum SnoozeDuration: String, ExpressibleByArgument, CaseIterable {
    case oneHour = "1h", fourHours = "4h", oneDay = "1d", period

    /// The dashboard's `z` choice with the same meaning.
    var choice: AlertSnoozeChoice {
        switch self {
        case .oneHour: .oneHour
        case .fourHours: .fourHours
        case .oneDay: .oneDay
        case .period: .restOfPeriod
        }
    }

    /// The end of the snooze (Unix seconds UTC), exactly as the dashboard's `z` computes it
    /// (``AlertSnoozeChoice/until(now:rule:)``): `now` plus the duration, or the end of the
    /// alert's period — the UTC day for a spike, the UTC month for budget alerts, and "until it
    /// resolves" for a stale or failing sync (its period is the outage).
    func until(now: UnixSeconds, rule: AlertRule) -> UnixSeconds {
        choice.until(now: now, rule: rule)
    }
}

/// The two listings of `usagetop alerts`.
enum AlertListing {
    /// `{"object":"list","data":[{…}]}`: `id`, `rule`, `scope`, `threshold`, `period`, `state`,
    /// `fired_at`, `acknowledged_at`, `snoozed_until`, `resolved_at` (Unix seconds UTC or null),
    /// `message`, `notified`.
    static func json(_ alerts: [AlertRecord]) -> String {
        let data: [[String: Any]] = alerts.map { a in
            [
                "object": "alert", "id": a.id, "rule": a.key.rule.rawValue, "scope": a.key.scope.code,
                "threshold": a.key.threshold, "period": a.key.period, "state": a.state.name,
                "fired_at": a.firedAt, "acknowledged_at": a.acknowledgedAt as Any? ?? NSNull(),
                "snoozed_until": a.snoozedUntil as Any? ?? NSNull(), "resolved_at": a.resolvedAt as Any? ?? NSNull(),
                "message": a.message, "notified": a.notified,
            ]
        }
        let body: [String: Any] = ["object": "list", "data": data]
        let bytes = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One block per alert: state, time, message, then the id indented.
    static func text(_ alerts: [AlertRecord], all: Bool) -> String {
        guard !alerts.isEmpty else { return all ? "no alerts" : "no open alerts" }
        return alerts.map { a in
            let state: String
            switch a.state {
            case .firing: state = "firing"
            case .acknowledged(let at): state = "acknowledged \(AlertNotifier.isoTimestamp(at))"
            case .snoozed(let until): state = "snoozed until \(AlertNotifier.isoTimestamp(until))"
            case .resolved(let at): state = "resolved \(AlertNotifier.isoTimestamp(at))"
            }
            return "\(AlertNotifier.isoTimestamp(a.firedAt))  \(a.message)\n    \(state)  id: \(a.id)"
        }.joined(separator: "\n")
    }
}
