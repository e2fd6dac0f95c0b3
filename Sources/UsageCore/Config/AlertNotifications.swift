/// How fired alerts are announced, from the `[alerts]` table of `config.toml` (DESIGN.md §4:
/// in-app banner always, optional terminal bell, tmux `display-message`, a user command).
///
/// ```toml
/// [alerts]
/// bell = true
/// command = "notify-send usagetop"
/// ```
public struct AlertNotifications: Sendable, Hashable {
    /// `bell`: ring the terminal bell once per poll that fired alerts (default `true`).
    public var bell: Bool
    /// `command`: a command line the notifier runs once per fired alert, with the alert in
    /// `USAGETOP_ALERT_*` environment variables (the alert's text is never interpolated into the
    /// command); `nil` when unset or blank.
    public var command: String?

    /// Creates settings; the defaults are those of a file without `[alerts]`.
    public init(bell: Bool = true, command: String? = nil) {
        self.bell = bell
        self.command = command
    }
}
