import Foundation

/// Comma-separated values with RFC 4180 quoting: a field holding a comma, a double quote, CR
/// or LF is wrapped in double quotes, with inner quotes doubled. Records end with LF.
public enum CSVText {
    /// One field, quoted when it must be.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: the fields quoted as needed, joined by commas, ending with `\n`.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}
