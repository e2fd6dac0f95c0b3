import Foundation

/// Pure functions that turn an HTTP answer into an ``AdminAPIError`` or a decoded body
/// (`notes/openai-admin-api.md` §4). Every message passes through the key's redactor.
enum ResponseClassifier {
    /// The error for a non-2xx `response`, or `nil` for 2xx.
    ///
    /// 401/403 → ``AdminAPIError/unauthorized(status:message:)``, 429 →
    /// ``AdminAPIError/rateLimited(retryAfter:message:)`` (with `Retry-After` seconds), 400 →
    /// ``AdminAPIError/badRequest(message:)``, 404 → ``AdminAPIError/notFound(message:)``, 5xx →
    /// ``AdminAPIError/server(status:message:)``, anything else →
    /// ``AdminAPIError/unexpectedStatus(status:message:)``.
    static func error(for response: HTTPResponseData, key: AdminKeySecret) -> AdminAPIError? {
        let status = response.status
        if (200..<300).contains(status) { return nil }
        let message = key.redact(errorMessage(in: response.body))
        switch status {
        case 401, 403: return .unauthorized(status: status, message: message)
        case 429: return .rateLimited(retryAfter: retryAfterSeconds(response.header("Retry-After")), message: message)
        case 400: return .badRequest(message: message)
        case 404: return .notFound(message: message)
        case 500..<600: return .server(status: status, message: message)
        default: return .unexpectedStatus(status: status, message: message)
        }
    }

    /// The `error.message` (or string `error`) of an error body; otherwise a short, printable
    /// excerpt of the body, or `"empty body"`.
    static func errorMessage(in body: Data) -> String {
        if let envelope = try? JSONDecoder().decode(ErrorEnvelopeDTO.self, from: body),
           let message = envelope.message, !message.isEmpty {
            return message
        }
        let text = String(decoding: body.prefix(200), as: UTF8.self)
            .unicodeScalars.map { CharacterSet.controlCharacters.contains($0) ? " " : String($0) }
            .joined()
            .trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? "empty body" : text
    }

    /// `Retry-After` as whole seconds (≥ 0): an integer, or a decimal rounded up; `nil` when
    /// absent or in another form (an HTTP date is not expected from this API).
    static func retryAfterSeconds(_ value: String?) -> Int? {
        guard let text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let n = Int(text) { return max(n, 0) }
        if let d = Double(text), d.isFinite, d >= 0, d < Double(Int32.max) { return Int(d.rounded(.up)) }
        return nil
    }

    /// Decodes a 2xx body as `T`.
    ///
    /// - Parameter endpoint: `GET /organization/costs`, named in the error detail.
    /// - Throws: ``AdminAPIError/badBody(detail:)`` naming the endpoint and the field.
    static func decode<T: Decodable>(_ type: T.Type, from body: Data, endpoint: String, key: AdminKeySecret) throws(AdminAPIError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch let error as DecodingError {
            throw .badBody(detail: key.redact("\(endpoint): \(describe(error))"))
        } catch {
            throw .badBody(detail: key.redact("\(endpoint): \(error)"))
        }
    }

    /// `data[0].results[2].amount.value: expected …` — a `DecodingError` in one line.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing field \(path(context.codingPath + [key]))"
        case .valueNotFound(_, let context):
            return "\(path(context.codingPath)) is null but required"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)) has the wrong type (expected \(typeName(type)))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "body is not valid JSON"
                : "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "undecodable body"
        }
    }

    /// `data[0].results[2].amount` from a coding path; `(body)` for the root.
    static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let i = key.intValue, key.stringValue == String(i) || key.stringValue.hasPrefix("Index") {
                out += "[\(i)]"
            } else {
                out += (out.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return out.isEmpty ? "(body)" : out
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Decimal.Type: "a number"
        case is Int64.Type, is Int.Type: "an integer"
        case is String.Type: "a string"
        case is Bool.Type: "a bool"
        default: "\(type)"
        }
    }
}
