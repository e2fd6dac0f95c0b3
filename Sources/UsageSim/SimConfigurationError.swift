// MARK: - Configuration errors

/// A ``SimConfiguration`` the simulator cannot honour; the message says which option and why.
public enum SimConfigurationError: Error, Equatable, CustomStringConvertible {
    /// The budget-share options (`--budget-usd`, `--start-share`, `--month-end-share`) are
    /// invalid or cannot be met at this start time.
    case budgetShare(String)

    /// A one-line explanation naming the options involved.
    public var description: String {
        switch self {
        case .budgetShare(let message): return message
        }
    }
}
