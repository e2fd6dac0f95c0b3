import Foundation
import Testing
import UsageSim
@testable import UsageCore

/// Issue 4's acceptance checks on the whole chain (simulator → HTTP → sync → cache → snapshot):
/// billed per-key spend equals the simulator's own bill to the cent; with
/// `rejectCostsKeyGrouping` the fallback estimates are within 0.5 % of the simulator's billed
/// token spend per key; in both modes the `(no key)` row makes the key rows add up to the billed
/// total to the cent; and the by-user series covers every completion. The simulator bills from
/// its own price table (`UsageSim.SimPriceTable`), the estimates come from the bundled one.
@Suite struct KeySpendAgainstSimulatorTests {
    typealias Sim = ClientAgainstSimulatorTests
    static let source = SourceInfo(profile: "default", host: "sim", isDemo: true)
    static let monthStart = UTCCalendar.startOfMonth(Sim.now)

    /// What one simulator run gives: the snapshot after a first sync, and the simulator's own
    /// per-key bill this month (all line items, and token line items only).
    struct Run {
        var snapshot: DashboardSnapshot
        var store: UsageStore
        var billedByKey: [String: USD]
        var billedTokensByKey: [String: USD]
        var completions: Activity
    }

    static func run(reject: Bool, unpriced: Bool = false) async throws -> Run {
        let config = SimConfiguration(seed: 42, now: Sim.now, speed: 0, rejectCostsKeyGrouping: reject, unpricedModel: unpriced)
        return try await Sim.withSimulator(config) { client, _ in
            let store = try UsageStore.inMemory(owner: Fixture.owner)
            let service = SyncService(api: client, store: store, clock: ManualClock(Sim.now), randomUnit: { 0 })
            let result = await service.syncOnce()
            #expect(result.state == .ok, "\(result.errors)")
            let snapshot = try SnapshotBuilder.build(store: store, source: source, now: Sim.now)

            // The simulator's own bill by key (queried with line items even when the sync was
            // refused: a separate, unrejecting simulator with the same seed bills the same).
            var billed: [String: USD] = [:], tokens: [String: USD] = [:]
            var unrejecting = config
            unrejecting.rejectCostsKeyGrouping = false
            try await Sim.withSimulator(unrejecting) { reference, _ in
                let costs = try await reference.buckets(.costs, query: BucketQuery(startTime: monthStart, width: .day,
                                                                                    grouping: Grouping([.apiKeyID, .lineItem])))
                for record in costs.flatMap(\.records) {
                    guard let key = record.dimensions[.apiKeyID], let amount = record.amount else { continue }
                    billed[key, default: .zero] += amount
                    if LineItem(parsing: record.dimensions[.lineItem] ?? "").tokenType != nil { tokens[key, default: .zero] += amount }
                }
            }
            let completions = try await client.buckets(.completions, query: BucketQuery(startTime: monthStart, width: .day))
                .flatMap(\.records).reduce(Activity.zero) { $0 + EstimateTable.activity($1) }
            return Run(snapshot: snapshot, store: store, billedByKey: billed, billedTokensByKey: tokens, completions: completions)
        }
    }

    /// Checks that the key rows add up to the billed total on every day, to the cent.
    static func expectRowsAddUp(_ s: DashboardSnapshot) {
        let rows = s.series[.apiKey] ?? []
        #expect(rows.contains { $0.id == nil }, "a (no key) row")
        var days = 0
        for (i, total) in s.dailyTotals.enumerated() {
            guard let billed = total.cost else { continue }
            let sum = rows.compactMap { $0.cost[i] }.reduce(USD.zero, +)
            #expect(sum.roundedToCents == billed.roundedToCents, "day \(i): keys \(sum) vs billed \(billed)")
            days += 1
        }
        #expect(days >= 28)
    }

    @Test("billed: per-key spend equals the simulator's own bill to the cent, and the rows add up to the total")
    func billedPerKey() async throws {
        let r = try await Self.run(reject: false)
        let s = r.snapshot
        #expect(s.keySpend == .billed)
        let keys = s.keys.filter { ($0.monthToDate ?? .zero) > .zero }
        #expect(keys.count >= 8)
        for key in s.keys where !key.spendIsEstimate {
            #expect((key.monthToDate ?? .zero).roundedToCents == (r.billedByKey[key.id] ?? .zero).roundedToCents, "\(key.key.name)")
        }
        #expect(s.keys.allSatisfy { !$0.spendIsEstimate })
        Self.expectRowsAddUp(s)
        // A key's detail over the month agrees with its row, day by day and in total.
        let top = try #require(keys.max { ($0.monthToDate ?? .zero) < ($1.monthToDate ?? .zero) })
        let detail = try KeyDetail.load(store: r.store, request: KeyDetailRequest(keyID: top.id, from: Self.monthStart, to: Sim.now),
                                        prices: .bundled, now: Sim.now)
        #expect(!detail.costIsEstimate)
        #expect(detail.dailyCost.compactMap { $0 }.reduce(USD.zero, +) == top.monthToDate)
        #expect(detail.dailyActivity.compactMap { $0 }.reduce(Activity.zero, +) == top.monthActivity)
        #expect(detail.models.allSatisfy { $0.estimate != nil } && !detail.serviceTiers.isEmpty)
        #expect(s.unpricedModels == [], "every simulated model is priced")
    }

