/// The UTC days a report covers, resolved from a ``ReportRange`` at a clock reading.
///
/// Days are 00:00 UTC Unix seconds; ``firstDay`` and ``lastDay`` are both included. The part
/// that can hold data ends today: ``startTime``..<``endTime`` is what the cache is read over.
public struct ReportWindow: Sendable, Hashable {
    /// The first day asked for (00:00 UTC, Unix seconds).
    public var firstDay: UnixSeconds
    /// The last day asked for, included (00:00 UTC, Unix seconds); may be after today.
    public var lastDay: UnixSeconds
    /// Today (00:00 UTC of the clock reading).
    public var today: UnixSeconds

    /// Creates a window; see the properties.
    public init(firstDay: UnixSeconds, lastDay: UnixSeconds, today: UnixSeconds) {
        self.firstDay = UTCCalendar.startOfDay(firstDay)
        self.lastDay = UTCCalendar.startOfDay(lastDay)
        self.today = UTCCalendar.startOfDay(today)
    }

    /// `start_time` of the read: 00:00 UTC of ``firstDay`` (Unix seconds).
    public var startTime: UnixSeconds { firstDay }

    /// Exclusive end of the read (Unix seconds): the end of ``lastDay``, or of today when the
    /// range runs past it.
    public var endTime: UnixSeconds { min(lastDay, today) + UTCCalendar.secondsPerDay }

    /// Whether the range asks for days after today (they cannot have data yet).
    public var extendsPastToday: Bool { lastDay > today }

    /// Whether today is inside the read, so the figures still grow.
    public var includesToday: Bool { endTime > today }

    /// The days read, oldest first (00:00 UTC each).
    public var days: [UnixSeconds] {
        Array(stride(from: startTime, to: endTime, by: Int(UTCCalendar.secondsPerDay)))
    }
}
