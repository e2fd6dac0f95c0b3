import Foundation

/// An amount of US dollars, held as a `Decimal` so sums of many small costs stay exact.
///
/// Costs from `/organization/costs` arrive as `amount.value` in dollars with many decimals
/// (`10.1425634`); spend limits and spend alerts arrive in integer **cents**. Both become a
/// `USD` here (see ``init(cents:)``), and arithmetic never goes through `Double`.
public struct USD: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The amount in dollars.
    public var value: Decimal

    /// An amount of `value` dollars.
    public init(_ value: Decimal) { self.value = value }

    /// An amount given in integer cents, as spend limits and spend alerts carry it.
    public init(cents: Int64) { self.value = Decimal(cents) / 100 }

    /// Zero dollars.
    public static let zero = USD(0)

    public static func + (a: USD, b: USD) -> USD { USD(a.value + b.value) }
    public static func - (a: USD, b: USD) -> USD { USD(a.value - b.value) }
    public static func += (a: inout USD, b: USD) { a.value += b.value }
    public static func < (a: USD, b: USD) -> Bool { a.value < b.value }

    /// The amount rounded half-up to whole cents.
    public var roundedToCents: USD {
        var v = value
        var r = Decimal()
        NSDecimalRound(&r, &v, 2, .plain)
        return USD(r)
    }

    /// The ratio `self / other` as a `Double` (for gauges and percentages only); `nil` when `other` is zero.
    public func ratio(to other: USD) -> Double? {
        other.value == 0 ? nil : NSDecimalNumber(decimal: value / other.value).doubleValue
    }

    /// The amount as a `Double`, for drawing bar heights only — never for money arithmetic.
    public var doubleValue: Double { NSDecimalNumber(decimal: value).doubleValue }

    /// `$1,234.56`: two decimals, comma thousands separators, a leading `-` when negative,
    /// whatever the process locale (DESIGN.md §6).
    public var formatted: String { USD.format(value, decimals: 2) }

    /// `$1,235`: whole dollars, for narrow columns and axis labels.
    public var formattedWhole: String { USD.format(value, decimals: 0) }

    public var description: String { formatted }

    /// Formats `value` as dollars with `decimals` places (rounded half-up), comma-grouped.
    public static func format(_ value: Decimal, decimals: Int) -> String {
        var v = value
        var r = Decimal()
        NSDecimalRound(&r, &v, decimals, .plain)
        let negative = r < 0
        if negative { r = -r }
        // `Decimal.description` is locale-independent ("1234.5").
        let plain = r.description
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        var frac = parts.count > 1 ? String(parts[1]) : ""
        while frac.count < decimals { frac += "0" }
        var grouped = ""
        for (i, ch) in whole.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        let body = String(grouped.reversed()) + (decimals > 0 ? "." + frac : "")
        return (negative ? "-$" : "$") + body
    }
}
