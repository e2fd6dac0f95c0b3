import Foundation
import Testing
@testable import UsageCore

/// Tolerant decoding: `amount.value` as number or numeric string, exact to the last digit;
/// `result` or `results`; unknown fields ignored; null dimensions dropped
/// (`notes/openai-admin-api.md` §1.7, §2, §9).
@Suite struct ClientDecodingTests {
    static let day0: Int64 = 1_730_419_200

    static func costs(_ body: String) async throws -> [UsageBucket] {
        let client = try AdminAPIClient(adminKey: fakeAdminKey, transport: CannedTransport(status: 200, json: body))
        return try await client.buckets(.costs, query: BucketQuery(startTime: day0))
    }

    @Test func amountsAreExactDecimalsFromNumbersAndStrings() async throws {
        let buckets = try await Self.costs(AdminAPIBodies.costsPage(start: Self.day0, rawValues: [
            "10.1425634", "0.06", #""10.1425634""#, #""0.06""#, "1e-7", #"" 2.5 ""#,
        ]))
        let amounts = buckets[0].records.compactMap(\.amount?.value)
        #expect(amounts == ["10.1425634", "0.06", "10.1425634", "0.06", "0.0000001", "2.5"].map { Decimal(string: $0)! })
        #expect(amounts[0].description == "10.1425634")
    }

