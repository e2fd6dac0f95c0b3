/// A rule's condition that holds at one evaluation: the alert it identifies and the message to
/// show if it fires now.
public struct AlertCondition: Sendable, Hashable {
    /// Rule, scope, threshold and period.
    public var key: AlertKey
    /// One line for the banner and the Alerts page; never holds a secret.
    public var message: String

    /// Creates a condition.
    public init(key: AlertKey, message: String) {
        self.key = key
        self.message = message
    }
}
