/// Locale-independent percentages for shares, limit use and thresholds.
public enum PercentFormat {
    /// `73.0%` — one decimal, rounded half away from zero; `—` when `ratio` is `nil` or not finite.
    ///
    /// - Parameter ratio: a fraction (0.73 for 73 %), not a percentage.
    public static func oneDecimal(_ ratio: Double?) -> String {
        guard let ratio, ratio.isFinite else { return "—" }
        let tenths = Int64((ratio * 1_000).rounded())
        let sign = tenths < 0 ? "-" : ""
        let m = tenths.magnitude
        return "\(sign)\(m / 10).\(m % 10)%"
    }

    /// `82%` — whole percent, rounded half away from zero; `—` when `ratio` is `nil` or not finite.
    ///
    /// - Parameter ratio: a fraction (0.82 for 82 %).
    public static func whole(_ ratio: Double?) -> String {
        guard let ratio, ratio.isFinite else { return "—" }
        return "\(Int64((ratio * 100).rounded()))%"
    }
}
