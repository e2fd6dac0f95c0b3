import Testing
@testable import UsageCore

@Suite("SyncPlan and clocks")
struct SyncPlanTests {
    let plan = SyncPlan.default

    @Test("start times: backfill, today, yesterday within the settle window, never before the backfill")
    func startTimes() {
        let now = Fixture.now
        #expect(plan.startTime(width: .day, lastSuccess: nil, now: now) == UTCCalendar.timestamp(year: 2026, month: 10))
        #expect(plan.startTime(width: .day, lastSuccess: now - 60, now: now) == Fixture.nov(15))
        let early = Fixture.nov(15) + 3_600
        #expect(plan.startTime(width: .day, lastSuccess: early - 60, now: early) == Fixture.nov(14))
        #expect(plan.startTime(width: .day, lastSuccess: UTCCalendar.timestamp(year: 2025, month: 1), now: now)
                == UTCCalendar.timestamp(year: 2026, month: 10))
        #expect(plan.startTime(width: .hour, lastSuccess: now - 60, now: now) == Fixture.nov(15))
        // January: the previous month is December of the year before.
        let jan = UTCCalendar.timestamp(year: 2027, month: 1, day: 3)
        #expect(plan.startTime(width: .day, lastSuccess: nil, now: jan) == UTCCalendar.timestamp(year: 2026, month: 12))
    }

    @Test("backoff doubles from the base, is capped, and jitters within [d/2, d)")
    func backoff() {
        #expect(plan.backoffDelay(failures: 1, randomUnit: 0) == 15)
        #expect(plan.backoffDelay(failures: 1, randomUnit: 0.999) == 29)
        #expect(plan.backoffDelay(failures: 2, randomUnit: 0) == 30)
        #expect(plan.backoffDelay(failures: 12, randomUnit: 0.999) <= 900)
        #expect(plan.backoffDelay(failures: 40, randomUnit: 0) == 450)
    }

    @Test("a wait is running until retryAt, unless it lies implausibly far ahead (clock moved back)")
    func waiting() {
        #expect(plan.isWaiting(until: 200, now: 100))
        #expect(!plan.isWaiting(until: 100, now: 100))
        #expect(!plan.isWaiting(until: nil, now: 100))
        #expect(!plan.isWaiting(until: 100 + 86_400, now: 100))
    }

    @Test("series names follow the freshness naming")
    func seriesNames() {
        #expect(SyncPlan.costsByProject.name == "costs:project_id:1d")
        #expect(SyncPlan.completionsHourly.name == "completions::1h")
        #expect(SyncPlan.completionsForEstimates.name == "completions:api_key_id,batch,model,service_tier:1d")
    }

    @Test("the manual clock moves only when told; a frozen simulated clock stays at its start")
    func clocks() {
        let manual = ManualClock(100)
        #expect(manual.now() == 100)
        manual.advance(by: 5)
        #expect(manual.now() == 105)
        manual.set(7)
        #expect(manual.now() == 7)
        let frozen = SimulatedClock(start: 1_000, speed: 0)
        #expect(frozen.now() == 1_000)
        let running = SimulatedClock(start: 1_000, speed: 1)
        #expect(running.now() >= 1_000)
        #expect(SystemClock().now() > UTCCalendar.timestamp(year: 2020, month: 1))
    }
}
