import Foundation
import Testing
@testable import UsageCore

/// ``ReportBuilder`` over a hand-filled cache: the no-key row, labels, billed sums, estimates,
/// gaps and a refused costs grouping.
@Suite struct ReportBuilderTests {
    static func build(_ store: UsageStore, _ grouping: ReportGrouping = .apiKeyID) throws -> Report {
        try ReportBuilder.build(store: store, range: ReportFixtures.range, grouping: grouping, now: Fixture.now)
    }

    @Test("by api_key_id: one row per key plus the (no key) row; billed sums exactly to the billed total")
    func byKey() throws {
        let report = try Self.build(try ReportFixtures.store())
        #expect(report.rows.map(\.group) == ["key_b", "key_a", nil])
        #expect(report.rows.map(\.label) == ["サポート", "ci, \"runner\"", "(no key)"])
        #expect(report.rows.map(\.billed) == [USD(Decimal(string: "7.5")!), USD(Decimal(string: "3.000000003")!),
                                               USD(Decimal(string: "0.999999999")!)])
        #expect(report.billedTotal == USD(Decimal(string: "11.500000002")!))
        #expect(report.rowsBilledTotal == report.billedTotal)
        #expect(report.isComplete && report.gaps.isEmpty && report.notes.isEmpty)
        #expect(report.hasBilled && report.hasEstimates && report.hasActivity)

        let a = try #require(report.rows.first { $0.group == "key_a" })
        // 3 days × (999,900 × $2/M + 100 × $0.5/M + 10 × $8/M) = 3 × $1.99993 = $5.99979.
        #expect(a.estimatedUSD == USD(Decimal(string: "5.99979")!))
        #expect(a.inputTokens == 3_000_000 && a.activity?.inputCached == 300 && a.activity?.output == 30 && a.activity?.requests == 9)
        let none = try #require(report.rows.last)
        #expect(none.estimatedUSD == nil, "no usage without a key: no estimate, not $0")
        #expect(none.activity == .zero)
    }

    @Test("by model: billed from the model part of line_item; non-token line items are their own rows")
    func byModel() throws {
        let report = try Self.build(try ReportFixtures.store(), .model)
        #expect(report.rows.map(\.group) == ["gpt-4.1-2025-04-14", "Vector storage"])
        #expect(report.rows[0].billed == USD(Decimal(string: "10.500000003")!))
        #expect(report.rowsBilledTotal == report.billedTotal)
        #expect(report.rows[0].activity?.requests == 21)
        #expect(report.rows[1].activity == .zero && report.rows[1].estimatedUSD == nil)
    }

    @Test("a day missing from one series is a gap and a note, never a zero")
    func gap() throws {
        let store = try ReportFixtures.store(skipping: (SyncPlan.costsByAPIKey, Fixture.nov(2)))
        let report = try Self.build(store)
        #expect(report.gaps == [ReportGap(series: SyncPlan.costsByAPIKey.name, firstDay: Fixture.nov(2), lastDay: Fixture.nov(2))])
        #expect(!report.isComplete)
        #expect(report.notes.contains { $0.contains("costs by api_key_id") && $0.contains("2026-11-02") })
        #expect(report.rows.first { $0.group == "key_b" }?.billed == USD(5))
    }

    @Test("a range older than the cache is all gaps and says so")
    func beyondTheCache() throws {
        let report = try ReportBuilder.build(store: try ReportFixtures.store(), range: .month(year: 2026, month: 9),
                                             grouping: .apiKeyID, now: Fixture.now)
        #expect(report.rows.isEmpty)
        #expect(!report.hasBilled && report.billedTotal == nil)
        #expect(report.notes.contains { $0.contains("holds no data for 2026-09-01..2026-09-30 (30 days)") })
    }

    @Test("costs by api_key_id refused: billed is empty, estimates stay, and the note says where billed totals are")
    func refused() throws {
        let store = try ReportFixtures.store()
        try store.markSeriesRejected(SyncPlan.costsByAPIKey, message: "HTTP 400")
        let report = try Self.build(store)
        #expect(!report.hasBilled)
        #expect(report.rows.allSatisfy { $0.billed == nil })
        #expect(report.rows.first { $0.group == "key_a" }?.estimatedUSD != nil)
        #expect(report.notes.contains { $0.contains("refuses costs grouped by api_key_id") && $0.contains("--group-by project_id") })
        #expect(!report.gaps.contains { $0.series == SyncPlan.costsByAPIKey.name })
    }

    @Test("usage of a model with no price is counted as unpriced, never as $0")
    func unpriced() throws {
        let report = try Self.build(try ReportFixtures.store(unknownModel: true))
        let b = try #require(report.rows.first { $0.group == "key_b" })
        #expect(b.estimatedUSD == nil)
        #expect(b.estimate?.unpricedTokens == 3 * 2_020 && b.estimate?.unpricedRequests == 12)
        #expect(report.notes.contains { $0.contains("mystery-model-1") })
    }

    @Test("groupings without a source leave the figure empty")
    func emptyColumns() throws {
        let store = try ReportFixtures.store()
        let lineItems = try Self.build(store, .lineItem)
        #expect(lineItems.hasBilled && !lineItems.hasEstimates && !lineItems.hasActivity)
        #expect(lineItems.rows.allSatisfy { $0.activity == nil && $0.estimate == nil })
        let users = try Self.build(store, .userID)
        #expect(!users.hasBilled && users.rows.isEmpty)
        #expect(users.notes.contains { $0.contains("costs carry no user") })
    }
}
