import Foundation

/// A decimal number written either as a JSON number (`10.1425634`) or as a numeric string
/// (`"10.1425634"`), decoded to `Decimal` without passing through `Double`.
///
/// Costs' `amount.value` and `quantity` use it (`notes/openai-admin-api.md` §2: "parse with a
/// decimal type"; some clients also meet numeric strings). Foundation's `JSONDecoder` reads a
/// `Decimal` from the number's text; the string form is parsed with a POSIX locale after a
/// strict syntax check, so `"12abc"` is rejected rather than read as 12.
struct FlexibleDecimal: Decodable, Sendable, Hashable {
    /// The decoded value.
    let value: Decimal

    init(_ value: Decimal) { self.value = value }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Decimal.self) {
            value = number
            return
        }
        guard let text = try? container.decode(String.self), let parsed = Self.parse(text) else {
            throw DecodingError.typeMismatch(Decimal.self, .init(
                codingPath: decoder.codingPath,
                debugDescription: "expected a number or a numeric string"))
        }
        value = parsed
    }

    /// Parses `-?digits[.digits][e±digits]` (surrounding spaces allowed); `nil` for anything else.
    static func parse(_ text: String) -> Decimal? {
        let t = text.trimmingCharacters(in: .whitespaces)
        var bytes = Substring(t).utf8[...]
        func digits() -> Int {
            var n = 0
            while let b = bytes.first, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") { bytes.removeFirst(); n += 1 }
            return n
        }
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes.removeFirst() }
        guard digits() > 0 else { return nil }
        if bytes.first == UInt8(ascii: ".") {
            bytes.removeFirst()
            guard digits() > 0 else { return nil }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes.removeFirst()
            if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes.removeFirst() }
            guard digits() > 0 else { return nil }
        }
        guard bytes.isEmpty else { return nil }
        return Decimal(string: t, locale: Locale(identifier: "en_US_POSIX"))
    }
}
