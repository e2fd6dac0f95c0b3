// MARK: - A JSON value that keeps numbers as written

/// A parsed JSON value whose numbers keep their literal text, so a price such as `4e-07`
/// becomes exactly 0.0000004 (``ExactDecimal``) instead of going through `Double`
/// (`notes/pricing.md` §1.3, "Float artefacts").
///
/// Only what a LiteLLM `model_prices_and_context_window.json` file needs: RFC 8259 JSON, UTF-8,
/// duplicate object keys resolved last-wins.
indirect enum PriceJSON: Sendable, Equatable {
    case object([String: PriceJSON])
    case array([PriceJSON])
    case string(String)
    /// A number, exactly as written in the document (`2e-06`, `0.0`, `128000`).
    case number(String)
    case bool(Bool)
    case null
}

// MARK: - Parser

/// Recursive-descent parser for ``PriceJSON``.
///
/// Errors name a 1-based line and column, e.g. `line 3, column 18: expected ',' or '}'`.
struct PriceJSONParser {
    /// A syntax error at a position of the document.
    struct SyntaxError: Error, Equatable {
        /// 1-based line of the offending byte.
        var line: Int
        /// 1-based column (in bytes) of the offending byte.
        var column: Int
        /// What was expected or found.
        var message: String

        /// `line L, column C: message`.
        var description: String { "line \(line), column \(column): \(message)" }
    }

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private static let maxDepth = 64

    /// Parses a whole document; anything but whitespace after the top-level value is an error.
    static func parse(_ text: String) throws(SyntaxError) -> PriceJSON {
        var parser = PriceJSONParser(bytes: Array(text.utf8))
        parser.skipWhitespace()
        let value = try parser.value()
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    // MARK: Values

    private mutating func value() throws(SyntaxError) -> PriceJSON {
        guard index < bytes.count else { throw error("unexpected end of document") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
        }
    }

    private mutating func object() throws(SyntaxError) -> PriceJSON {
        try enter()
        index += 1
        var members: [String: PriceJSON] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { index += 1; depth -= 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a string key") }
            let key = try string()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after key \"\(key)\"") }
            index += 1
            skipWhitespace()
            members[key] = try value()
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "}")) { index += 1; depth -= 1; return .object(members) }
            throw error("expected ',' or '}'")
        }
    }

    private mutating func array() throws(SyntaxError) -> PriceJSON {
        try enter()
        index += 1
        var items: [PriceJSON] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { index += 1; depth -= 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "]")) { index += 1; depth -= 1; return .array(items) }
            throw error("expected ',' or ']'")
        }
    }

    private mutating func string() throws(SyntaxError) -> String {
        index += 1  // opening quote
        var out: [UInt8] = []
        while index < bytes.count {
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), bytes[index...].starts(with: Array("\\u".utf8)) {
                        index += 2
                        let low = try hex4()
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8))
                default:
                    index -= 1
                    throw error("invalid escape in string")
                }
            case 0..<0x20:
                throw error("control character in string")
            default:
                out.append(b)
                index += 1
            }
        }
        throw error("unterminated string")
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("invalid \\u escape")
            }
            v = v << 4 | digit
            index += 1
        }
        return v
    }

    /// A number per the JSON grammar: `-? int frac? exp?`, returned as its text.
    private mutating func number() throws(SyntaxError) -> String {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard digits() > 0 else { throw error("invalid number") }
        if peek(UInt8(ascii: ".")) {
            index += 1
            guard digits() > 0 else { throw error("invalid number: digits expected after '.'") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard digits() > 0 else { throw error("invalid number: digits expected in exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        let w = Array(word.utf8)
        guard bytes[index...].starts(with: w) else { throw error("invalid literal") }
        index += w.count
    }

    // MARK: Helpers

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        guard depth <= Self.maxDepth else { throw error("nesting deeper than \(Self.maxDepth) levels") }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private func error(_ message: String) -> SyntaxError {
        let upTo = bytes[..<min(index, bytes.count)]
        let line = upTo.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lastNewline = upTo.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return SyntaxError(line: line, column: min(index, bytes.count) - lastNewline + 1, message: message)
    }
}
