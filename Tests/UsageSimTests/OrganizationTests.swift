import Foundation
import Testing
@testable import UsageSim

@Suite("The simulated organization")
struct OrganizationTests {
    let sim = SimHarness()
    var org: SimOrganization { sim.organization }

    @Test("has the required shape: projects, keys, admin keys, models, history")
    func shape() {
        #expect(org.projects.count >= 4 && org.projects.filter { $0.archivedAt != nil }.count == 1)
        #expect(org.projectKeys.count >= 12)
        #expect(org.projectKeys.contains { if case .serviceAccount = $0.owner { return true } else { return false } })
        #expect(org.projectKeys.contains { if case .user = $0.owner { return true } else { return false } })
        #expect(org.adminKeys.count == 2)
        for model in ["gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14",
                      "gpt-4o-mini-2024-07-18", "o4-mini-2025-04-16", "gpt-5-mini-2025-08-07", "text-embedding-3-small"] {
            #expect(org.models.contains(model), "\(model)")
        }
        #expect(testNow - org.historyStart >= 200 * day)
        let oldest = sim.get("/usage/completions", [("start_time", "\(testToday - 200 * day)"), ("limit", "1")]).body.results
        #expect(total(oldest, "input_tokens") > 0)
    }

    @Test("the never-used key has last_used_at null and no usage")
    func neverUsed() throws {
        let key = try #require(org.projectKey(trait: .neverUsed))
        let json = sim.get("/projects/\(key.projectID)/api_keys/\(key.id)").body
        #expect(json["last_used_at"] is NSNull)
        let usage = sim.get("/usage/completions", [("start_time", "\(testToday - 30 * day)"), ("limit", "31"),
                                                   ("api_key_ids", key.id)]).body.results
        #expect(usage.isEmpty)
    }

    @Test("the idle key was last used 30+ days ago and has no recent usage")
    func idle() throws {
        let key = try #require(org.projectKey(trait: .idle))
        let lastUsed = try #require(sim.get("/projects/\(key.projectID)/api_keys/\(key.id)").body.int("last_used_at"))
        #expect(lastUsed <= testNow - 30 * day)
        #expect(lastUsed >= key.createdAt)
        let recent = sim.get("/usage/completions", [("start_time", "\(testToday - 30 * day)"), ("limit", "31"),
                                                    ("api_key_ids", key.id)]).body.results
        #expect(recent.isEmpty)
        // Its last use is real: the minute of last_used_at has usage.
        let minute = sim.get("/usage/completions", [("start_time", "\(lastUsed)"), ("end_time", "\(lastUsed + 60)"),
                                                    ("bucket_width", "1m"), ("api_key_ids", key.id)]).body.results
        #expect(total(minute, "num_model_requests") > 0)
    }

    @Test("the owner-inactive key still spends today and is listed only with owner_project_access")
    func ownerInactive() throws {
        let key = try #require(org.projectKey(trait: .ownerInactive))
        let today = sim.get("/usage/completions", [("start_time", "\(testToday)"), ("api_key_ids", key.id)]).body.results
        #expect(total(today, "input_tokens") > 0)
        let path = "/projects/\(key.projectID)/api_keys"
        let ids = { (query: [(String, String)]) in Set(sim.get(path, query).body.items.compactMap { $0.string("id") }) }
        #expect(!ids([]).contains(key.id))
        #expect(ids([("owner_project_access", "inactive")]) == [key.id])
        #expect(ids([("owner_project_access", "any")]).contains(key.id))
        let json = sim.get("\(path)/\(key.id)").body
        #expect(json.string("owner_project_access") == "inactive")
        #expect(try #require(json.int("last_used_at")) > testNow - 3_600)
    }

    @Test("the spiky key has days at 5× or more of its median")
    func spiky() throws {
        let key = try #require(org.projectKey(trait: .spiky))
        let start = testToday - 90 * day
        var perDay: [Int64] = []
        var cursor = start
        while cursor < testToday {
            let results = sim.get("/usage/completions", [("start_time", "\(cursor)"), ("end_time", "\(testToday)"),
                                                         ("limit", "31"), ("api_key_ids", key.id)]).body
            perDay += results.items.map { total($0["results"] as? [[String: Any]] ?? [], "input_tokens") }
            cursor += 31 * day
        }
        let weekdays = perDay.filter { $0 > 0 }.sorted()
        let median = weekdays[weekdays.count / 2]
        #expect(perDay.contains { $0 >= 5 * median })
    }

