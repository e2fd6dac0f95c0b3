import Foundation
@testable import UsageSim

/// A fixed simulated time for tests: 2026-11-29 13:37:12 UTC.
let testNow: Int64 = 1_795_910_400 + 13 * 3_600 + 37 * 60 + 12
/// 00:00 UTC of `testNow`'s day.
let testToday: Int64 = testNow / 86_400 * 86_400
let day: Int64 = 86_400

/// A handler over the seed-42 organization as of `testNow`, plus JSON helpers.
struct SimHarness {
    let organization: SimOrganization
    let api: SimAPI

    init(seed: UInt64 = 42, rejectCostsKeyGrouping: Bool = false, spendLimitUSD: Double? = nil) {
        organization = SimOrganization(seed: seed, startTime: testNow, spendLimitUSD: spendLimitUSD)
        api = SimAPI(organization: organization, rejectCostsKeyGrouping: rejectCostsKeyGrouping, startTime: testNow)
    }

    /// A handler over the organization a full configuration describes, generated at `startTime`.
    init(_ configuration: SimConfiguration, startTime: Int64 = testNow) throws {
        organization = try SimOrganization(configuration, startTime: startTime)
        api = SimAPI(organization: organization, rejectCostsKeyGrouping: configuration.rejectCostsKeyGrouping,
                     startTime: startTime)
    }

    /// Sends a GET with query items (repeat a name for array parameters) and returns the raw response.
    func raw(_ path: String, _ query: [(String, String)] = [], key: String? = "sk-admin-test", now: Int64 = testNow) -> SimResponse {
        let text = query.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0.1)" }
            .joined(separator: "&")
        let request = SimRequest(method: "GET", path: "/v1/organization" + path, rawQuery: text,
                                 authorization: key.map { "Bearer \($0)" })
        return api.handle(request, now: now)
    }

    /// Sends a GET and decodes the JSON body as a dictionary.
    func get(_ path: String, _ query: [(String, String)] = [], key: String? = "sk-admin-test", now: Int64 = testNow)
        -> (status: Int, body: [String: Any]) {
        let response = raw(path, query, key: key, now: now)
        let object = try? JSONSerialization.jsonObject(with: Data(response.body.utf8))
        return (response.status, object as? [String: Any] ?? [:])
    }
}

extension Dictionary where Key == String, Value == Any {
    /// `data` as an array of objects.
    var items: [[String: Any]] { self["data"] as? [[String: Any]] ?? [] }
    /// Every result of every bucket.
    var results: [[String: Any]] { items.flatMap { $0["results"] as? [[String: Any]] ?? [] } }
    /// The `error` object of an error body.
    var error: [String: Any]? { self["error"] as? [String: Any] }
    /// Integer field.
    func int(_ key: String) -> Int64? { (self[key] as? NSNumber)?.int64Value }
    /// String field.
    func string(_ key: String) -> String? { self[key] as? String }
    /// `amount.value` of a costs result, as a Decimal parsed from the number's text.
    var amountValue: Double { ((self["amount"] as? [String: Any])?["value"] as? NSNumber)?.doubleValue ?? .nan }
}

/// Sums an integer metric over results.
func total(_ results: [[String: Any]], _ metric: String) -> Int64 {
    results.reduce(0) { $0 + ($1.int(metric) ?? 0) }
}

/// `true` when an error body has the four required keys of `ErrorResponse`.
func isErrorEnvelope(_ body: [String: Any]) -> Bool {
    guard let error = body.error else { return false }
    return error["message"] is String && error["type"] is String && error.keys.contains("param") && error.keys.contains("code")
}
