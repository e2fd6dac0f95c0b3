import Foundation
import TOMLKit

/// usagetop's settings from `config.toml` (DESIGN.md §6); every key is optional.
///
/// ```toml
/// base_url = "https://api.openai.com/v1"
/// profile = "default"
/// admin_key_command = "pass show openai/admin"
/// poll_interval_seconds = 60
/// db_path = "~/.local/share/usagetop/usagetop.sqlite"
/// backfill_months = 2
///
/// [budgets]                       # local budgets, USD per UTC month (see BudgetSettings)
/// org_usd = 500
/// thresholds = [50, 75, 90, 100]
/// [budgets.projects]
/// proj_abc = 120
/// [budgets.keys]
/// key_abc = 10
///
/// [alerts]                        # rule switches and notifications (see AlertRules, AlertNotifications)
/// spike = false
/// stale_after_minutes = 30
/// bell = true
/// command = "notify-send usagetop"
/// ```
/// Unknown top-level keys are ignored; unknown keys inside `[budgets]` and `[alerts]` are errors.
/// The Admin key itself is never read from this file.
public struct AppConfig: Sendable, Hashable {
    /// `base_url`: the Admin API base URL (default `https://api.openai.com/v1`).
    public var baseURL: String
    /// `profile`: the profile name shown in the header and recorded in the cache (default `default`).
    public var profile: String
    /// `admin_key_command`: a shell command printing the Admin key (run with `/bin/sh -c`).
    public var adminKeyCommand: String?
    /// `poll_interval_seconds`: seconds between polls (default 60, at least 10).
    public var pollIntervalSeconds: Int
    /// `db_path`: the cache file, overriding the default path.
    public var dbPath: String?
    /// `backfill_months`: months the first sync fetches, the current one included (default 2).
    public var backfillMonths: Int
    /// `[budgets]`: local budgets and percentage thresholds.
    public var budgets: BudgetSettings
    /// `[alerts]`: which alert rules run, and the stale limit.
    public var alertRules: AlertRules
    /// `[alerts]`: terminal bell and user command.
    public var notifications: AlertNotifications

    /// Creates a configuration; the defaults are those of a missing file.
    public init(baseURL: String = "https://api.openai.com/v1", profile: String = "default", adminKeyCommand: String? = nil,
                pollIntervalSeconds: Int = 60, dbPath: String? = nil, backfillMonths: Int = 2,
                budgets: BudgetSettings = BudgetSettings(), alertRules: AlertRules = AlertRules(),
                notifications: AlertNotifications = AlertNotifications()) {
        self.baseURL = baseURL
        self.profile = profile
        self.adminKeyCommand = adminKeyCommand
        self.pollIntervalSeconds = pollIntervalSeconds
        self.dbPath = dbPath
        self.backfillMonths = backfillMonths
        self.budgets = budgets
        self.alertRules = alertRules
        self.notifications = notifications
    }

    // MARK: - Loading

    /// Loads the file at ``ConfigPaths/configFile(environment:)``; a missing file gives the defaults.
    /// - Throws: ``ConfigError`` for an unreadable or malformed file or a bad value.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
        try load(path: ConfigPaths.configFile(environment: environment))
    }

    /// Loads `path`; a missing file gives the defaults.
    /// - Throws: ``ConfigError`` for an unreadable or malformed file or a bad value.
    public static func load(path: String) throws -> AppConfig {
        guard FileManager.default.fileExists(atPath: path) else { return AppConfig() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError.unreadable(path: path, detail: "permission denied or not a file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError.unreadable(path: path, detail: "not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Parses TOML `text` (`path` is only used in error messages).
    /// - Throws: ``ConfigError/malformed(path:line:column:message:)`` with the line and column of
    ///   a syntax error; ``ConfigError/invalidValue(path:line:key:message:)`` for a value of the
    ///   wrong type or out of range.
    public static func parse(_ text: String, path: String) throws -> AppConfig {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError.malformed(path: path, line: error.source.begin.line, column: error.source.begin.column,
                                        message: error.description)
        } catch {
            throw ConfigError.malformed(path: path, line: 1, column: 1, message: "\(error)")
        }
        let reader = Reader(table: table, text: text, path: path)
        var config = AppConfig()
        if let v = try reader.string("base_url") { config.baseURL = v }
        if let v = try reader.string("profile") {
            guard !v.isEmpty else { throw reader.invalid("profile", "must not be empty") }
            config.profile = v
        }
        if let v = try reader.string("admin_key_command") { config.adminKeyCommand = v.isEmpty ? nil : v }
        if let v = try reader.int("poll_interval_seconds") {
            guard v >= 10 else { throw reader.invalid("poll_interval_seconds", "must be at least 10 seconds") }
            config.pollIntervalSeconds = v
        }
        if let v = try reader.string("db_path") { config.dbPath = v.isEmpty ? nil : v }
        if let v = try reader.int("backfill_months") {
            guard (1...24).contains(v) else { throw reader.invalid("backfill_months", "must be between 1 and 24") }
            config.backfillMonths = v
        }
        try parseAlertSections(table, text: text, path: path, into: &config)
        return config
    }
}

/// Typed access to the top-level keys of a parsed TOML table, with errors naming the line.
private struct Reader {
    let table: TOMLTable
    let text: String
    let path: String

    func string(_ key: String) throws -> String? {
        guard let value = table[key] else { return nil }
        guard let s = value.string else { throw invalid(key, "expected a string") }
        return s
    }

    func int(_ key: String) throws -> Int? {
        guard let value = table[key] else { return nil }
        guard let i = value.int else { throw invalid(key, "expected an integer") }
        return i
    }

    func invalid(_ key: String, _ message: String) -> ConfigError {
        .invalidValue(path: path, line: line(of: key), key: key, message: message)
    }

    /// The 1-based line where `key = …` is written, when it can be found.
    private func line(of key: String) -> Int? {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix(key) else { continue }
            if trimmed.dropFirst(key.count).drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("=") { return i + 1 }
        }
        return nil
    }
}
