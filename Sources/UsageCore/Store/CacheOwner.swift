/// The organization a cache file belongs to: the Admin API base URL and the profile name.
///
/// A cache holds exactly one organization (DESIGN.md §2, "One organization per cache");
/// ``UsageStore`` records the owner on first open and refuses to open the file for another.
public struct CacheOwner: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The API base URL, e.g. `https://api.openai.com/v1` (compared after trimming a trailing `/`).
    public var baseURL: String
    /// The profile name (`default` unless configured).
    public var profile: String

    /// Creates an owner; a trailing `/` of `baseURL` is dropped so both spellings match.
    public init(baseURL: String, profile: String) {
        var url = baseURL
        while url.hasSuffix("/") { url.removeLast() }
        self.baseURL = url
        self.profile = profile
    }

    /// The owner of the `--demo` cache (`demo.sqlite`): fixed, so the simulator's changing
    /// loopback port does not make the demo cache "another organization".
    public static let demo = CacheOwner(baseURL: "usagetop-sim://demo", profile: "demo")

    public var description: String { "\(baseURL) (profile \(profile))" }
}
