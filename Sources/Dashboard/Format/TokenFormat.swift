/// Locale-independent formatting of token and request counts (DESIGN.md §6: tokens as
/// `12.4M`/`980k` in tables and exact in detail views).
///
/// Pure integer arithmetic: the process locale never changes a digit or a separator.
public enum TokenFormat {
    /// `1,234,567`: the exact count with comma thousands separators (a leading `-` when negative).
    public static func exact(_ count: Int64) -> String {
        let negative = count < 0
        // `magnitude` avoids overflow at Int64.min.
        let digits = String(count.magnitude)
        var grouped = ""
        grouped.reserveCapacity(digits.count + digits.count / 3)
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return negative ? "-" + grouped : grouped
    }

    /// Compact form for narrow table columns: exact below 10,000 (`9,999`), then `12.3k`, `980k`,
    /// `1.2M`, `12.4M`, `123M`, `4.5B`, `12T` — one decimal below 100 of a unit, none above;
    /// rounded half-up (a value that rounds to 1,000 of a unit moves to the next unit).
    public static func compact(_ count: Int64) -> String {
        if count < 0 { return "-" + compact(count == .min ? .max : -count) }
        if count < 10_000 { return exact(count) }
        let units: [(UInt64, String)] = [(1_000, "k"), (1_000_000, "M"), (1_000_000_000, "B"), (1_000_000_000_000, "T")]
        let n = UInt64(count)
        for (index, (unit, suffix)) in units.enumerated() {
            let isLast = index == units.count - 1
            // Tenths of the unit, rounded half-up; written so it cannot overflow (n ≤ Int64.max).
            let tenths = (n + unit / 20) / (unit / 10)
            if tenths < 1_000 {
                return "\(tenths / 10).\(tenths % 10)\(suffix)"
            }
            let whole = (n + unit / 2) / unit
            if whole < 1_000 || isLast {
                return "\(whole)\(suffix)"
            }
        }
        return exact(count)
    }
}
