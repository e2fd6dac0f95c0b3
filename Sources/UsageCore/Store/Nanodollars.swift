import Foundation

/// Exact conversion between ``USD`` and integer nano-dollars (10⁻⁹ USD), the unit the cache sums
/// money in with SQL (`amount_nanos`), so aggregates stay integer and exact.
///
/// Costs `amount.value` carries at most about ten decimals (`notes/openai-admin-api.md` §2);
/// rounding each record to 10⁻⁹ USD keeps any sum of up to a million records exact to the cent.
enum Nanodollars {
    /// `usd` in nano-dollars, rounded half-up; `nil` when it does not fit in `Int64` (> $9.2 billion).
    static func from(_ usd: USD) -> Int64? {
        var scaled = usd.value * Decimal(sign: .plus, exponent: 9, significand: 1)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        return Int64(rounded.description)
    }

    /// `nanos` nano-dollars as ``USD``, exactly.
    static func usd(_ nanos: Int64) -> USD {
        let magnitude = Decimal(sign: .plus, exponent: -9, significand: Decimal(nanos.magnitude))
        return USD(nanos < 0 ? -magnitude : magnitude)
    }
}
