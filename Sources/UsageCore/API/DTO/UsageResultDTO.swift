import Foundation

/// One item of a bucket's `results`: any `Usage*Result` or a `CostsResult`
/// (`notes/openai-admin-api.md` §1.2, §2; spec `UsageTimeBucket.results`).
///
/// Decoded field by field so that nothing is lost and nothing unknown breaks it:
/// - a field named like a ``Dimension`` (`project_id`, `model`, `batch`, …) is a dimension;
///   `null` means "not grouped" and is dropped; `batch` (a JSON bool) becomes `"true"`/`"false"`;
/// - `amount` (`{value, currency}`), `quantity` and `quantity_unit` are the cost fields;
/// - every other field holding a JSON integer is a metric, kept under its API name
///   (`input_tokens`, `input_cached_tokens`, `usage_bytes`, …);
/// - anything else (`object` aside, e.g. `organization_id`) is ignored.
struct UsageResultDTO: Decodable, Sendable {
    /// The `object` discriminator, when present (`organization.usage.completions.result`, …).
    var object: String?
    /// Non-null dimension values.
    var dimensions: [Dimension: String] = [:]
    /// Every integer-valued field that is not a dimension or a cost field.
    var integers: [String: Int64] = [:]
    /// Costs: `amount`.
    var amount: AmountDTO?
    /// Costs: `quantity` (a decimal number).
    var quantity: Decimal?
    /// Costs: `quantity_unit`.
    var quantityUnit: String?

    /// Fields with a fixed meaning that never count as metrics.
    static let reservedFields: Set<String> = ["object", "amount", "quantity", "quantity_unit"]

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: DynamicCodingKey.self)
        for key in c.allKeys {
            let name = key.stringValue
            if let dimension = Dimension(rawValue: name) {
                if let value = try Self.dimensionValue(c, key) { dimensions[dimension] = value }
                continue
            }
            switch name {
            case "object": object = try c.decodeIfPresent(String.self, forKey: key)
            case "amount": amount = try c.decodeIfPresent(AmountDTO.self, forKey: key)
            case "quantity": quantity = try c.decodeIfPresent(FlexibleDecimal.self, forKey: key)?.value
            case "quantity_unit": quantityUnit = try c.decodeIfPresent(String.self, forKey: key)
            default:
                if let n = try? c.decode(Int64.self, forKey: key) { integers[name] = n }
            }
        }
    }

    /// A dimension's value as text: a string as is, a bool as `"true"`/`"false"`, an integer in
    /// decimal; `nil` for JSON `null`.
    private static func dimensionValue(
        _ c: KeyedDecodingContainer<DynamicCodingKey>, _ key: DynamicCodingKey
    ) throws -> String? {
        if try c.decodeNil(forKey: key) { return nil }
        if let s = try? c.decode(String.self, forKey: key) { return s }
        if let b = try? c.decode(Bool.self, forKey: key) { return b ? "true" : "false" }
        if let n = try? c.decode(Int64.self, forKey: key) { return String(n) }
        throw DecodingError.typeMismatch(String.self, .init(
            codingPath: c.codingPath + [key], debugDescription: "expected a string, a bool or null"))
    }
}

/// Costs' `amount`: `{"value": number, "currency": "usd"}` — dollars, lowercase ISO 4217.
struct AmountDTO: Decodable, Sendable {
    /// The amount in `currency` units (dollars), exact.
    var value: Decimal?
    /// `usd`.
    var currency: String?

    enum CodingKeys: String, CodingKey { case value, currency }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        value = try c.decodeIfPresent(FlexibleDecimal.self, forKey: .value)?.value
        currency = try c.decodeIfPresent(String.self, forKey: .currency)
    }
}
