import Foundation

/// Reads the `metrics` column of `usage_record` back into a dictionary, fast.
///
/// The column holds the record's integer metrics as a flat JSON object written by
/// ``UsageStore/replaceBuckets(_:_:fetchedAt:)`` (`{"input_tokens":1200,"num_model_requests":3}`).
/// The snapshot builder prices every usage row it reads, so this scans that exact shape by hand
/// (no `JSONDecoder` per row) and falls back to `JSONDecoder` for anything else; text that is
/// not a JSON object of integers gives an empty dictionary (the row then counts no tokens).
enum MetricsText {
    /// The metrics of `text` (metric name → integer value).
    static func parse(_ text: String) -> [String: Int64] {
        if let fast = scan(Array(text.utf8)) { return fast }
        return (try? JSONDecoder().decode([String: Int64].self, from: Data(text.utf8))) ?? [:]
    }

    /// The flat `{"name":integer,…}` shape without escapes or spaces; `nil` for anything else.
    static func scan(_ bytes: [UInt8]) -> [String: Int64]? {
        var i = 0
        let n = bytes.count
        guard n >= 2, bytes[0] == UInt8(ascii: "{"), bytes[n - 1] == UInt8(ascii: "}") else { return nil }
        var result: [String: Int64] = [:]
        i = 1
        if i == n - 1 { return result }
        while i < n - 1 {
            guard bytes[i] == UInt8(ascii: "\"") else { return nil }
            let nameStart = i + 1
            var j = nameStart
            while j < n, bytes[j] != UInt8(ascii: "\"") {
                if bytes[j] == UInt8(ascii: "\\") { return nil }
                j += 1
            }
            guard j + 1 < n, bytes[j + 1] == UInt8(ascii: ":") else { return nil }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self)
            i = j + 2
            var negative = false
            if i < n, bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            var value: Int64 = 0
            var digits = 0
            while i < n, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int64(bytes[i] - UInt8(ascii: "0")))
                guard !o1, !o2 else { return nil }
                value = a
                digits += 1
                i += 1
            }
            guard digits > 0, i < n else { return nil }
            result[name] = negative ? -value : value
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
            } else if bytes[i] == UInt8(ascii: "}"), i == n - 1 {
                return result
            } else {
                return nil
            }
        }
        return nil
    }
}