    @Test("refused: keys are estimated (≈) within 0.5 % of billed token spend, and the (no key) row closes the total")
    func estimatedPerKey() async throws {
        let r = try await Self.run(reject: true)
        let s = r.snapshot
        guard case .estimated(let reason) = s.keySpend else {
            Issue.record("key spend is \(s.keySpend)")
            return
        }
        #expect(!reason.isEmpty)
        #expect(try r.store.isSeriesRejected(SyncPlan.costsByAPIKey))
        #expect(s.keys.allSatisfy { $0.spendIsEstimate && $0.unpricedTokens == 0 })
        #expect((s.series[.apiKey] ?? []).allSatisfy { $0.costIsEstimate })
        var checked = 0
        for key in s.keys {
            let billed = r.billedTokensByKey[key.id] ?? .zero
            guard billed >= USD(1) else { continue }
            let estimate = key.monthToDate ?? .zero
            #expect(abs(estimate.value - billed.value) <= billed.value * Decimal(string: "0.005")!,
                    "\(key.key.name): ≈\(estimate) vs billed tokens \(billed)")
            // Keys whose whole bill is tokens: the estimate matches the billed key spend itself.
            if r.billedByKey[key.id] == billed {
                #expect(abs(estimate.value - billed.value) <= billed.value * Decimal(string: "0.005")!)
            }
            checked += 1
        }
        #expect(checked >= 8)
        Self.expectRowsAddUp(s)
        // The org-wide estimate is close to the month's billed token spend.
        let estimatedMonth = s.days.indices.filter { s.days[$0] >= Self.monthStart }.compactMap { s.dailyEstimated[$0] }.reduce(USD.zero, +)
        let billedTokens = r.billedTokensByKey.values.reduce(USD.zero, +)
        #expect(abs(estimatedMonth.value - billedTokens.value) <= billedTokens.value * Decimal(string: "0.005")!,
                "≈\(estimatedMonth) vs \(billedTokens)")
    }

    @Test("who spent: the by-user series covers every completion, labelled by the users' emails")
    func usersSeries() async throws {
        let r = try await Self.run(reject: false)
        let users = try #require(r.snapshot.series[.user])
        #expect(users.count >= 3)
        #expect(users.allSatisfy { $0.costIsEstimate })
        let known = Set(try r.store.users().compactMap(\.email))
        #expect(users.contains { known.contains($0.label) })
        #expect(users.contains { $0.id == nil && $0.label == "(no user)" }, "service-account keys attribute no user")
        let monthDays = r.snapshot.days.indices.filter { r.snapshot.days[$0] >= Self.monthStart }
        let summed = users.flatMap { u in monthDays.compactMap { u.activity[$0] } }.reduce(Activity.zero, +)
        #expect(summed == r.completions)
    }

    @Test("an unpriced model shows as unknown: listed, counted per day, marked on its key and in its key's detail")
    func unpricedModel() async throws {
        let r = try await Self.run(reject: true, unpriced: true)
        let s = r.snapshot
        let model = SimConfiguration.unpricedModelID
        #expect(s.unpricedModels == [model])
        let recent = s.dailyUnpriced.suffix(7)
        #expect(recent.allSatisfy { $0.totalTokens > 0 && $0.requests > 0 })
        let marked = s.keys.filter { $0.unpricedTokens > 0 }
        #expect(marked.count == 1)
        let key = try #require(marked.first)
        #expect(key.spendIsEstimate && key.unpricedRequests > 0)
        let detail = try KeyDetail.load(store: r.store, request: KeyDetailRequest(keyID: key.id, from: Self.monthStart, to: Sim.now),
                                        prices: .bundled, now: Sim.now)
        let share = try #require(detail.models.first { $0.name == model })
        #expect(share.estimate == nil && share.unpricedTokens == share.activity.totalTokens && share.unpricedTokens > 0)
        #expect(detail.models.last?.name == model, "unpriced shares sort last")
        #expect(detail.costIsEstimate)
        Self.expectRowsAddUp(s)
    }
}
