import Foundation

// MARK: - Announcing fired alerts

/// Announces the alerts that fired in **one** evaluation (``AlertEvaluation/newlyFired``) the
/// ways DESIGN.md §4 and issue 3 ask, each exactly once per batch:
///
/// - **bell**: one call of ``ringBell`` for the whole batch, when `[alerts] bell` is on. The
///   caller supplies it because only the UI thread may touch curses (the dashboard posts a
///   message to its mailbox; `usagetop check` has no bell).
/// - **tmux**: one `tmux display-message` for the whole batch when `TMUX` is set in
///   ``environment`` (usagetop runs inside tmux). tmux is started with an argument vector; the
///   text names the count and the first alert, with `#` doubled so tmux does not expand it as
///   a format (``tmuxMessage(for:)``).
/// - **user command**: `[alerts] command` runs **once per alert** as `/bin/sh -c <command>`.
///   The command line is the user's own text, passed unchanged; the alert is given **only**
///   in environment variables (``commandEnvironment(for:batch:)``): `USAGETOP_ALERT_ID`,
///   `_RULE`, `_SCOPE`, `_THRESHOLD`, `_PERIOD`, `_STATE`, `_MESSAGE`, `_FIRED_AT` (Unix
///   seconds UTC), `_FIRED_AT_ISO` (`2026-11-20T15:30:00Z`), `_COUNT` (alerts in the batch) and
///   `_INDEX` (1-based). Refer to them quoted in the command (`notify-send "$USAGETOP_ALERT_MESSAGE"`);
///   usagetop never interpolates alert text into a command line.
///
/// Children never see the Admin key: `OPENAI_ADMIN_KEY` is dropped from their environment, as
/// is every variable whose value contains one of ``secrets`` or anything shaped like an OpenAI
/// secret key (``Redaction``). Children run detached (``DetachedProcess``): standard streams on
/// `/dev/null`, reaped by a background thread, killed after ``timeout`` seconds; announcing
/// never waits for them.
public struct AlertNotifier: Sendable {
    /// `[alerts]` settings: bell on or off, user command.
    public var settings: AlertNotifications
    /// The environment children start from (normally the process environment).
    public var environment: [String: String]
    /// Exact secrets that must not reach a child (the Admin key in use).
    public var secrets: [String]
    /// Rings the terminal bell once; `nil` = no bell available (headless commands).
    public var ringBell: (@Sendable () -> Void)?
    /// Seconds a child may run before it is killed (default 30).
    public var timeout: Double

    /// Creates a notifier.
    public init(settings: AlertNotifications, environment: [String: String], secrets: [String] = [],
                ringBell: (@Sendable () -> Void)? = nil, timeout: Double = DetachedProcess.defaultTimeout) {
        self.settings = settings
        self.environment = environment
        self.secrets = secrets
        self.ringBell = ringBell
        self.timeout = timeout
    }

    /// Announces `alerts` (one evaluation's ``AlertEvaluation/newlyFired``); does nothing for an
    /// empty list. Returns at once: children keep running on their own.
    /// - Returns: what was done, with the started children (for callers that must wait, such as
    ///   a short-lived `usagetop check`) and any child that could not be started.
    @discardableResult
    public func announce(_ alerts: [AlertRecord]) -> NotificationBatch {
        var batch = NotificationBatch()
        guard !alerts.isEmpty else { return batch }
        if settings.bell, let ringBell {
            ringBell()
            batch.rangBell = true
        }
        let base = childEnvironment()
        if let tmux = environment["TMUX"], !tmux.isEmpty {
            let text = AlertNotifier.tmuxMessage(for: alerts)
            var argv = ["tmux", "display-message"]
            if let pane = environment["TMUX_PANE"], !pane.isEmpty { argv += ["-t", pane] }
            argv.append(text)
            batch.tmuxMessage = text
            start(argv, environment: base, into: &batch)
        }
        if let command = settings.command {
            for (index, alert) in alerts.enumerated() {
                var env = base
                for (k, v) in AlertNotifier.commandEnvironment(for: alert, index: index + 1, count: alerts.count) { env[k] = v }
                start(["/bin/sh", "-c", command], environment: env, into: &batch)
            }
        }
        return batch
    }

