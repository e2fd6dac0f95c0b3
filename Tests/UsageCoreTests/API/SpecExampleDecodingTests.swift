import Foundation
import Testing
@testable import UsageCore

/// Where the spec's example bodies live: `../shared/openai-admin-spec/examples/` beside the
/// package root, found from this file's path.
enum SpecExamples {
    /// The examples folder.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // API
        .deletingLastPathComponent()  // UsageCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("../shared/openai-admin-spec/examples")
        .standardizedFileURL

    /// Whether the folder exists.
    static var available: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether this run is on CI (`CI=true`), where a missing folder is a failure, not a skip.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true" }

    /// The bytes of example `name`.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// Every example file name, sorted.
    static func allNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// Decodes example `name` as `T`, through the client's own decoding path.
    static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try ResponseClassifier.decode(T.self, from: data(name), endpoint: name, key: AdminKeySecret("sk-admin-test"))
    }
}

/// Every body in `openai-admin-spec/examples/` decodes with the DTO of its endpoint, and the
/// decoded values are the example's values.
///
/// Without the folder (a checkout without `../shared`) the suite is skipped — except on CI
/// (`CI=true`), where it runs and fails on the missing folder.
@Suite(.enabled(if: SpecExamples.available || SpecExamples.isCI, "needs ../shared/openai-admin-spec/examples (skipped when absent outside CI)"))
struct SpecExampleDecodingTests {
    // MARK: - Every file

    @Test func theExamplesFolderExists() throws {
        #expect(SpecExamples.available, "missing \(SpecExamples.folder.path)")
        #expect(try SpecExamples.allNames().count >= 39)
    }

    @Test func everyExampleDecodesWithItsDTO() throws {
        let names = try SpecExamples.allNames()
        #expect(!names.isEmpty)
        for name in names {
            try Self.check(name)
        }
    }

