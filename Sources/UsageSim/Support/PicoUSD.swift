import Foundation

// MARK: - Exact money

/// An exact amount of money in pico-dollars (1 USD = 10¹² pUSD).
///
/// The simulator bills at the finest grain (UTC day × project × API key × line item) in exact
/// integers, so any aggregation of the same rows sums to the same total with no rounding.
/// Every published per-token price used here (e.g. $0.025 per 1M tokens = 25,000 pUSD per token)
/// is an integer number of pico-dollars per token. Convert to `Decimal` (USD) with ``decimalUSD``.
typealias PicoUSD = Int64

/// Pico-dollars in one US dollar.
let picoPerUSD: Int64 = 1_000_000_000_000

extension Int64 {
    /// This pico-dollar amount as an exact `Decimal` number of US dollars.
    var decimalUSD: Decimal {
        Decimal(self) / Decimal(picoPerUSD)
    }

    /// This pico-dollar amount as a plain decimal string of dollars, e.g. `12.0345` (no exponent,
    /// trailing zeros trimmed), suitable as a JSON number.
    var usdJSONNumber: String {
        let negative = self < 0
        let magnitude = self.magnitude
        let whole = magnitude / UInt64(picoPerUSD)
        var fraction = String(magnitude % UInt64(picoPerUSD))
        fraction = String(repeating: "0", count: 12 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let body = fraction.isEmpty ? "\(whole)" : "\(whole).\(fraction)"
        return negative ? "-" + body : body
    }
}
