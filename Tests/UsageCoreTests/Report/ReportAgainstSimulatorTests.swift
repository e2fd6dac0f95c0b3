import Foundation
import Testing
import UsageSim
@testable import UsageCore

/// Reports over a cache filled by ``SyncService`` from the in-process simulator (fixed clock):
/// the acceptance check of issue 4 — a CSV of last month's spend by `api_key_id` adds up to the
/// month's billed total — with and without the server refusing costs by `api_key_id`.
@Suite struct ReportAgainstSimulatorTests {
    typealias Sim = ClientAgainstSimulatorTests

    /// The previous month of the simulated now (2026-10).
    static let lastMonth = ReportRange.month(year: 2026, month: 10)

    /// Syncs a fresh in-memory cache from a simulator started with `config`, then runs `body`
    /// with the cache and the simulator's own billed total for last month (ungrouped costs, USD).
    static func withSyncedCache<T>(_ config: SimConfiguration = SimConfiguration(seed: 42, now: Sim.now, speed: 0),
                                   _ body: (UsageStore, USD) throws -> T) async throws -> T {
        try await Sim.withSimulator(config) { client, _ in
            let store = try UsageStore.inMemory(owner: Fixture.owner)
            let service = SyncService(api: client, store: store, clock: ManualClock(Sim.now), randomUnit: { 0 })
            _ = await service.syncOnce()
            let window = try lastMonth.window(now: Sim.now)
            let buckets = try await client.buckets(.costs, query: BucketQuery(startTime: window.startTime, endTime: window.endTime,
                                                                               width: .day))
            let billed = buckets.flatMap(\.records).compactMap(\.amount).reduce(USD.zero, +)
            return try body(store, billed)
        }
    }

    /// The values of `column` in `csv` (RFC 4180), one per data row.
    static func column(_ name: String, of csv: String) throws -> [String] {
        let rows = CSVReader.parse(csv)
        let index = try #require(rows.first?.firstIndex(of: name))
        return rows.dropFirst().map { $0[index] }
    }

    /// Sum of a dollar column; empty fields are skipped.
    static func sum(_ values: [String]) -> USD {
        USD(values.filter { !$0.isEmpty }.map { Decimal(string: $0)! }.reduce(0, +))
    }

    @Test("CSV of last month by api_key_id adds up to the simulator's billed total to the cent; the no-key row is kept")
    func lastMonthByKey() async throws {
        try await Self.withSyncedCache { store, billed in
            #expect(billed > USD(100), "the simulated organization spent last month")
            let report = try ReportBuilder.build(store: store, range: Self.lastMonth, grouping: .apiKeyID, now: Sim.now)
            #expect(report.isComplete, "\(report.notes)")
            let csv = ReportCSV.render(report)
            let billedColumn = try Self.column("billed_usd", of: csv)
            #expect(billedColumn.allSatisfy { !$0.isEmpty })
            #expect(Self.sum(billedColumn).roundedToCents == billed.roundedToCents)
            #expect(report.billedTotal?.roundedToCents == billed.roundedToCents)
            let labels = try Self.column("label", of: csv)
            #expect(labels.contains("(no key)"))
            #expect(try Self.column("group", of: csv).filter(\.isEmpty).count == 1, "one row for api_key_id: null")
            // Keys with usage carry an estimate beside the billed figure.
            let estimates = try Self.column("estimated_usd", of: csv)
            let requests = try Self.column("num_model_requests", of: csv)
            for (estimate, count) in zip(estimates, requests) where Int(count)! > 0 {
                #expect(!estimate.isEmpty)
            }
        }
    }

    @Test("JSON of last month by api_key_id: list shape, complete range, rows that sum to billed_total_usd")
    func lastMonthJSON() async throws {
        try await Self.withSyncedCache { store, billed in
            let report = try ReportBuilder.build(store: store, range: Self.lastMonth, grouping: .apiKeyID, now: Sim.now)
            let text = ReportJSON.render(report)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(object["object"] as? String == "list" && object["group_by"] as? String == "api_key_id")
            let range = try #require(object["range"] as? [String: Any])
            #expect(range["from"] as? String == "2026-10-01" && range["to"] as? String == "2026-10-31")
            #expect(range["complete"] as? Bool == true)
            let data = try #require(object["data"] as? [[String: Any]])
            #expect(data.count == report.rows.count && data.count >= 10)
            let sum = data.compactMap { ($0["billed_usd"] as? NSNumber).map { Decimal(string: $0.stringValue)! } }.reduce(0, +)
            #expect(USD(sum).roundedToCents == billed.roundedToCents)
        }
    }

    @Test("by model and by project_id, last month's billed column also adds up to the billed total")
    func otherGroupings() async throws {
        try await Self.withSyncedCache { store, billed in
            for grouping in [ReportGrouping.model, .projectID, .lineItem] {
                let report = try ReportBuilder.build(store: store, range: Self.lastMonth, grouping: grouping, now: Sim.now)
                let column = try Self.column("billed_usd", of: ReportCSV.render(report))
                #expect(Self.sum(column).roundedToCents == billed.roundedToCents, "\(grouping)")
            }
        }
    }

    @Test("costs by api_key_id refused (--reject-costs-key-grouping): billed column empty, estimates filled; by project_id adds up")
    func refusedKeyGrouping() async throws {
        let config = SimConfiguration(seed: 42, now: Sim.now, speed: 0, rejectCostsKeyGrouping: true)
        try await Self.withSyncedCache(config) { store, billed in
            #expect(try store.isSeriesRejected(SyncPlan.costsByAPIKey))
            let byKey = try ReportBuilder.build(store: store, range: Self.lastMonth, grouping: .apiKeyID, now: Sim.now)
            let csv = ReportCSV.render(byKey)
            #expect(try Self.column("billed_usd", of: csv).allSatisfy(\.isEmpty))
            let estimates = try Self.column("estimated_usd", of: csv)
            #expect(estimates.filter { !$0.isEmpty }.count >= 8)
            #expect(byKey.notes.contains { $0.contains("refuses costs grouped by api_key_id") })
            #expect(byKey.isComplete, "a refused grouping is not a gap: \(byKey.gaps)")

            let byProject = try ReportBuilder.build(store: store, range: Self.lastMonth, grouping: .projectID, now: Sim.now)
            #expect(Self.sum(try Self.column("billed_usd", of: ReportCSV.render(byProject))).roundedToCents == billed.roundedToCents)
        }
    }
}

/// A minimal RFC 4180 reader for checking ``ReportCSV`` output (quoted fields, doubled quotes,
/// commas and line breaks inside quotes).
enum CSVReader {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, iterator = Array(text).makeIterator(), pending: Character?
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
