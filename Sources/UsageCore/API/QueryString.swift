/// Builds query strings and path segments the way the Admin API expects them.
///
/// Arrays are repeated keys (`group_by=model&group_by=project_id`, the OpenAPI default form;
/// `notes/openai-admin-api.md` §0). Every byte outside RFC 3986's unreserved set is
/// percent-encoded, so opaque cursors such as `page_AAAAAGdGxdEiJdKOAAAAAGcqsYA=` survive intact.
enum QueryString {
    /// `name=value&…`, in the order given; empty when `items` is empty.
    static func encode(_ items: [(String, String)]) -> String {
        items.map { percentEncode($0.0) + "=" + percentEncode($0.1) }.joined(separator: "&")
    }

    /// `text` with every byte outside `A–Z a–z 0–9 - . _ ~` written as `%XX`.
    static func percentEncode(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
