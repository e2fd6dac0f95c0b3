import Foundation

// MARK: - Cursors

/// Opaque `next_page` cursors: `page_` + base64 of the next bucket's start time.
enum SimPageCursor {
    /// The cursor for a page starting at `start` (Unix seconds).
    static func encode(_ start: Int64) -> String {
        "page_" + Data("sim1:\(start)".utf8).base64EncodedString()
    }

    /// The page start a cursor stands for, `nil` when it is not one of ours.
    static func decode(_ text: String) -> Int64? {
        guard text.hasPrefix("page_"), let data = Data(base64Encoded: String(text.dropFirst(5))),
              let body = String(data: data, encoding: .utf8), body.hasPrefix("sim1:") else { return nil }
        return Int64(body.dropFirst(5))
    }
}
