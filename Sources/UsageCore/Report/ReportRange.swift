import Foundation

/// The period of a report (`usagetop report --range`), as typed: parsed without a clock, turned
/// into UTC days with ``window(now:)``.
///
/// Forms (all days are UTC, both ends included):
/// - `mtd` — the current month, from its first day to today.
/// - `7d`, `30d`, any `Nd` (1…3660) — the N days ending today (today included, so still growing).
/// - `YYYY-MM` — that calendar month (to today when it is the current month).
/// - `FROM..TO` — `YYYY-MM-DD..YYYY-MM-DD`, FROM and TO included.
public enum ReportRange: Sendable, Hashable, CustomStringConvertible {
    /// The current UTC month to date (`mtd`).
    case monthToDate
    /// The last `n` UTC days, today included (`7d`).
    case lastDays(Int)
    /// One calendar month (`2026-10`); `month` is 1…12.
    case month(year: Int, month: Int)
    /// Explicit days (`2026-10-01..2026-10-15`), both included; 00:00 UTC of each day.
    case days(from: UnixSeconds, to: UnixSeconds)

    // MARK: - Parsing

    /// Parses `text` (surrounding spaces ignored, case-insensitive `mtd`/`d`).
    /// - Throws: ``ReportRangeError`` naming what is wrong.
    public init(parsing text: String) throws {
        let s = text.trimmingCharacters(in: .whitespaces)
        let lower = s.lowercased()
        if lower == "mtd" {
            self = .monthToDate
        } else if let range = s.range(of: "..") {
            let fromText = String(s[..<range.lowerBound]), toText = String(s[range.upperBound...])
            let from = try ReportRange.day(fromText), to = try ReportRange.day(toText)
            guard from <= to else { throw ReportRangeError.reversed(from: fromText, to: toText) }
            self = .days(from: from, to: to)
        } else if lower.hasSuffix("d"), lower.dropLast().allSatisfy(\.isASCIIDigit), lower.count > 1 {
            guard let n = Int(lower.dropLast()), (1...3_660).contains(n) else { throw ReportRangeError.invalidDayCount(s) }
            self = .lastDays(n)
        } else if ReportRange.isShaped(s, "dddd-dd") {
            let (year, month) = (Int(s.prefix(4))!, Int(s.suffix(2))!)
            guard (1...12).contains(month), year >= 1970 else { throw ReportRangeError.invalidDate(s) }
            self = .month(year: year, month: month)
        } else if ReportRange.isShaped(s, "dddd-dd-dd") {
            let day = try ReportRange.day(s)
            self = .days(from: day, to: day)
        } else {
            throw ReportRangeError.unrecognized(s)
        }
    }

    /// 00:00 UTC of the `YYYY-MM-DD` day `text`.
    /// - Throws: ``ReportRangeError/invalidDate(_:)``, or ``ReportRangeError/unrecognized(_:)``
    ///   when it is not shaped like a date.
    static func day(_ text: String) throws -> UnixSeconds {
        let s = text.trimmingCharacters(in: .whitespaces)
        guard isShaped(s, "dddd-dd-dd") else { throw ReportRangeError.unrecognized(text) }
        let parts = s.split(separator: "-").map { Int($0)! }
        let t = UTCCalendar.timestamp(year: parts[0], month: parts[1], day: parts[2])
        let civil = UTCCalendar.civil(t)
        guard parts[0] >= 1970, civil.year == parts[0], civil.month == parts[1], civil.day == parts[2] else {
            throw ReportRangeError.invalidDate(s)
        }
        return t
    }

    /// Whether `text` matches `pattern`, where `d` is an ASCII digit and any other character is literal.
    private static func isShaped(_ text: String, _ pattern: String) -> Bool {
        text.count == pattern.count && zip(text, pattern).allSatisfy { c, p in p == "d" ? c.isASCIIDigit : c == p }
    }

    // MARK: - Resolving

    /// The UTC days the range covers at `now` (Unix seconds UTC).
    /// - Throws: ``ReportRangeError/startsAfterToday(range:today:)`` when its first day is after today.
    public func window(now: UnixSeconds) throws -> ReportWindow {
        let today = UTCCalendar.startOfDay(now)
        let first: UnixSeconds, last: UnixSeconds
        switch self {
        case .monthToDate:
            (first, last) = (UTCCalendar.startOfMonth(now), today)
        case .lastDays(let n):
            (first, last) = (today - UnixSeconds(n - 1) * UTCCalendar.secondsPerDay, today)
        case .month(let year, let month):
            let start = UTCCalendar.timestamp(year: year, month: month)
            (first, last) = (start, UTCCalendar.startOfMonth(start, offset: 1) - UTCCalendar.secondsPerDay)
        case .days(let from, let to):
            (first, last) = (from, to)
        }
        guard first <= today else {
            throw ReportRangeError.startsAfterToday(range: description, today: UTCCalendar.dayKey(today))
        }
        return ReportWindow(firstDay: first, lastDay: last, today: today)
    }

    /// The canonical text form (`mtd`, `7d`, `2026-10`, `2026-10-01..2026-10-15`).
    public var description: String {
        switch self {
        case .monthToDate: "mtd"
        case .lastDays(let n): "\(n)d"
        case .month(let year, let month): UTCCalendar.monthKey(UTCCalendar.timestamp(year: year, month: month))
        case .days(let from, let to): "\(UTCCalendar.dayKey(from))..\(UTCCalendar.dayKey(to))"
        }
    }
}

private extension Character {
    /// `0`…`9` only (not other Unicode digits).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
