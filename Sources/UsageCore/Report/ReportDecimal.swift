import Foundation

/// Dollar amounts as plain decimals for machine-readable output: `1234.5` → `1234.50`; no `$`,
/// no thousands separator, `.` as the decimal point whatever the locale, a leading `-` when
/// negative.
public enum ReportDecimal {
    /// Decimals kept for billed dollars: 9, the cache's nano-dollar precision, so a column of
    /// billed figures sums exactly to the billed total.
    public static let billedPlaces = 9
    /// Decimals kept for estimates: 6 (micro-dollars).
    public static let estimatePlaces = 6

    /// `usd` rounded half-up to at most `places` decimals, trailing zeros trimmed but at least
    /// two decimals kept (`12.50`, `0.000123`).
    public static func plain(_ usd: USD, places: Int) -> String {
        var value = usd.value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        let negative = rounded < 0
        if negative { rounded = -rounded }
        let text = rounded.description // locale-independent
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
        while fraction.count < 2 { fraction += "0" }
        return (negative ? "-" : "") + parts[0] + "." + fraction
    }
}
