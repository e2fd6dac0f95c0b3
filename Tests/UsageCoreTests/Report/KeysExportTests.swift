import Foundation
import Testing
@testable import UsageCore

/// `usagetop keys` output: JSON in the API's list shape with usage, spend and flags; CSV.
@Suite struct KeysExportTests {
    static let monthStart = Fixture.nov(1)

    static var rows: [KeyExportRow] {
        let owner = KeyOwner(kind: .user, id: "user_1", name: "Ana", email: "ana@example.com", role: "owner")
        var billed = KeySummary(
            key: APIKey(id: "key_a", kind: .project, name: "support, bot", redactedValue: "sk-proj-…9f2c", projectID: "proj_1",
                        createdAt: Fixture.nov(-30), lastUsedAt: Fixture.now - 120, owner: owner, ownerProjectAccess: "inactive"),
            projectName: "Support", monthToDate: USD(Decimal(string: "88.100000001")!), spendIsEstimate: false,
            monthActivity: Activity(inputUncached: 900, inputCached: 100, output: 50, requests: 7),
            last14DaysTokens: [], last14DaysSpend: [])
        billed.unpricedTokens = 0
        let estimated = KeySummary(
            key: APIKey(id: "key_admin", kind: .admin, name: "", redactedValue: "sk-admin…cb1c", projectID: nil,
                        createdAt: Fixture.nov(-30), lastUsedAt: nil, expiresAt: Fixture.now + 86_400, owner: nil),
            projectName: nil, monthToDate: USD(Decimal(string: "1.23456789")!), spendIsEstimate: true,
            monthActivity: .zero, last14DaysTokens: [], last14DaysSpend: [])
        return [KeyExportRow(summary: billed, flags: ["owner_lost_access", "still_spends"]),
                KeyExportRow(summary: estimated, flags: ["expires_soon", "never_used"])]
    }

    @Test("JSON: {object: list, data}, the API's key fields, month-to-date usage and spend with its source, flags")
    func json() throws {
        let text = KeysExport.json(Self.rows, monthStart: Self.monthStart)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["object"] as? String == "list")
        let data = try #require(object["data"] as? [[String: Any]])
        #expect(data.count == 2)
        #expect(data[0]["object"] as? String == "organization.project.api_key")
        #expect(data[1]["object"] as? String == "organization.admin_api_key")
        #expect(data[0]["redacted_value"] as? String == "sk-proj-…9f2c")
        #expect(data[0]["last_used_at"] as? Int == Int(Fixture.now - 120) && data[1]["last_used_at"] is NSNull)
        #expect((data[0]["owner"] as? [String: Any])?["email"] as? String == "ana@example.com" && data[1]["owner"] is NSNull)
        let mtd = try #require(data[0]["month_to_date"] as? [String: Any])
        #expect(mtd["spend_source"] as? String == "billed" && mtd["spend_is_estimate"] as? Bool == false)
        #expect(mtd["input_tokens"] as? Int == 1_000 && mtd["input_cached_tokens"] as? Int == 100 && mtd["num_model_requests"] as? Int == 7)
        #expect(text.contains("\"spend_usd\": 88.100000001"))
        #expect(text.contains("\"spend_usd\": 1.234568"), "estimates to the micro-dollar")
        #expect((data[1]["month_to_date"] as? [String: Any])?["spend_source"] as? String == "estimated")
        #expect(data[1]["flags"] as? [String] == ["expires_soon", "never_used"])
    }

    @Test("CSV: header, one row per key, ISO 8601 times, quoted names, flags joined by ;")
    func csv() {
        let lines = KeysExport.csv(Self.rows).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("id,kind,name,redacted_value,project_id,project_name,owner_type"))
        #expect(lines[1].hasPrefix("key_a,project,\"support, bot\",sk-proj-…9f2c,proj_1,Support,user,user_1,ana@example.com,owner,inactive,2026-10-01T00:00:00Z,2026-11-15T11:58:00Z,,88.100000001,billed,1000,100,50,7,0,0,owner_lost_access;still_spends"))
        #expect(lines[2].contains(",1.234568,estimated,"))
        #expect(KeysExport.iso8601(Fixture.now) == "2026-11-15T12:00:00Z")
    }

    @Test("table: ≈ marks an estimated spend, never used shows as such")
    func table() {
        let text = KeysExport.table(Self.rows, now: Fixture.now)
        #expect(text.contains("≈$1.23") && text.contains("$88.10") && text.contains("never") && text.contains("2 min ago"))
    }
}