    private func start(_ argv: [String], environment: [String: String], into batch: inout NotificationBatch) {
        do {
            batch.children.append(try DetachedProcess.start(argv, environment: environment, timeout: timeout))
        } catch {
            batch.failures.append(Redaction(secrets: secrets).redact("\(error)"))
        }
    }

    // MARK: - Pure parts

    /// ``environment`` without the Admin key: `OPENAI_ADMIN_KEY` removed, and every variable
    /// whose value holds one of ``secrets`` or key-shaped text (``Redaction``) removed.
    public func childEnvironment() -> [String: String] {
        let redaction = Redaction(secrets: secrets)
        return environment.filter { name, value in
            name != AdminKeySource.environmentVariable && redaction.redact(value) == value
        }
    }

    /// The `USAGETOP_ALERT_*` variables describing `alert`, the `index`-th (1-based) of `count`
    /// alerts announced together.
    public static func commandEnvironment(for alert: AlertRecord, index: Int = 1, count: Int = 1) -> [String: String] {
        [
            "USAGETOP_ALERT_ID": alert.id,
            "USAGETOP_ALERT_RULE": alert.key.rule.rawValue,
            "USAGETOP_ALERT_SCOPE": alert.key.scope.code,
            "USAGETOP_ALERT_THRESHOLD": alert.key.threshold,
            "USAGETOP_ALERT_PERIOD": alert.key.period,
            "USAGETOP_ALERT_STATE": alert.state.name,
            "USAGETOP_ALERT_MESSAGE": Redaction.keyShaped.redact(alert.message),
            "USAGETOP_ALERT_FIRED_AT": String(alert.firedAt),
            "USAGETOP_ALERT_FIRED_AT_ISO": isoTimestamp(alert.firedAt),
            "USAGETOP_ALERT_COUNT": String(count),
            "USAGETOP_ALERT_INDEX": String(index),
        ]
    }

    /// The text of the batch's one tmux message: `usagetop: <message>` for one alert,
    /// `usagetop: 3 alerts: <first message> (+2 more)` for several; control characters become
    /// spaces and every `#` is doubled (`##`), since tmux expands `#{…}`/`#(…)` formats in
    /// `display-message` text.
    public static func tmuxMessage(for alerts: [AlertRecord]) -> String {
        guard let first = alerts.first else { return "" }
        let message = Redaction.keyShaped.redact(first.message)
        let text = alerts.count == 1
            ? "usagetop: \(message)"
            : "usagetop: \(alerts.count) alerts: \(message) (+\(alerts.count - 1) more)"
        return escapeTmux(text)
    }

    /// `text` made literal for a tmux format: `#` → `##`, control characters → space.
    public static func escapeTmux(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "#" {
                out += "##"
            } else if scalar.properties.generalCategory == .control {
                out += " "
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `2026-11-20T15:30:00Z` (ISO 8601, UTC) for Unix seconds UTC.
    public static func isoTimestamp(_ t: UnixSeconds) -> String {
        let c = UTCCalendar.civil(t)
        let secs = t - UTCCalendar.startOfDay(t)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(c.year)-\(two(Int64(c.month)))-\(two(Int64(c.day)))T\(two(secs / 3_600)):\(two(secs % 3_600 / 60)):\(two(secs % 60))Z"
    }
}

/// What one ``AlertNotifier/announce(_:)`` did.
public struct NotificationBatch: Sendable {
    /// Whether the bell was rung (once).
    public var rangBell = false
    /// The tmux message sent, when inside tmux.
    public var tmuxMessage: String?
    /// Children started: the tmux client (if any), then one user command per alert.
    public var children: [DetachedProcess] = []
    /// Children that could not be started (redacted messages).
    public var failures: [String] = []

    /// Creates an empty batch.
    public init() {}

    /// Waits until every child has ended or `timeout` seconds have passed in total.
    /// - Returns: whether all ended in time.
    @discardableResult
    public func waitForChildren(timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        for child in children {
            guard child.wait(timeout: max(0, deadline.timeIntervalSinceNow)) != nil else { return false }
        }
        return true
    }
}