    @Test func manySmallCostsSumToTheCent() async throws {
        // 1,000 results of $0.01 and 1,000 of $0.06 add up to exactly $70.00 (no binary rounding).
        let values = Array(repeating: "0.01", count: 1_000) + Array(repeating: #""0.06""#, count: 1_000)
        let buckets = try await Self.costs(AdminAPIBodies.costsPage(start: Self.day0, rawValues: values))
        let total = buckets[0].records.reduce(USD.zero) { $0 + ($1.amount ?? .zero) }
        #expect(total == USD(70))
        #expect(total.formatted == "$70.00")
    }

    @Test func badAmountStringsAreBadBodies() async throws {
        await #expect {
            try await Self.costs(AdminAPIBodies.costsPage(start: Self.day0, rawValues: [#""12abc""#]))
        } throws: { error in
            guard case AdminAPIError.badBody(let detail) = error else { return false }
            return detail.contains("amount.value") && detail.contains("/organization/costs")
        }
    }

    @Test func theOldResultArrayNameIsRead() async throws {
        let buckets = try await Self.costs(AdminAPIBodies.costsPage(start: Self.day0, rawValues: ["1.25"], arrayName: "result"))
        #expect(buckets.count == 1)
        #expect(buckets[0].records.map(\.amount) == [USD(Decimal(string: "1.25")!)])
    }

    @Test func unknownFieldsAreIgnoredAndNewIntegerMetricsKept() async throws {
        let body = #"""
        {"object":"page","organization_id":"org_1","data":[{"object":"bucket","start_time":1,"end_time":2,"extra":{"a":[1,2]},
         "results":[{"object":"organization.usage.completions.result","input_tokens":10,"output_tokens":4,"num_model_requests":1,
           "input_reasoning_tokens":3,"organization_id":"org_1","ratio":0.5,"flags":["x"],"nested":{"n":1},
           "model":"gpt-4.1","batch":true,"service_tier":null,"project_id":null}]}],
         "has_more":false,"next_page":null,"future":true}
        """#
        let client = try AdminAPIClient(adminKey: fakeAdminKey, transport: CannedTransport(status: 200, json: body))
        let grouping = Grouping([.model, .batch, .serviceTier, .projectID])
        let buckets = try await client.buckets(.completions, query: BucketQuery(startTime: 1, grouping: grouping))
        let record = try #require(buckets.first?.records.first)
        #expect(record.metrics == ["input_tokens": 10, "output_tokens": 4, "num_model_requests": 1, "input_reasoning_tokens": 3])
        #expect(record.dimensions == [.model: "gpt-4.1", .batch: "true"])
        #expect(record.grouping == grouping)
    }

    @Test func costQuantitiesAndDimensions() async throws {
        let body = #"""
        {"object":"page","data":[{"object":"bucket","start_time":1,"end_time":2,"results":[
          {"object":"organization.costs.result","amount":{"value":"0.000123","currency":"usd"},"line_item":"gpt-4.1, input",
           "project_id":"proj_a","api_key_id":null,"quantity":12.5,"quantity_unit":"1000_tokens","organization_id":"org_x"},
          {"object":"organization.costs.result","amount":{"value":3,"currency":"USD"},"line_item":"gpt-4.1, output","project_id":"proj_a"}
        ]}],"has_more":false,"next_page":null}
        """#
        let buckets = try await Self.costs(body)
        let records = buckets[0].records
        #expect(records[0].amount == USD(Decimal(string: "0.000123")!))
        #expect(records[0].quantity == Decimal(string: "12.5"))
        #expect(records[0].quantityUnit == "1000_tokens")
        #expect(records[0].dimensions == [.lineItem: "gpt-4.1, input", .projectID: "proj_a"])
        #expect(records[1].amount == USD(3) && records[1].quantity == nil)
        #expect(records.allSatisfy { $0.metrics.isEmpty })
    }

    @Test func nullableKeyAndProjectFields() async throws {
        let keys = #"""
        {"object":"list","data":[
          {"object":"organization.project.api_key","redacted_value":"sk-proj-…9f2c","name":null,"created_at":5,"last_used_at":null,
           "id":"key_1","owner_project_access":"inactive","owner":{"type":"service_account","service_account":{"id":"svc_1","name":"ci","created_at":5,"role":"member"}}},
          {"object":"organization.project.api_key","redacted_value":"sk-proj-…1a0b","name":"x","created_at":6,"id":"key_2","owner":{"type":"user"}}
        ],"first_id":null,"last_id":null,"has_more":false}
        """#
        let client = try AdminAPIClient(adminKey: fakeAdminKey, transport: CannedTransport(status: 200, json: keys))
        let result = try await client.projectAPIKeys(projectID: "proj_9")
        #expect(result[0].name == "" && result[0].lastUsedAt == nil && result[0].ownerLostAccess)
        #expect(result[0].owner == KeyOwner(kind: .serviceAccount, id: "svc_1", name: "ci", role: "member"))
        #expect(result[0].owner?.label == "svc: ci")
        #expect(result[1].owner == nil && result[1].projectID == "proj_9")

        let projects = #"{"object":"list","data":[{"id":"proj_old","object":"organization.project","name":null,"created_at":1,"archived_at":99,"status":"archived"}],"has_more":false}"#
        let archived = try await AdminAPIClient(adminKey: fakeAdminKey, transport: CannedTransport(status: 200, json: projects)).projects(includeArchived: true)
        #expect(archived == [Project(id: "proj_old", name: nil, createdAt: 1, archivedAt: 99, status: "archived")])
        #expect(archived[0].isArchived && archived[0].displayName == "proj_old")
    }

    @Test func spendAlertsAndLimitsAreCents() async throws {
        let alerts = #"{"object":"list","data":[{"id":"alert_1","object":"organization.spend_alert","threshold_amount":12345,"currency":"USD","interval":"month","notification_channel":{"type":"email","recipients":["a@x.test","b@x.test"],"subject_prefix":null}}],"first_id":"alert_1","last_id":"alert_1","has_more":false}"#
        let fetched = try await AdminAPIClient(adminKey: fakeAdminKey, transport: CannedTransport(status: 200, json: alerts)).spendAlerts(projectID: nil)
        #expect(fetched == [SpendAlert(id: "alert_1", projectID: nil, threshold: USD(Decimal(string: "123.45")!), interval: "month", recipients: ["a@x.test", "b@x.test"])])

        let limit = #"{"object":"project.spend_limit","threshold_amount":35000,"currency":"USD","interval":"month","enforcement":{"status":"inactive"}}"#
        let got = try await AdminAPIClient(adminKey: fakeAdminKey, transport: CannedTransport(status: 200, json: limit)).spendLimit(projectID: "proj_a")
        #expect(got == SpendLimit(projectID: "proj_a", threshold: USD(350), interval: "month", enforcement: "inactive"))
        #expect(got?.isEnforcing == false)
    }

    @Test func usersWithNullFields() async throws {
        let users = #"{"object":"list","data":[{"object":"organization.user","id":"user_1","name":null,"email":null,"role":null,"added_at":7,"is_service_account":false}],"has_more":false}"#
        let fetched = try await AdminAPIClient(adminKey: fakeAdminKey, transport: CannedTransport(status: 200, json: users)).users()
        #expect(fetched == [OrgUser(id: "user_1", name: nil, email: nil, role: nil, addedAt: 7)])
    }
}
