import Foundation
import Logging
import Testing
import UsageSim
@testable import UsageCore

extension PricingTests {
    /// The acceptance cross-check: per-key estimates from the bundled price table against the
    /// simulator's per-key token spend, which the simulator bills from its own, independent price
    /// table (`UsageSim.SimPriceTable`). Fixed clock (`now`, speed 0), so the figures are
    /// deterministic.
    @Suite struct EstimateAgainstSimulatorTests {
        /// 2026-11-29 12:00 UTC, the simulated "now".
        static let now: UnixSeconds = UTCCalendar.timestamp(year: 2026, month: 11, day: 29) + 12 * 3_600
        /// The last 7 closed UTC days.
        static let end: UnixSeconds = UTCCalendar.startOfDay(now)
        static let start: UnixSeconds = end - 7 * UTCCalendar.secondsPerDay

        /// One key's figures over the window (USD).
        struct KeyFigures {
            /// The estimate from usage and the bundled prices.
            var estimate = EstimateTotal()
            /// Billed token spend: the key's Costs line items that bill tokens (§5 grammar).
            var billed = USD.zero
        }

        /// Estimates and billed token spend per `api_key_id` over the last 7 closed days.
        static func figures() async throws -> [String: KeyFigures] {
            let server = try await SimServer.start(SimConfiguration(now: now, speed: 0))
            do {
                let client = try AdminAPIClient(baseURL: server.baseURL, adminKey: "sk-admin-test-pricing",
                                                logger: Logger(label: "test.pricing", factory: { _ in SwiftLogNoOpLogHandler() }))
                func query(_ dims: [UsageCore.Dimension]) -> BucketQuery {
                    BucketQuery(startTime: start, endTime: end, width: .day, grouping: Grouping(dims))
                }
                let completions = try await client.buckets(.completions, query: query([.apiKeyID, .model, .batch, .serviceTier]))
                let embeddings = try await client.buckets(.embeddings, query: query([.apiKeyID, .model]))
                let costs = try await client.buckets(.costs, query: query([.apiKeyID, .lineItem]))
                await server.stop()
                #expect(completions.count == 7 && embeddings.count == 7 && costs.count == 7)

                let estimator = CostEstimator()
                var byKey: [String: KeyFigures] = [:]
                for record in (completions + embeddings).flatMap(\.records) {
                    guard let key = record.dimensions[.apiKeyID] else { continue }
                    byKey[key, default: KeyFigures()].estimate.add(estimator.estimate(record))
                }
                for record in costs.flatMap(\.records) {
                    guard let key = record.dimensions[.apiKeyID], let label = record.dimensions[.lineItem],
                          LineItem(parsing: label).tokenType != nil, let amount = record.amount else { continue }
                    byKey[key, default: KeyFigures()].billed += amount
                }
                return byKey
            } catch {
                await server.stop()
                throw error
            }
        }

        /// `|a − b| ≤ 0.5 % of b`.
        static func withinHalfAPercent(_ a: USD, of b: USD) -> Bool {
            abs(a.value - b.value) <= b.value * Decimal(string: "0.005")!
        }

        @Test func perKeyEstimatesMatchBilledTokenSpend() async throws {
            let byKey = try await Self.figures()
            let keys = byKey.filter { $0.value.billed >= USD(1) }
            #expect(keys.count >= 8)
            for (key, f) in byKey.sorted(by: { $0.key < $1.key }) {
                #expect(f.estimate.isFullyPriced, "\(key): unpriced models \(f.estimate.unpricedModels.sorted())")
                #expect(f.estimate.flags.subtracting(.tierPriceUnknown).isEmpty, "\(key): flags \(f.estimate.flags)")
            }
            // The acceptance check: every key with ≥ $1 of token spend is within 0.5 % of billed.
            for (key, f) in keys {
                #expect(Self.withinHalfAPercent(f.estimate.cost, of: f.billed),
                        "\(key): estimate \(f.estimate.cost.value) vs billed \(f.billed.value)")
            }
        }
    }
}