    /// Decodes `name` with the DTO its file name maps to and checks the mapped model values.
    static func check(_ name: String) throws {
        let query = BucketQuery(startTime: 1_730_419_200)
        if name.hasPrefix("usage-") {
            let typeName = name.dropFirst("usage-".count).split(separator: "-").first.map(String.init) ?? ""
            let dataset = try #require(Dataset(rawValue: typeName), "\(name): no dataset \(typeName)")
            if name.contains("-ungrouped") {
                let page = try SpecExamples.decode(BucketPageDTO.self, name)
                let bucket = try #require(page.data.first).usageBucket(dataset, query: query, endpoint: name, location: "data[0]")
                let record = try #require(bucket.records.first, "\(name)")
                #expect(record.dimensions.isEmpty, "\(name): ungrouped dimensions must all be null")
                for metric in dataset.requiredMetrics { #expect(record.metrics[metric] != nil, "\(name): \(metric)") }
                #expect(bucket.startTime == 1_730_419_200 && bucket.endTime == 1_730_505_600, "\(name)")
            } else if name.contains("-result-grouped") {
                let result = try SpecExamples.decode(UsageResultDTO.self, name)
                #expect(result.object == dataset.resultObject, "\(name)")
                let record = try Self.record(result, dataset, grouping: Grouping(dataset.groupableDimensions))
                #expect(Set(record.dimensions.keys) == Set(dataset.groupableDimensions), "\(name): every dimension filled")
                for metric in dataset.requiredMetrics { #expect(record.metrics[metric] != nil, "\(name): \(metric)") }
            } else {
                Issue.record("\(name): no DTO mapped for this usage example")
            }
        } else if name.hasPrefix("costs-ungrouped") {
            let page = try SpecExamples.decode(BucketPageDTO.self, name)
            let bucket = try #require(page.data.first).usageBucket(.costs, query: query, endpoint: name, location: "data[0]")
            #expect(bucket.records.first?.amount == USD(Decimal(string: "0.06")!), "\(name)")
        } else if name.hasPrefix("costs-result-grouped") {
            let result = try SpecExamples.decode(UsageResultDTO.self, name)
            let record = try Self.record(result, .costs, grouping: Grouping([.lineItem, .projectID]))
            #expect(record.amount == USD(Decimal(string: "0.06")!), "\(name)")
            #expect(record.dimensions[.projectID] == "proj_abc", "\(name)")
            #expect(record.dimensions[.lineItem] != nil, "\(name)")
        } else if name.hasPrefix("projects-list") {
            let page = try SpecExamples.decode(ListPageDTO<ProjectDTO>.self, name)
            #expect(page.data.map(\.project.id) == ["proj_abc"], "\(name)")
        } else if name.hasPrefix("project-retrieve") {
            #expect(try SpecExamples.decode(ProjectDTO.self, name).project.id == "proj_abc", "\(name)")
        } else if name.hasPrefix("project-api-keys-list") {
            let page = try SpecExamples.decode(ListPageDTO<ProjectAPIKeyDTO>.self, name)
            let key = try #require(page.data.first).apiKey(projectID: "proj_abc")
            #expect(key.owner?.email == "user@example.com", "\(name)")
        } else if name.hasPrefix("project-api-key-retrieve") {
            #expect(try SpecExamples.decode(ProjectAPIKeyDTO.self, name).id == "key_abc", "\(name)")
        } else if name.hasPrefix("project-api-key-deleted") {
            #expect(try SpecExamples.decode(DeletedObjectDTO.self, name).deleted, "\(name)")
        } else if name.hasPrefix("admin-api-keys-list") {
            let page = try SpecExamples.decode(ListPageDTO<AdminAPIKeyDTO>.self, name)
            #expect(page.data.first?.apiKey.kind == .admin, "\(name)")
        } else if name.hasPrefix("admin-api-key-object") {
            #expect(try SpecExamples.decode(AdminAPIKeyDTO.self, name).apiKey.id == "key_abc", "\(name)")
        } else if name.hasPrefix("users-list") {
            #expect(try SpecExamples.decode(ListPageDTO<UserDTO>.self, name).data.first?.id == "user_abc", "\(name)")
        } else if name.hasPrefix("user-retrieve") {
            #expect(try SpecExamples.decode(UserDTO.self, name).orgUser.addedAt == 1_711_471_533, "\(name)")
        } else if name.hasPrefix("spend-limit-") && name.contains("-deleted") {
            #expect(try SpecExamples.decode(DeletedObjectDTO.self, name).deleted, "\(name)")
        } else if name.hasPrefix("spend-limit-") {
            let limit = try SpecExamples.decode(SpendLimitDTO.self, name).spendLimit(projectID: nil, endpoint: name)
            #expect(limit.threshold == USD(100), "\(name): 10000 cents")
        } else if name.hasPrefix("spend-alerts-") {
            let page = try SpecExamples.decode(ListPageDTO<SpendAlertDTO>.self, name)
            let alert = try #require(page.data.first).spendAlert(projectID: nil, endpoint: name)
            #expect(alert.threshold == USD(1_000), "\(name): 100000 cents")
        } else if name.hasPrefix("project-rate-limits-list") {
            let page = try SpecExamples.decode(ListPageDTO<ProjectRateLimitDTO>.self, name)
            #expect(page.data.first?.maxTokensPer1Minute == 150_000, "\(name)")
        } else {
            Issue.record("\(name): no DTO mapped for this example file")
        }
    }

    /// One grouped result mapped to a record, as a bucket of the client would map it.
    static func record(_ result: UsageResultDTO, _ dataset: Dataset, grouping: Grouping) throws -> UsageRecord {
        let bucket = BucketDTO(startTime: 0, endTime: 86_400, results: [result])
        let mapped = try bucket.usageBucket(dataset, query: BucketQuery(startTime: 0, grouping: grouping), endpoint: "test", location: "data[0]")
        return try #require(mapped.records.first)
    }

    // MARK: - Exact values

    @Test func completionsGroupedResultKeepsEveryMetricAndDimension() throws {
        let result = try SpecExamples.decode(UsageResultDTO.self, "usage-completions-result-grouped-spec.json")
        let record = try Self.record(result, .completions, grouping: Grouping([.model]))
        #expect(record[metric: "input_tokens"] == 5_000)
        #expect(record[metric: "input_cached_tokens"] == 1_800)
        #expect(record[metric: "input_cache_write_tokens"] == 200)
        #expect(record[metric: "input_uncached_tokens"] == 3_000)
        #expect(record[metric: "output_tokens"] == 1_000)
        #expect(record[metric: "output_image_tokens"] == 100)
        #expect(record[metric: "num_model_requests"] == 5)
        #expect(record.metrics.count == 15)
        #expect(record.dimensions == [
            .projectID: "proj_abc", .userID: "user-abc", .apiKeyID: "key_abc",
            .model: "gpt-4o-mini-2024-07-18", .batch: "false", .serviceTier: "default",
        ])
        #expect(record.grouping == Grouping([.model]))
        #expect(record.amount == nil)
    }

    @Test func completionsUngroupedPageCarriesTheCursor() throws {
        let page = try SpecExamples.decode(BucketPageDTO.self, "usage-completions-ungrouped-spec.json")
        #expect(page.hasMore)
        #expect(page.nextPage == "page_AAAAAGdGxdEiJdKOAAAAAGcqsYA=")
        let bucket = try page.data[0].usageBucket(.completions, query: BucketQuery(startTime: 1_730_419_200), endpoint: "t", location: "data[0]")
        #expect(bucket.records.count == 1)
        #expect(bucket.records[0][metric: "input_tokens"] == 1_000)
        #expect(bucket.records[0][metric: "input_cached_tokens"] == 400)
        #expect(bucket.records[0].width == .day)
    }

