// MARK: - Errors

/// An API error, rendered as `{"error":{"message","type","param","code"}}` (`ErrorResponse`, §4).
struct SimAPIError: Error, Sendable {
    let status: Int
    let message: String
    let type: String
    let param: String?
    let code: String?
    var headers: [(String, String)] = []

    var response: SimResponse {
        SimResponse(status: status, headers: headers, json: .object([
            ("error", .object([
                ("message", .string(message)), ("type", .string(type)),
                ("param", .optional(param)), ("code", .optional(code)),
            ])),
        ]))
    }

    /// A 400 `invalid_request_error` about one parameter.
    static func invalid(_ param: String, _ message: String, code: String = "invalid_value") -> SimAPIError {
        SimAPIError(status: 400, message: message, type: "invalid_request_error", param: param, code: code)
    }

    /// A 404 for an unknown object.
    static func notFound(_ message: String, param: String? = nil) -> SimAPIError {
        SimAPIError(status: 404, message: message, type: "invalid_request_error", param: param, code: "not_found")
    }
}
