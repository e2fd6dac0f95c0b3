import UsageCore

extension SpendForecast {
    /// Whether less than one full day of the UTC month holding `now` has elapsed: too little to
    /// extrapolate a pace from (20 minutes of spend says nothing about a month), so the pages
    /// show `too early (first day)` instead of a forecast or a crossing date.
    ///
    /// - Parameter now: Unix seconds UTC.
    static func isTooEarly(now: UnixSeconds) -> Bool {
        now - UTCCalendar.startOfMonth(now) < UTCCalendar.secondsPerDay
    }
}
