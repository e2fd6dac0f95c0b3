import Dashboard
import Testing
import UsageCore

@Suite("Formatting")
struct FormatTests {
    @Test("compact tokens", arguments: [
        (Int64(0), "0"), (1_234, "1,234"), (9_999, "9,999"), (10_000, "10.0k"), (12_345, "12.3k"),
        (99_949, "99.9k"), (99_950, "100k"), (980_000, "980k"), (999_499, "999k"), (999_500, "1.0M"),
        (12_400_000, "12.4M"), (123_456_789, "123M"), (4_500_000_000, "4.5B"), (-12_345, "-12.3k"),
        (Int64.max, "9223372T"), (Int64.min, "-9223372T"),
    ])
    func compactTokens(value: Int64, expected: String) {
        #expect(TokenFormat.compact(value) == expected)
    }

    @Test("exact tokens", arguments: [
        (Int64(0), "0"), (999, "999"), (1_000, "1,000"), (1_234_567, "1,234,567"), (-1_234, "-1,234"),
        (Int64.min, "-9,223,372,036,854,775,808"),
    ])
    func exactTokens(value: Int64, expected: String) {
        #expect(TokenFormat.exact(value) == expected)
    }

    @Test("percentages")
    func percentages() {
        #expect(PercentFormat.oneDecimal(0.73) == "73.0%")
        #expect(PercentFormat.oneDecimal(0.12345) == "12.3%")
        #expect(PercentFormat.oneDecimal(1) == "100.0%")
        #expect(PercentFormat.oneDecimal(nil) == "—")
        #expect(PercentFormat.oneDecimal(.nan) == "—")
        #expect(PercentFormat.whole(0.824) == "82%")
        #expect(PercentFormat.whole(1.245) == "125%")
    }

    static let relativeCases: [(Int64, String)] = [
        (0, "just now"), (38, "38 s ago"), (120, "2 min ago"), (3_700, "1 h ago"),
        (3_542_405, "41 d ago"), (-300, "in 5 min"),
    ]

    @Test("relative times", arguments: relativeCases)
    func relative(age: Int64, expected: String) {
        #expect(RelativeTime.ago(1_000_000 - age, now: 1_000_000) == expected)
    }

    @Test("never used")
    func never() {
        #expect(RelativeTime.ago(nil, now: 5) == "never")
    }

    @Test("UTC dates")
    func dates() {
        let t = UTCCalendar.timestamp(year: 2026, month: 11, day: 24) + 9 * 3_600 + 12 * 60 + 59
        #expect(UTCDateFormat.day(t) == "Nov 24")
        #expect(UTCDateFormat.dayTime(t) == "Nov 24 09:12 UTC")
        #expect(UTCDateFormat.monthYear(t) == "Nov 2026")
        let nov1 = UTCCalendar.timestamp(year: 2026, month: 11, day: 1)
        #expect(UTCDateFormat.daySpan(nov1, t) == "Nov 1–24 UTC")
        #expect(UTCDateFormat.daySpan(nov1 - 86_400, t) == "Oct 31–Nov 24 UTC")
        #expect(UTCDateFormat.daySpan(t, t) == "Nov 24 UTC")
        #expect(UTCDateFormat.dayTime(t, relativeTo: t + 86_400) == "Nov 24 09:12 UTC")
        #expect(UTCDateFormat.dayTime(t, relativeTo: t + 400 * 86_400) == "2026-11-24 09:12 UTC")
    }

    @Test("money uses the model's locale-independent format")
    func money() {
        #expect(USD(cents: 123_456).formatted == "$1,234.56")
    }
}