    @Test("projects: archived ones only with include_archived; limit and after page through")
    func projects() {
        let all = sim.get("/projects", [("include_archived", "true"), ("limit", "100")]).body.items
        let active = sim.get("/projects").body.items
        #expect(all.count == org.projects.count && active.count == all.count - 1)
        #expect(all.contains { $0["archived_at"] is NSNumber && $0.string("status") == "archived" })
        let first = sim.get("/projects", [("limit", "2")]).body
        #expect(first.items.count == 2 && first["has_more"] as? Bool == true)
        let next = sim.get("/projects", [("limit", "2"), ("after", first.string("last_id") ?? "")]).body
        #expect(next.items.first?.string("id") == active[2].string("id"))
        #expect(sim.get("/projects/\(org.projects[0].id)").body.string("name") == org.projects[0].name)
        let missing = sim.get("/projects/proj_nope")
        #expect(missing.status == 404 && isErrorEnvelope(missing.body))
    }

    @Test("admin keys: one expires within 14 days; users, rate limits and alerts list")
    func lists() {
        let admin = sim.get("/admin_api_keys").body.items
        #expect(admin.count == 2)
        #expect(admin.contains { ((1...(14 * day)) as ClosedRange<Int64>).contains(($0.int("expires_at") ?? .max) - testNow) })
        #expect(sim.get("/users").body.items.count == org.users.count)
        #expect(sim.get("/users", [("emails", "eli@example.com")]).body.items.count == 1)
        #expect(!sim.get("/projects/\(org.projects[0].id)/rate_limits").body.items.isEmpty)
        let alerts = sim.get("/spend_alerts").body
        #expect(alerts.items.count == 3 && alerts.keys.contains("first_id"))
    }

    @Test("spend limits: the org and some projects have one, the rest answer 404")
    func spendLimits() throws {
        let orgLimit = sim.get("/spend_limit").body
        #expect(orgLimit.int("threshold_amount") == 100_000 && orgLimit.string("currency") == "USD")
        let custom = SimHarness(spendLimitUSD: 250).get("/spend_limit").body
        #expect(custom.int("threshold_amount") == 25_000)
        #expect(SimHarness(spendLimitUSD: 0).get("/spend_limit").status == 404)
        let withLimit = try #require(org.projects.first { $0.spendLimitCents != nil })
        let without = try #require(org.projects.first { $0.spendLimitCents == nil })
        #expect(sim.get("/projects/\(withLimit.id)/spend_limit").body.string("object") == "project.spend_limit")
        let none = sim.get("/projects/\(without.id)/spend_limit")
        #expect(none.status == 404 && isErrorEnvelope(none.body))
    }

    @Test("object lists page with limit, after, before and order")
    func listPaging() throws {
        let project = try #require(org.projects.first { $0.name == "Research sandbox" })
        let path = "/projects/\(project.id)/api_keys"
        let all = sim.get(path, [("owner_project_access", "any")]).body.items.compactMap { $0.string("id") }
        #expect(all.count >= 4)
        var seen: [String] = []
        var after: String?
        repeat {
            var query = [("owner_project_access", "any"), ("limit", "1")]
            if let after { query.append(("after", after)) }
            let body = sim.get(path, query).body
            seen += body.items.compactMap { $0.string("id") }
            after = (body["has_more"] as? Bool) == true ? body.string("last_id") : nil
        } while after != nil && seen.count <= all.count
        #expect(seen == all)
        let before = sim.get(path, [("owner_project_access", "any"), ("before", all[2])]).body.items.compactMap { $0.string("id") }
        #expect(before == Array(all.prefix(2)))
        let desc = sim.get("/admin_api_keys", [("order", "desc")]).body.items.compactMap { $0.string("id") }
        #expect(desc == org.adminKeys.map(\.id).reversed())
        let badAfter = sim.get(path, [("after", "key_nope")])
        #expect(badAfter.status == 400 && isErrorEnvelope(badAfter.body))
        let badLimit = sim.get("/users", [("limit", "101")])
        #expect(badLimit.status == 400 && isErrorEnvelope(badLimit.body))
    }
}

