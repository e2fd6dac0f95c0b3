/// A JSON value with ordered object members and exact decimal numbers, for output whose shape
/// follows the Admin API's (`{"object":"list","data":[…]}`, `object` first).
public indirect enum JSONText: Sendable {
    /// `null`.
    case null
    /// `true` / `false`.
    case bool(Bool)
    /// An integer (tokens, requests, Unix seconds).
    case int(Int64)
    /// A number written exactly as given (e.g. ``ReportDecimal/plain(_:places:)``).
    case number(String)
    /// A string, escaped on output (RFC 8259).
    case string(String)
    /// An array.
    case array([JSONText])
    /// Members in the order given.
    case object([(String, JSONText)])

    /// `value` as a string, or `null`.
    public static func string(_ value: String?) -> JSONText { value.map(JSONText.string) ?? .null }
    /// `value` as an integer, or `null`.
    public static func int(_ value: Int64?) -> JSONText { value.map(JSONText.int) ?? .null }
    /// `usd` as an exact decimal number with at most `places` decimals, or `null`.
    public static func usd(_ usd: USD?, places: Int) -> JSONText {
        usd.map { .number(ReportDecimal.plain($0, places: places)) } ?? .null
    }

    /// The document, pretty-printed with two-space indents and a final newline.
    public var rendered: String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }

    private func write(to out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1), close = String(repeating: "  ", count: indent)
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .number(let text): out += text
        case .string(let s): out += JSONText.quote(s)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                item.write(to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += close + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += pad + JSONText.quote(key) + ": "
                value.write(to: &out, indent: indent + 1)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += close + "}"
        }
    }

    /// `s` as a JSON string literal (RFC 8259 escapes; other Unicode kept as is).
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
