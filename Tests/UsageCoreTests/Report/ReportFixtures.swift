import Foundation
@testable import UsageCore

/// A small hand-filled cache for report tests: two keys and spend no key accounts for, over
/// 2026-11-01…03, in every series the `api_key_id` and `model` groupings read.
enum ReportFixtures {
    static let days = [Fixture.nov(1), Fixture.nov(2), Fixture.nov(3)]
    /// The range the fixture fills.
    static let range = ReportRange.days(from: Fixture.nov(1), to: Fixture.nov(3))

    /// The cache; `skipping` leaves out one (series, day) bucket, `unknownModel` adds usage of an
    /// unpriced model to key B.
    static func store(skipping: (SeriesKey, UnixSeconds)? = nil, unknownModel: Bool = false) throws -> UsageStore {
        let store = try UsageStore.inMemory(owner: Fixture.owner)
        try store.replaceAPIKeys(projectID: "proj_1", [
            APIKey(id: "key_a", kind: .project, name: "ci, \"runner\"", redactedValue: "sk-proj-…aaaa", projectID: "proj_1",
                   createdAt: Fixture.nov(-60), lastUsedAt: Fixture.nov(3), owner: nil),
            APIKey(id: "key_b", kind: .project, name: "サポート", redactedValue: "sk-proj-…bbbb", projectID: "proj_1",
                   createdAt: Fixture.nov(-60), lastUsedAt: Fixture.nov(3), owner: nil),
        ])
        func put(_ series: SeriesKey, _ records: (UnixSeconds) -> [UsageRecord]) throws {
            let buckets = days.filter { day in !(skipping.map { $0.0 == series && $0.1 == day } ?? false) }
                .map { Fixture.bucket(series, $0, records($0)) }
            try store.replaceBuckets(series, buckets, fetchedAt: Fixture.now)
        }
        // Per day: key_a $1.000000001, key_b $2.5, no key $0.333333333 (storage): $3.833333334.
        try put(SyncPlan.costsTotal) { [Fixture.cost(SyncPlan.costsTotal, $0, "3.833333334")] }
        try put(SyncPlan.costsByAPIKey) { day in [
            Fixture.cost(SyncPlan.costsByAPIKey, day, "1.000000001", [.apiKeyID: "key_a"]),
            Fixture.cost(SyncPlan.costsByAPIKey, day, "2.5", [.apiKeyID: "key_b"]),
            Fixture.cost(SyncPlan.costsByAPIKey, day, "0.333333333"),
        ] }
        try put(SyncPlan.costsByLineItem) { day in [
            Fixture.cost(SyncPlan.costsByLineItem, day, "2", [.lineItem: "gpt-4.1-2025-04-14, input"]),
            Fixture.cost(SyncPlan.costsByLineItem, day, "1.500000001", [.lineItem: "gpt-4.1-2025-04-14, output"]),
            Fixture.cost(SyncPlan.costsByLineItem, day, "0.333333333", [.lineItem: "Vector storage"]),
        ] }
        try put(SyncPlan.completionsByAPIKey) { day in [
            Fixture.usage(SyncPlan.completionsByAPIKey, day, input: 1_000_000, cached: 100, output: 10, requests: 3, [.apiKeyID: "key_a"]),
            Fixture.usage(SyncPlan.completionsByAPIKey, day, input: 2_000, output: 20, requests: 4, [.apiKeyID: "key_b"]),
        ] }
        try put(SyncPlan.completionsByModel) { day in [
            Fixture.usage(SyncPlan.completionsByModel, day, input: 1_002_000, cached: 100, output: 30, requests: 7,
                          [.model: "gpt-4.1-2025-04-14"]),
        ] }
        try put(SyncPlan.completionsForEstimates) { day in [
            // 1,000,000 input (100 cached) at $2/M and $0.5/M + 10 output at $8/M.
            Fixture.usage(SyncPlan.completionsForEstimates, day, input: 1_000_000, cached: 100, output: 10, requests: 3,
                          [.apiKeyID: "key_a", .model: "gpt-4.1-2025-04-14"]),
            Fixture.usage(SyncPlan.completionsForEstimates, day, input: 2_000, output: 20, requests: 4,
                          [.apiKeyID: "key_b", .model: unknownModel ? "mystery-model-1" : "gpt-4.1-2025-04-14"]),
        ] }
        try put(SyncPlan.embeddingsByAPIKey) { _ in [] }
        return store
    }
}
