import Foundation

/// The alert rules of DESIGN.md §4 as a pure function over an ``AlertInput`` and the persisted
/// alerts.
///
/// Life of an alert (one ``AlertKey``: rule × scope × threshold × period):
/// - its condition holds and no record has the key → a new record, **firing**, notified;
/// - firing or acknowledged while the condition holds → unchanged (an acknowledged alert stays quiet);
/// - snoozed until *t*: before *t* unchanged; at or after *t*, if the condition still holds it
///   returns to **firing** and **is notified once more** (`firedAt` becomes now), else it resolves;
/// - open (firing, acknowledged, snoozed) and the condition no longer holds — the spend fell, a
///   budget changed, the rule was switched off, the period ended (a new month, a new day, sync
///   recovered) → **resolved** at now;
/// - resolved → final: the same key never fires again, so each alert fires once per period. A new
///   period is a new key, which re-arms the rule (a new month; a new outage).
///
/// While a poll is running (``SyncState/syncing``) the sync rules are undecided: their open
/// alerts are left as they are. An alert whose last event (fired, acknowledged) is later than
/// `now` — the clock was set back — is left as it is too.
public enum AlertEngine {
    /// Spike rule: today's spend must be at least this many times the median (3).
    public static let spikeFactor: Decimal = 3
    /// Spike rule: today's spend must be at least this much (USD 1).
    public static let spikeMinimum = USD(1)
    /// Spike rule: the previous days the median is taken over (14).
    public static let spikeHistoryDays = 14
    /// Spike rule: a key needs data on at least this many of the previous days, since its
    /// creation, to have a median worth comparing to (7); a newer key never spikes.
    public static let spikeMinimumHistoryDays = 7

    /// Evaluates every rule switched on in `config` against `input`, and moves the `previous`
    /// alerts (from ``UsageStore/alerts()``) through their states at `now` (Unix seconds UTC).
    public static func evaluate(input: AlertInput, previous: [AlertRecord], now: UnixSeconds,
                                config: AlertRules) -> AlertEvaluation {
        let holding = Dictionary(conditions(input: input, now: now, config: config).map { ($0.key, $0) },
                                 uniquingKeysWith: { a, _ in a })
        let undecided: Set<AlertRule> = input.sync.state == .syncing ? [.stale, .syncFailing] : []
        var records: [AlertRecord] = []
        var changed: [AlertRecord] = []
        var fired: [AlertRecord] = []
        var seen = Set<AlertKey>()

        for old in previous where seen.insert(old.key).inserted {
            var record = old
            let holds = holding[old.key] != nil
            switch old.state {
            case .resolved:
                break
            case _ where undecided.contains(old.key.rule):
                break
            case _ where old.lastEvent > now:
                // The clock was set back (a restart with an earlier `--now`): spend read "as of"
                // an earlier time says nothing about an alert that fired or changed later, and
                // resolving it would end it for the rest of its period.
                break
            case .firing, .acknowledged:
                if !holds { record.state = .resolved(at: now) }
            case .snoozed(let until):
                if !holds {
                    record.state = .resolved(at: now)
                } else if now >= until {
                    record.state = .firing
                    record.firedAt = now
                    record.notified = false
                    record.message = holding[old.key]!.message
                    fired.append(record)
                }
            }
            if record != old { changed.append(record) }
            if record.state == .firing, !record.notified, record == old { fired.append(record) }
            records.append(record)
        }
        for condition in holding.values where !seen.contains(condition.key) {
            let record = AlertRecord(key: condition.key, state: .firing, firedAt: now, message: condition.message)
            records.append(record)
            changed.append(record)
            fired.append(record)
        }
        let byKey: (AlertRecord, AlertRecord) -> Bool = { $0.key < $1.key }
        return AlertEvaluation(records: records.sorted(by: byKey), changed: changed.sorted(by: byKey),
                               newlyFired: fired.sorted(by: byKey))
    }

    /// Every condition that holds for `input` at `now` under the rules switched on in `config`.
    public static func conditions(input: AlertInput, now: UnixSeconds, config: AlertRules) -> [AlertCondition] {
        var out: [AlertCondition] = []
        if config.threshold { out += thresholdConditions(input, now: now) }
        if config.forecast { out += forecastConditions(input, now: now) }
        if config.spike { out += spikeConditions(input, now: now) }
        if config.stale, let c = staleCondition(input.sync, now: now, afterMinutes: config.staleAfterMinutes) { out.append(c) }
        if config.syncFailing, let c = syncFailingCondition(input.sync) { out.append(c) }
        return out
    }
}
