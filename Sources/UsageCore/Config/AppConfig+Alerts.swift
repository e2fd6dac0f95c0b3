import Foundation
import TOMLKit

// MARK: - `[budgets]` and `[alerts]` (DESIGN.md §4, §6)

extension AppConfig {
    /// Reads `[budgets]` (with `[budgets.projects]`, `[budgets.keys]`) and `[alerts]` from `table`
    /// into `config`; absent tables keep the defaults. Unknown keys inside these tables are errors
    /// (a misspelt rule switch must not pass silently).
    /// - Throws: ``ConfigError/invalidValue(path:line:key:message:)`` naming the dotted key
    ///   (`budgets.projects.proj_abc`) and its line.
    static func parseAlertSections(_ table: TOMLTable, text: String, path: String, into config: inout AppConfig) throws {
        let reader = SectionReader(locator: TOMLLocator(text: text), path: path)
        if let value = table["budgets"] {
            config.budgets = try reader.budgets(value)
        }
        if let value = table["alerts"] {
            try reader.alerts(value, rules: &config.alertRules, notifications: &config.notifications)
        }
    }
}

/// Typed access to nested tables, with errors naming the dotted key and its line.
private struct SectionReader {
    let locator: TOMLLocator
    let path: String

    func budgets(_ value: any TOMLValueConvertible) throws -> BudgetSettings {
        let table = try self.table(value, ["budgets"])
        var settings = BudgetSettings()
        for key in table.keys {
            let item = table[key]!
            let at = ["budgets", key]
            switch key {
            case "org_usd":
                settings.org = try usd(item, at)
            case "thresholds":
                guard let array = item.array else { throw invalid(at, "expected an array of percentages, e.g. [50, 75, 90, 100]") }
                var percents: [Int] = []
                for element in array {
                    guard let p = element.int else { throw invalid(at, "expected whole percentages, e.g. [50, 75, 90, 100]") }
                    guard BudgetSettings.thresholdRange.contains(p) else {
                        throw invalid(at, "threshold \(p) % is outside 1–1000 %")
                    }
                    percents.append(p)
                }
                settings.thresholds = Array(Set(percents)).sorted()
            case "projects":
                settings.projects = try amounts(item, at)
            case "keys":
                settings.keys = try amounts(item, at)
            default:
                throw invalid(at, "unknown key (expected org_usd, thresholds, projects or keys)")
            }
        }
        return settings
    }

    func alerts(_ value: any TOMLValueConvertible, rules: inout AlertRules, notifications: inout AlertNotifications) throws {
        let table = try self.table(value, ["alerts"])
        for key in table.keys {
            let item = table[key]!
            let at = ["alerts", key]
            switch key {
            case "threshold": rules.threshold = try bool(item, at)
            case "forecast": rules.forecast = try bool(item, at)
            case "spike": rules.spike = try bool(item, at)
            case "stale": rules.stale = try bool(item, at)
            case "sync_failing": rules.syncFailing = try bool(item, at)
            case "bell": notifications.bell = try bool(item, at)
            case "stale_after_minutes":
                guard let minutes = item.int else { throw invalid(at, "expected an integer (minutes)") }
                guard minutes >= 1 else { throw invalid(at, "must be at least 1 minute") }
                rules.staleAfterMinutes = minutes
            case "command":
                guard let command = item.string else { throw invalid(at, "expected a string") }
                notifications.command = command.trimmingCharacters(in: .whitespaces).isEmpty ? nil : command
            default:
                throw invalid(at, "unknown key (expected threshold, forecast, spike, stale, sync_failing, "
                                  + "stale_after_minutes, bell or command)")
            }
        }
    }

    // MARK: - Values

    private func table(_ value: any TOMLValueConvertible, _ at: [String]) throws -> TOMLTable {
        guard let table = value.table else { throw invalid(at, "expected a table") }
        return table
    }

    private func bool(_ value: any TOMLValueConvertible, _ at: [String]) throws -> Bool {
        guard let b = value.bool else { throw invalid(at, "expected true or false") }
        return b
    }

    /// `id = amount` pairs of a budgets sub-table.
    private func amounts(_ value: any TOMLValueConvertible, _ at: [String]) throws -> [String: USD] {
        let table = try self.table(value, at)
        var out: [String: USD] = [:]
        for key in table.keys {
            guard !key.isEmpty else { throw invalid(at + [key], "empty id") }
            out[key] = try usd(table[key]!, at + [key])
        }
        return out
    }

    /// A positive amount of USD: an integer, a float (read through its shortest decimal text)
    /// or a decimal string (`"12.50"`).
    private func usd(_ value: any TOMLValueConvertible, _ at: [String]) throws -> USD {
        let amount: Decimal?
        if let i = value.int {
            amount = Decimal(i)
        } else if let d = value.double {
            amount = d.isFinite ? Decimal(string: "\(d)", locale: Locale(identifier: "en_US_POSIX")) : nil
        } else if let s = value.string {
            amount = Decimal(string: s.trimmingCharacters(in: .whitespaces), locale: Locale(identifier: "en_US_POSIX"))
        } else {
            throw invalid(at, "expected an amount of USD, e.g. 120 or 12.50")
        }
        guard let amount, !amount.isNaN else { throw invalid(at, "expected an amount of USD, e.g. 120 or 12.50") }
        guard amount > 0 else { throw invalid(at, amount < 0 ? "a budget must not be negative" : "a budget must be more than $0") }
        return USD(amount)
    }

    private func invalid(_ at: [String], _ message: String) -> ConfigError {
        .invalidValue(path: path, line: locator.line(of: at), key: at.joined(separator: "."), message: message)
    }
}
