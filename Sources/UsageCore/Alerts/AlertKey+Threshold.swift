import Foundation

// MARK: - Reading the threshold back from its code

extension AlertKey {
    /// The percent of a percentage threshold, read from ``Threshold/code``
    /// (`local:75%:500` → 75); `nil` for an API spend alert's own amount and for rules without a
    /// threshold.
    public var thresholdPercent: Int? {
        let parts = threshold.split(separator: ":")
        guard parts.count == 3, parts[1].hasSuffix("%") else { return nil }
        return Int(parts[1].dropLast())
    }

    /// The USD amount the threshold stands for, read from ``Threshold/code``
    /// (`api_limit:75%:1000` → 750, `api_spend_alert:500` → 500); `nil` for rules without one.
    public var thresholdUSD: Decimal? {
        let parts = threshold.split(separator: ":")
        if parts.count == 3, let percent = thresholdPercent, let budget = Decimal(string: String(parts[2])) {
            return Decimal(percent) * budget / 100
        }
        if parts.count == 2 { return Decimal(string: String(parts[1])) }
        return nil
    }
}
