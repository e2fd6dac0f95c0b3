import Testing
@testable import UsageCore

/// ``UTCCalendar/hourMinute(_:)`` and ``UTCCalendar/minuteLabel(_:)``: times a person reads.
@Suite("UTCCalendar labels")
struct UTCCalendarLabelTests {
    @Test("HH:MM is zero-padded, 24-hour, seconds dropped")
    func hourMinute() {
        let day = UTCCalendar.timestamp(year: 2026, month: 11, day: 29)
        #expect(UTCCalendar.hourMinute(day) == "00:00")
        #expect(UTCCalendar.hourMinute(day + 9 * 3_600 + 5 * 60 + 59) == "09:05")
        #expect(UTCCalendar.hourMinute(day + 23 * 3_600 + 59 * 60 + 59) == "23:59")
        #expect(UTCCalendar.hourMinute(-1) == "23:59")
    }

    @Test("the full label reads YYYY-MM-DD HH:MM UTC")
    func minuteLabel() {
        // 1795962361 is the raw value a user saw in `skipped: backing off until …`.
        #expect(UTCCalendar.minuteLabel(1_795_962_361) == "2026-11-29 14:26 UTC")
        #expect(UTCCalendar.minuteLabel(UTCCalendar.timestamp(year: 2027, month: 1, day: 3) + 3_600 + 60) == "2027-01-03 01:01 UTC")
        #expect(UTCCalendar.minuteLabel(0) == "1970-01-01 00:00 UTC")
    }
}
