import Foundation

/// Converts a JSON number literal to a `Decimal` exactly, without going through `Double`.
///
/// `4e-07` → 0.0000004, `2.5e-06` → 0.0000025, `0.0` → 0, `1E+2` → 100 (`notes/pricing.md` §1.3:
/// LiteLLM stores per-token USD as short floats, and `4e-07 * 1e6` in `Double` is
/// `0.39999999999999997`).
enum ExactDecimal {
    /// Up to 38 significant digits (leading zeros ignored) and an exponent within ±100;
    /// `nil` for anything that is not a JSON number literal or does not fit.
    static func parse(_ literal: String) -> Decimal? {
        var chars = Substring(literal)
        var negative = false
        if chars.first == "-" { negative = true; chars = chars.dropFirst() }
        var mantissa = ""
        var fractionDigits = 0
        var exponent = 0
        var seenPoint = false
        var seenDigit = false
        while let c = chars.first, c != "e", c != "E" {
            chars = chars.dropFirst()
            if c == "." {
                guard !seenPoint, seenDigit else { return nil }
                seenPoint = true
            } else if let _ = c.wholeNumberValue, c.isASCII {
                seenDigit = true
                if seenPoint { fractionDigits += 1 }
                if !(mantissa.isEmpty && c == "0") { mantissa.append(c) }
            } else {
                return nil
            }
        }
        guard seenDigit else { return nil }
        if let e = chars.first, e == "e" || e == "E" {
            chars = chars.dropFirst()
            guard let value = Int(chars), chars.first != " " else { return nil }
            exponent = value
        }
        guard mantissa.count <= 38, (-100...100).contains(exponent) else { return nil }
        var significand = Decimal.zero
        for c in mantissa { significand = significand * 10 + Decimal(c.wholeNumberValue!) }
        if significand == 0 { return .zero }
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent - fractionDigits, significand: significand)
    }
}
