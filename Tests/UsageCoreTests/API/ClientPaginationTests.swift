import Foundation
import Testing
@testable import UsageCore

/// ``AdminAPIClient`` follows `next_page` for buckets and `after` for lists, encodes queries as
/// the spec asks, and refuses endless cursors (`notes/openai-admin-api.md` §0, §1.1).
@Suite struct ClientPaginationTests {
    static let day0: Int64 = 1_730_419_200  // 2024-11-01 00:00 UTC

    static func client(_ transport: CannedTransport, maxPages: Int = AdminAPIClient.defaultMaxPages) throws -> AdminAPIClient {
        try AdminAPIClient(baseURL: "https://api.example.test/v1", adminKey: fakeAdminKey, transport: transport, maxPages: maxPages)
    }

    // MARK: - Buckets

    @Test func bucketPagesFollowNextPageAndConcatenate() async throws {
        let d = Self.day0
        let transport = CannedTransport { request in
            switch request.value("page") {
            case nil:
                .ok(AdminAPIBodies.completionsPage(days: [(d, 100), (d + 86_400, 200)], hasMore: true, nextPage: "page_A+/="))
            case "page_A+/=":
                .ok(AdminAPIBodies.completionsPage(days: [(d + 2 * 86_400, 300), (d + 3 * 86_400, 400)], hasMore: true, nextPage: "page_B"))
            case "page_B":
                .ok(AdminAPIBodies.completionsPage(days: [(d + 4 * 86_400, 500)], hasMore: false, nextPage: nil))
            default:
                HTTPResponseData(status: 400, body: Data(AdminAPIBodies.error("bad cursor").utf8))
            }
        }
        let query = BucketQuery(startTime: d, endTime: d + 5 * 86_400, grouping: .none, pageLimit: 2)
        let buckets = try await Self.client(transport).buckets(.completions, query: query)

        #expect(buckets.map(\.startTime) == (0..<5).map { d + Int64($0) * 86_400 })
        #expect(buckets.map { $0.records.first?[metric: "input_tokens"] } == [100, 200, 300, 400, 500])
        #expect(buckets.allSatisfy { $0.records.allSatisfy { $0.width == .day && $0.grouping == .none && $0.dataset == .completions } })
        let requests = await transport.requests
        #expect(requests.count == 3)
        #expect(requests.map { $0.value("page") } == [nil, "page_A+/=", "page_B"])
        #expect(requests[1].url.contains("page=page_A%2B%2F%3D"))
        #expect(requests.allSatisfy { $0.path == "/v1/organization/usage/completions" && $0.value("limit") == "2" })
    }

    @Test func bucketQueryEncodesEveryParameter() async throws {
        let transport = CannedTransport(status: 200, json: #"{"object":"page","data":[],"has_more":false,"next_page":null}"#)
        let query = BucketQuery(
            startTime: 1_700_000_000, endTime: 1_700_086_400, width: .hour,
            grouping: Grouping([.model, .apiKeyID]), projectIDs: ["proj_1", "proj_2"], apiKeyIDs: ["key_9"])
        let buckets = try await Self.client(transport).buckets(.completions, query: query)
        #expect(buckets.isEmpty)

        let request = try #require(await transport.requests.first)
        #expect(request.value("start_time") == "1700000000")
        #expect(request.value("end_time") == "1700086400")
        #expect(request.value("bucket_width") == "1h")
        #expect(request.values("group_by") == ["api_key_id", "model"])
        #expect(request.values("project_ids") == ["proj_1", "proj_2"])
        #expect(request.values("api_key_ids") == ["key_9"])
        #expect(request.value("limit") == "168")
        #expect(request.value("page") == nil)
        #expect(request.header("Authorization") == "Bearer \(fakeAdminKey)")
        #expect(request.header("User-Agent") == "usagetop")
    }

    @Test func limitDefaultsToTheEndpointMaximumAndEndTimeIsOmitted() async throws {
        let transport = CannedTransport(status: 200, json: #"{"object":"page","data":[],"has_more":false,"next_page":null}"#)
        let client = try Self.client(transport)
        _ = try await client.buckets(.costs, query: BucketQuery(startTime: Self.day0))
        _ = try await client.buckets(.embeddings, query: BucketQuery(startTime: Self.day0, width: .minute))
        _ = try await client.buckets(.completions, query: BucketQuery(startTime: Self.day0, pageLimit: 500))
        let requests = await transport.requests
        #expect(requests.map { $0.value("limit") } == ["180", "1440", "31"])
        #expect(requests.allSatisfy { $0.value("end_time") == nil })
        #expect(requests[0].path == "/v1/organization/costs")
    }

    @Test func idleBucketsStayAsEmptyBuckets() async throws {
        let d = Self.day0
        let body = #"{"object":"page","data":[{"object":"bucket","start_time":\#(d),"end_time":\#(d + 86_400),"results":[]}],"has_more":false,"next_page":null}"#
        let buckets = try await Self.client(CannedTransport(status: 200, json: body)).buckets(.images, query: BucketQuery(startTime: d))
        #expect(buckets.count == 1)
        #expect(buckets[0].records.isEmpty)
        #expect(buckets[0].endTime == d + 86_400)
    }

    @Test func aRepeatingCursorIsABadBody() async throws {
        let transport = CannedTransport { _ in
            .ok(AdminAPIBodies.completionsPage(days: [(Self.day0, 1)], hasMore: true, nextPage: "page_same"))
        }
        await #expect {
            try await Self.client(transport).buckets(.completions, query: BucketQuery(startTime: Self.day0))
        } throws: { error in
            guard case AdminAPIError.badBody(let detail) = error else { return false }
            return detail.contains("/organization/usage/completions") && detail.contains("repeated")
        }
        #expect(await transport.requests.count == 2)
    }

    @Test func endlessDistinctCursorsStopAtMaxPages() async throws {
        let counter = CannedTransport { request in
            let n = Int(request.value("page")?.dropFirst(5) ?? "0") ?? 0
            return .ok(AdminAPIBodies.completionsPage(days: [(Self.day0 + Int64(n) * 86_400, 1)], hasMore: true, nextPage: "page_\(n + 1)"))
        }
        await #expect {
            try await Self.client(counter, maxPages: 5).buckets(.completions, query: BucketQuery(startTime: Self.day0))
        } throws: { error in
            guard case AdminAPIError.badBody(let detail) = error else { return false }
            return detail.contains("5 pages")
        }
        #expect(await counter.requests.count == 5)
    }

