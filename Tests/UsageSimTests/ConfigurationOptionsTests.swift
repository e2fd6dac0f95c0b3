import Foundation
import Testing
@testable import UsageSim

@Suite("Configuration options: spend alerts, project limits, unpriced model, user attribution")
struct ConfigurationOptionsTests {
    @Test("--no-spend-alerts and --no-project-spend-limits leave no API thresholds")
    func noThresholds() throws {
        let sim = try SimHarness(SimConfiguration(spendLimitUSD: 0, spendAlerts: false, projectSpendLimits: false))
        #expect(sim.get("/spend_limit").status == 404)
        #expect(sim.get("/spend_alerts").body.items.isEmpty)
        for project in sim.organization.projects {
            #expect(sim.get("/projects/\(project.id)/spend_alerts").body.items.isEmpty)
            #expect(sim.get("/projects/\(project.id)/spend_limit").status == 404)
        }
        let defaults = SimHarness()
        #expect(defaults.organization.projects.contains { !$0.spendAlertCents.isEmpty && $0.spendLimitCents != nil })
    }

    @Test("--unpriced-model adds a billed model no price list has; it is off by default")
    func unpricedModel() throws {
        let model = SimConfiguration.unpricedModelID
        let sim = try SimHarness(SimConfiguration(unpricedModel: true))
        let range = [("start_time", "\(testToday - 7 * day)"), ("limit", "8")]
        let usage = sim.get("/usage/completions", range + [("group_by", "model")]).body.results
        #expect(total(usage.filter { $0.string("model") == model }, "input_tokens") > 0)
        let costs = sim.get("/costs", range + [("group_by", "line_item")]).body.results
        let billed = costs.filter { $0.string("line_item")?.hasPrefix(model) ?? false }.reduce(0.0) { $0 + $1.amountValue }
        #expect(billed > 0)
        #expect(sim.organization.models.contains(model))
        // Off by default: no usage and no bill.
        let plain = SimHarness()
        #expect(!plain.organization.models.contains(model))
        let plainUsage = plain.get("/usage/completions", range + [("group_by", "model")]).body.results
        #expect(!plainUsage.contains { $0.string("model") == model })
    }

    @Test("completions by user_id: users' keys are attributed, service-account keys are null; sums agree")
    func userAttribution() {
        let sim = SimHarness()
        let range = [("start_time", "\(testToday - 3 * day)"), ("end_time", "\(testToday)")]
        let groups = ["user_id", "model", "batch", "service_tier"].map { ("group_by", $0) }
        let byUser = sim.get("/usage/completions", range + groups).body.results
        let all = sim.get("/usage/completions", range).body.results
        #expect(total(byUser, "input_tokens") == total(all, "input_tokens"))
        #expect(byUser.contains { $0["user_id"] is NSNull && ($0.int("input_tokens") ?? 0) > 0 })
        let users = Set(byUser.compactMap { $0.string("user_id") })
        #expect(users.count >= 4 && users.isSubset(of: Set(sim.organization.users.map(\.id))))
    }
}
