/// A coding key for any field name, used to walk a JSON object whose keys are not known in
/// advance (usage results carry metrics added over time, and undocumented fields such as
/// `organization_id`).
struct DynamicCodingKey: CodingKey, Hashable, ExpressibleByStringLiteral {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue; self.intValue = nil }
    init(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
    init(stringLiteral value: String) { self.init(stringValue: value) }
}
