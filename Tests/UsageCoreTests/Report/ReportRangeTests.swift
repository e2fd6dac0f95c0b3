import Testing
@testable import UsageCore

/// `--range` parsing and its resolution to UTC days (`usagetop report`).
@Suite struct ReportRangeTests {
    /// 2026-11-15 12:00 UTC.
    static let now = Fixture.now
    static let day = Fixture.day

    @Test("every documented form parses to its case")
    func forms() throws {
        #expect(try ReportRange(parsing: "mtd") == .monthToDate)
        #expect(try ReportRange(parsing: " MTD ") == .monthToDate)
        #expect(try ReportRange(parsing: "7d") == .lastDays(7))
        #expect(try ReportRange(parsing: "30D") == .lastDays(30))
        #expect(try ReportRange(parsing: "2026-10") == .month(year: 2026, month: 10))
        #expect(try ReportRange(parsing: "2026-10-01..2026-10-15")
                == .days(from: UTCCalendar.timestamp(year: 2026, month: 10, day: 1),
                         to: UTCCalendar.timestamp(year: 2026, month: 10, day: 15)))
        #expect(try ReportRange(parsing: "2028-02-29") == .days(from: UTCCalendar.timestamp(year: 2028, month: 2, day: 29),
                                                                   to: UTCCalendar.timestamp(year: 2028, month: 2, day: 29)))
    }

    @Test("the canonical text round-trips")
    func description() throws {
        for text in ["mtd", "7d", "90d", "2026-01", "2026-10-01..2026-10-15"] {
            #expect(try ReportRange(parsing: text).description == text)
        }
    }

    @Test("bad input gives a clear error naming what is wrong",
          arguments: [
            ("", ReportRangeError.unrecognized("")),
            ("last week", .unrecognized("last week")),
            ("10", .unrecognized("10")),
            ("d", .unrecognized("d")),
            ("0d", .invalidDayCount("0d")),
            ("99999d", .invalidDayCount("99999d")),
            ("2026-13", .invalidDate("2026-13")),
            ("2026-00", .invalidDate("2026-00")),
            ("2026-02-29", .invalidDate("2026-02-29")),
            ("2026-04-31..2026-05-01", .invalidDate("2026-04-31")),
            ("2026-10-01..", .unrecognized("")),
            ("2026-10-15..2026-10-01", .reversed(from: "2026-10-15", to: "2026-10-01")),
            ("2026/10/01..2026/10/02", .unrecognized("2026/10/01")),
          ])
    func errors(_ text: String, _ expected: ReportRangeError) {
        #expect(throws: expected) { try ReportRange(parsing: text) }
        #expect(!expected.description.isEmpty)
    }

    @Test("mtd runs from the 1st to today, today included")
    func monthToDate() throws {
        let w = try ReportRange.monthToDate.window(now: Self.now)
        #expect(w.firstDay == Fixture.nov(1))
        #expect(w.lastDay == Fixture.nov(15))
        #expect(w.endTime == Fixture.nov(16))
        #expect(w.days.count == 15)
        #expect(w.includesToday && !w.extendsPastToday)
    }

    @Test("Nd is the N days ending today")
    func lastDays() throws {
        let w = try ReportRange.lastDays(7).window(now: Self.now)
        #expect(w.firstDay == Fixture.nov(9))
        #expect(w.days == (9...15).map(Fixture.nov))
        #expect(try ReportRange.lastDays(1).window(now: Self.now).days == [Fixture.nov(15)])
    }

    @Test("a past month is whole; the current month stops today and says it runs past today")
    func months() throws {
        let october = try ReportRange(parsing: "2026-10").window(now: Self.now)
        #expect(october.startTime == UTCCalendar.timestamp(year: 2026, month: 10, day: 1))
        #expect(october.endTime == Fixture.nov(1))
        #expect(october.days.count == 31)
        #expect(!october.includesToday && !october.extendsPastToday)
        let february = try ReportRange(parsing: "2026-02").window(now: Self.now)
        #expect(february.days.count == 28)
        let november = try ReportRange(parsing: "2026-11").window(now: Self.now)
        #expect(november.lastDay == Fixture.nov(30))
        #expect(november.endTime == Fixture.nov(16))
        #expect(november.extendsPastToday)
    }

    @Test("FROM..TO includes both days")
    func explicitDays() throws {
        let w = try ReportRange(parsing: "2026-10-30..2026-11-02").window(now: Self.now)
        #expect(w.days == [Fixture.nov(-1), Fixture.nov(0), Fixture.nov(1), Fixture.nov(2)])
        #expect(w.endTime == Fixture.nov(3))
    }

    @Test("a range starting after today is refused")
    func future() {
        #expect(throws: ReportRangeError.startsAfterToday(range: "2026-12", today: "2026-11-15")) {
            try ReportRange(parsing: "2026-12").window(now: Self.now)
        }
        #expect(throws: ReportRangeError.self) { try ReportRange(parsing: "2026-11-16..2026-11-20").window(now: Self.now) }
    }

    @Test("--group-by takes the API's names only")
    func groupings() {
        #expect(ReportGrouping.allCases.map(\.rawValue) == ["model", "project_id", "api_key_id", "line_item", "user_id"])
        #expect(ReportGrouping(parsing: "API_KEY_ID") == .apiKeyID)
        #expect(ReportGrouping(parsing: "key") == nil)
        #expect(ReportGrouping.apiKeyID.nullLabel == "(no key)")
    }
}