    @Test func hasMoreWithoutACursorEndsTheWalk() async throws {
        let transport = CannedTransport { _ in
            .ok(AdminAPIBodies.completionsPage(days: [(Self.day0, 7)], hasMore: true, nextPage: nil))
        }
        let buckets = try await Self.client(transport).buckets(.completions, query: BucketQuery(startTime: Self.day0))
        #expect(buckets.count == 1)
        #expect(await transport.requests.count == 1)
    }

    @Test func queriesTheEndpointCannotTakeFailBeforeAnyRequest() async throws {
        let transport = CannedTransport(status: 500, json: "{}")
        let client = try Self.client(transport)
        let bad: [(Dataset, BucketQuery)] = [
            (.costs, BucketQuery(startTime: Self.day0, width: .hour)),
            (.embeddings, BucketQuery(startTime: Self.day0, grouping: Grouping([.lineItem]))),
            (.vectorStores, BucketQuery(startTime: Self.day0, apiKeyIDs: ["key_1"])),
            (.completions, BucketQuery(startTime: Self.day0, endTime: Self.day0)),
        ]
        for (dataset, query) in bad {
            await #expect {
                try await client.buckets(dataset, query: query)
            } throws: { error in
                if case AdminAPIError.badRequest = error { return true }
                return false
            }
        }
        #expect(await transport.requests.isEmpty)
    }

    // MARK: - Lists

    @Test func listsFollowAfterLastIDAndFallBackToTheLastItem() async throws {
        let transport = CannedTransport { request in
            switch request.value("after") {
            case nil: .ok(AdminAPIBodies.projectsPage(ids: ["proj_1", "proj_2"], lastID: "proj_2", hasMore: true))
            case "proj_2": .ok(AdminAPIBodies.projectsPage(ids: ["proj_3"], lastID: nil, hasMore: true))
            case "proj_3": .ok(AdminAPIBodies.projectsPage(ids: ["proj_4"], lastID: "proj_4", hasMore: false))
            default: HTTPResponseData(status: 404, body: Data(AdminAPIBodies.error("no such cursor").utf8))
            }
        }
        let projects = try await Self.client(transport).projects(includeArchived: true)
        #expect(projects.map(\.id) == ["proj_1", "proj_2", "proj_3", "proj_4"])
        let requests = await transport.requests
        #expect(requests.map { $0.value("after") } == [nil, "proj_2", "proj_3"])
        #expect(requests.allSatisfy { $0.value("limit") == "100" && $0.value("include_archived") == "true" })
        #expect(requests.allSatisfy { $0.path == "/v1/organization/projects" })
    }

    @Test func listEndpointsSendTheirParameters() async throws {
        let empty = #"{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}"#
        let transport = CannedTransport(status: 200, json: empty)
        let client = try Self.client(transport)
        _ = try await client.projects(includeArchived: false)
        _ = try await client.projectAPIKeys(projectID: "proj_abc")
        _ = try await client.adminAPIKeys()
        _ = try await client.users()
        _ = try await client.spendAlerts(projectID: nil)
        _ = try await client.spendAlerts(projectID: "proj_abc")
        let requests = await transport.requests
        #expect(requests.map(\.path) == [
            "/v1/organization/projects", "/v1/organization/projects/proj_abc/api_keys",
            "/v1/organization/admin_api_keys", "/v1/organization/users",
            "/v1/organization/spend_alerts", "/v1/organization/projects/proj_abc/spend_alerts",
        ])
        #expect(requests[0].value("include_archived") == nil)
        #expect(requests[1].value("owner_project_access") == "any")
        #expect(requests.allSatisfy { $0.value("limit") == "100" })
    }

    @Test func aListWithHasMoreButNoCursorIsABadBody() async throws {
        let transport = CannedTransport(status: 200, json: #"{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":true}"#)
        await #expect {
            try await Self.client(transport).users()
        } throws: { error in
            guard case AdminAPIError.badBody(let detail) = error else { return false }
            return detail.contains("/organization/users") && detail.contains("last_id")
        }
    }
}
