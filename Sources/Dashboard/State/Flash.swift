import UsageCore

/// A short message in the status line that goes away by itself (`refresh requested`).
public struct Flash: Sendable, Hashable {
    /// How the message is styled.
    public enum Level: Sendable, Hashable { case info, warn }

    /// The message.
    public var text: String
    /// Info or warning.
    public var level: Level
    /// When it disappears (Unix seconds UTC), at the first ``Action/tick(_:)`` at or after it.
    public var expiresAt: UnixSeconds

    /// Creates a message.
    public init(text: String, level: Level = .info, expiresAt: UnixSeconds) {
        self.text = text
        self.level = level
        self.expiresAt = expiresAt
    }

    /// How long a message stays, in seconds (4).
    public static let lifetime: UnixSeconds = 4
}
