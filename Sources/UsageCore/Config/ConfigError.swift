/// Why the configuration or the Admin key could not be loaded. Messages name the file (and line
/// when known) and never contain the key.
public enum ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file is not valid TOML (`line`/`column` are 1-based).
    case malformed(path: String, line: Int, column: Int, message: String)
    /// A known key has a value of the wrong type or out of range.
    case invalidValue(path: String, line: Int?, key: String, message: String)
    /// The file exists but cannot be read.
    case unreadable(path: String, detail: String)
    /// Neither `OPENAI_ADMIN_KEY` nor `admin_key_command` gives a key.
    case adminKeyMissing(configPath: String)
    /// `admin_key_command` failed or printed nothing.
    case adminKeyCommandFailed(message: String)

    public var description: String {
        switch self {
        case .malformed(let p, let l, let c, let m):
            "\(p):\(l):\(c): malformed configuration: \(m)"
        case .invalidValue(let p, let l, let k, let m):
            "\(p)\(l.map { ":\($0)" } ?? ""): \(k): \(m)"
        case .unreadable(let p, let d):
            "cannot read the configuration \(p): \(d)"
        case .adminKeyMissing(let p):
            "no Admin key: set OPENAI_ADMIN_KEY or admin_key_command in \(p) (an Admin key, sk-admin-…, is needed)"
        case .adminKeyCommandFailed(let m):
            "admin_key_command failed: \(m)"
        }
    }
}
