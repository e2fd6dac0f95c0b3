// MARK: - Hand-written JSON

/// A JSON value with ordered object keys, serialized by the simulator itself (no Codable, no
/// shared model with the client).
indirect enum SimJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    /// A number already formatted as JSON (e.g. an exact decimal `12.034`).
    case number(String)
    case string(String)
    case array([SimJSON])
    case object([(String, SimJSON)])

    static func == (lhs: SimJSON, rhs: SimJSON) -> Bool { lhs.rendered() == rhs.rendered() }

    /// `.string` or `.null`.
    static func optional(_ text: String?) -> SimJSON { text.map { .string($0) } ?? .null }

    /// `.int` or `.null`.
    static func optional(_ value: Int64?) -> SimJSON { value.map { .int($0) } ?? .null }

    /// Compact UTF-8 JSON text.
    func rendered() -> String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let n): out += n
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += "," }
                Self.writeString(key, into: &out)
                out += ":"
                value.write(into: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
