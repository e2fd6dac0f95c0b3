// MARK: - Errors

/// Errors starting the simulator.
public enum SimServerError: Error, CustomStringConvertible {
    /// The server could not start (e.g. the port is taken); the text says why.
    case failedToStart(String)

    /// A one-line explanation for the terminal.
    public var description: String {
        switch self {
        case .failedToStart(let why): return "usagetop-sim could not start: \(why)"
        }
    }
}
