import Foundation

/// Prices many usage records quickly, with the same result as ``CostEstimator/estimate(_:)``
/// rounded to whole nano-dollars (10⁻⁹ USD, half away from zero): what the snapshot builder
/// needs for per-key and per-user estimates over every cached day (DESIGN.md §7).
///
/// The rates of each (dataset, `model`, `batch`, `service_tier`) are resolved once and held as
/// integer femto-dollars (10⁻¹⁵ USD) per token, so a record costs a few integer
/// multiplications instead of `Decimal` arithmetic. A rate that is not a whole number of
/// femto-dollars falls back to ``CostEstimator`` for that combination. A value: copy it per load.
struct BulkEstimator: Sendable {
    /// What one record came to.
    enum Outcome: Sendable, Hashable {
        /// Priced: the estimate in nano-dollars.
        case priced(nanos: Int64)
        /// The model has no price (or the record has no model, or its dataset is not priced per token).
        case unpriced
        /// Scale Tier tokens, prepaid and not priced per token.
        case excluded
    }

    /// How the records of one combination are priced.
    private enum Plan: Sendable {
        case excluded
        case unpriced
        /// Femto-dollars per token for each line of ``TokenCounts/lineTokens``; `nil` = no rate.
        case femto([Int128?])
        /// Through ``CostEstimator`` (a rate finer than a femto-dollar).
        case exact
    }

    private struct Combination: Hashable, Sendable {
        var dataset: Dataset
        var model: String?
        var batch: String?
        var serviceTier: String?
    }

    /// The estimator whose prices and rules are applied.
    let estimator: CostEstimator
    private var plans: [Combination: Plan] = [:]

    /// A bulk estimator over `estimator`'s prices.
    init(_ estimator: CostEstimator) {
        self.estimator = estimator
    }

    /// The estimate of `record`, equal to ``CostEstimator/estimate(_:)`` rounded to nano-dollars.
    mutating func price(_ record: UsageRecord) -> Outcome {
        let combination = Combination(dataset: record.dataset, model: record.dimensions[.model],
                                      batch: record.dimensions[.batch], serviceTier: record.dimensions[.serviceTier])
        let plan = plans[combination] ?? resolve(combination, record)
        switch plan {
        case .excluded:
            return .excluded
        case .unpriced:
            return .unpriced
        case .exact:
            let estimate = estimator.estimate(record)
            switch estimate.status {
            case .priced: return .priced(nanos: estimate.cost.flatMap(Nanodollars.from) ?? 0)
            case .unpriced: return .unpriced
            case .excluded: return .excluded
            }
        case .femto(let rates):
            let counts = TokenCounts(record)
            var total: Int128 = 0
            for (tokens, rate) in zip(counts.lineTokens, rates) where tokens != 0 {
                guard let rate else { return .unpriced }
                total += Int128(tokens) * rate
            }
            return .priced(nanos: Self.nanos(femto: total))
        }
    }

    /// Resolves and remembers the plan of a combination from its first record.
    private mutating func resolve(_ combination: Combination, _ record: UsageRecord) -> Plan {
        let plan: Plan
        let selection = RateSelection(batch: combination.batch, serviceTier: combination.serviceTier)
        if selection.tier == nil {
            plan = .excluded
        } else if !TokenCounts(record).isTokenPriced {
            plan = .unpriced
        } else if let model = combination.model, let match = estimator.prices.lookup(model), let tier = selection.tier {
            let rates = TokenCounts.lineRates(TierRates(match.entry, tier: tier))
            let femto = rates.map { $0.map { Self.femto($0.perToken) } }
            plan = femto.contains { $0 == .some(nil) } ? .exact : .femto(femto.map { $0 ?? nil })
        } else {
            plan = .unpriced
        }
        plans[combination] = plan
        return plan
    }

    /// `usd` per token in femto-dollars, or `nil` when it is not a whole number of them.
    static func femto(_ usd: Decimal) -> Int128? {
        var scaled = usd * Decimal(sign: .plus, exponent: 15, significand: 1)
        var whole = Decimal()
        NSDecimalRound(&whole, &scaled, 0, .plain)
        guard whole == scaled else { return nil }
        return Int128(whole.description)
    }

    /// Femto-dollars to nano-dollars, rounded half away from zero (as `NSDecimalRound` `.plain`).
    static func nanos(femto: Int128) -> Int64 {
        let step: Int128 = 1_000_000
        let magnitude = (femto.magnitude + UInt128(step / 2)) / UInt128(step)
        let clamped = Int64(clamping: magnitude)
        return femto < 0 ? -clamped : clamped
    }
}
