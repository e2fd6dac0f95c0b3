/// Why the cache could not be opened, read or written. Messages name the file and never
/// contain the Admin key (the key is never stored).
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file exists but is not a usagetop SQLite cache (or is damaged).
    case corrupt(path: String, detail: String)
    /// The file or its folder cannot be created, opened or written.
    case cannotOpen(path: String, detail: String)
    /// The cache belongs to another organization (base URL or profile).
    case wrongOrganization(path: String, expected: CacheOwner, found: CacheOwner)
    /// The cache was written by a newer usagetop with a schema this build does not know.
    case newerSchema(path: String)
    /// A query or write failed.
    case database(path: String, detail: String)

    public var description: String {
        switch self {
        case .corrupt(let p, let d):
            "the cache \(p) is unreadable or corrupt (\(d)); move it away or pass another --db"
        case .cannotOpen(let p, let d):
            "cannot open the cache \(p): \(d)"
        case .wrongOrganization(let p, let e, let f):
            "the cache \(p) belongs to \(f), not \(e); one organization per cache — use another --db"
        case .newerSchema(let p):
            "the cache \(p) was written by a newer usagetop; upgrade or use another --db"
        case .database(let p, let d):
            "cache \(p): \(d)"
        }
    }
}
