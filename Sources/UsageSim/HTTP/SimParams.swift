// MARK: - Parameter parsing

/// Typed access to query parameters with API-style 400 errors.
enum SimParams {
    /// An integer parameter in `range`, or `value` when absent.
    static func int(_ request: SimRequest, _ name: String, default value: Int, range: ClosedRange<Int>) throws(SimAPIError) -> Int {
        guard let text = request.value(name) else { return value }
        guard let number = Int(text) else { throw .invalid(name, "Invalid '\(name)': expected an integer, got '\(text)'.") }
        guard range.contains(number) else {
            throw .invalid(name, "Invalid '\(name)': \(number) is out of range; it must be between \(range.lowerBound) and \(range.upperBound).")
        }
        return number
    }

    /// A Unix-seconds parameter, `nil` when absent.
    static func time(_ request: SimRequest, _ name: String) throws(SimAPIError) -> Int64? {
        guard let text = request.value(name) else { return nil }
        guard let number = Int64(text), number >= 0 else {
            throw .invalid(name, "Invalid '\(name)': expected Unix seconds, got '\(text)'.")
        }
        return number
    }

    /// A boolean parameter (`true`/`false`), `nil` when absent.
    static func bool(_ request: SimRequest, _ name: String) throws(SimAPIError) -> Bool? {
        guard let text = request.value(name) else { return nil }
        switch text.lowercased() {
        case "true", "1": return true
        case "false", "0": return false
        default: throw .invalid(name, "Invalid '\(name)': expected true or false, got '\(text)'.")
        }
    }
}