    @Test func costsExamplesGiveExactDollarsAndQuantities() throws {
        let grouped = try SpecExamples.decode(UsageResultDTO.self, "costs-result-grouped-line_item-spec.json")
        let record = try Self.record(grouped, .costs, grouping: Grouping([.lineItem, .projectID]))
        #expect(record.amount?.value == Decimal(string: "0.06"))
        #expect(record.quantity == 10_000)
        #expect(record.quantityUnit == "tokens")
        #expect(record.dimensions == [.lineItem: "input_tokens", .projectID: "proj_abc"])
        #expect(record.metrics.isEmpty)

        let old = try SpecExamples.decode(UsageResultDTO.self, "costs-result-grouped-line_item-spec2025.json")
        let oldRecord = try Self.record(old, .costs, grouping: Grouping([.lineItem]))
        #expect(oldRecord.dimensions[.lineItem] == "Image models")
        #expect(oldRecord.quantity == nil && oldRecord.quantityUnit == nil)
    }

    @Test func projectKeyOwnersInBothSpecShapes() throws {
        for name in ["project-api-keys-list-spec.json", "project-api-keys-list-spec2025.json"] {
            let page = try SpecExamples.decode(ListPageDTO<ProjectAPIKeyDTO>.self, name)
            let key = try #require(page.data.first).apiKey(projectID: "proj_abc")
            #expect(key.kind == .project)
            #expect(key.projectID == "proj_abc")
            #expect(key.redactedValue == "sk-abc...def")
            #expect(key.createdAt == 1_711_471_533 && key.lastUsedAt == 1_711_471_534)
            #expect(key.owner == KeyOwner(kind: .user, id: "user_abc", name: "First Last", email: "user@example.com", role: "owner"))
            #expect(page.lastID == "key_xyz")
        }
        let current = try SpecExamples.decode(ListPageDTO<ProjectAPIKeyDTO>.self, "project-api-keys-list-spec.json")
        #expect(current.data[0].ownerProjectAccess == "active")
        let old = try SpecExamples.decode(ListPageDTO<ProjectAPIKeyDTO>.self, "project-api-keys-list-spec2025.json")
        #expect(old.data[0].ownerProjectAccess == nil)
    }

    @Test func adminKeysWithServiceAccountOwnerAndMissingExpiry() throws {
        let page = try SpecExamples.decode(ListPageDTO<AdminAPIKeyDTO>.self, "admin-api-keys-list-spec.json")
        let key = page.data[0].apiKey
        #expect(key.expiresAt == 1_714_063_533)
        #expect(key.owner == KeyOwner(kind: .serviceAccount, id: "sa_456", name: "My Service Account", role: "member"))
        #expect(key.name == "Main Admin Key" && key.redactedValue == "sk-admin...def")

        let object = try SpecExamples.decode(AdminAPIKeyDTO.self, "admin-api-key-object-spec.json").apiKey
        #expect(object.expiresAt == nil)
        #expect(object.owner?.kind == .user && object.owner?.role == "owner")
    }

    @Test func limitsAlertsUsersProjectsAndRateLimits() throws {
        let org = try SpecExamples.decode(SpendLimitDTO.self, "spend-limit-organization-spec.json")
            .spendLimit(projectID: nil, endpoint: "t")
        #expect(org == SpendLimit(projectID: nil, threshold: USD(cents: 10_000), interval: "month", enforcement: "enforcing"))
        #expect(org.isEnforcing)
        let project = try SpecExamples.decode(SpendLimitDTO.self, "spend-limit-project-spec.json")
            .spendLimit(projectID: "proj_abc", endpoint: "t")
        #expect(project.projectID == "proj_abc" && project.threshold.value == 100)

        let alerts = try SpecExamples.decode(ListPageDTO<SpendAlertDTO>.self, "spend-alerts-project-list-spec.json")
        let alert = try alerts.data[0].spendAlert(projectID: "proj_abc", endpoint: "t")
        #expect(alert == SpendAlert(id: "alert_abc123", projectID: "proj_abc", threshold: USD(1_000), interval: "month", recipients: ["finance@example.com"]))

        let user = try SpecExamples.decode(ListPageDTO<UserDTO>.self, "users-list-spec.json").data[0].orgUser
        #expect(user == OrgUser(id: "user_abc", name: "First Last", email: "user@example.com", role: "owner", addedAt: 1_711_471_533))

        let projects = try SpecExamples.decode(ListPageDTO<ProjectDTO>.self, "projects-list-spec.json")
        #expect(projects.data[0].project == Project(id: "proj_abc", name: "Project example", createdAt: 1_711_471_533, archivedAt: nil, status: "active"))
        #expect(projects.lastID == "proj-xyz" && !projects.hasMore)

        let limits = try SpecExamples.decode(ListPageDTO<ProjectRateLimitDTO>.self, "project-rate-limits-list-spec.json").data[0]
        #expect(limits.id == "rl-ada" && limits.model == "ada")
        #expect(limits.maxRequestsPer1Minute == 600 && limits.maxImagesPer1Minute == 10)
        #expect(limits.maxRequestsPer1Day == nil && limits.batch1DayMaxInputTokens == nil)

        let deleted = try SpecExamples.decode(DeletedObjectDTO.self, "project-api-key-deleted-spec.json")
        #expect(deleted.object == "organization.project.api_key.deleted" && deleted.id == "key_abc")
    }
}
