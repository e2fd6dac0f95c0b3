import Testing

@testable import TermCurses

extension TermCursesTests {
    @Test("the poll timeout is the earliest deadline rounded up to whole milliseconds")
    func timerTimeouts() {
        let now = ContinuousClock.now
        var queue = TimerQueue()
        #expect(queue.pollTimeout(now: now) == -1)
        let late = queue.schedule(at: now.advanced(by: .seconds(61)))
        let soon = queue.schedule(at: now.advanced(by: .milliseconds(1) + .nanoseconds(1)))
        #expect(queue.pollTimeout(now: now) == 2)
        #expect(queue.pollTimeout(now: now.advanced(by: .seconds(1))) == 0)
        #expect(queue.popExpired(now: now).isEmpty)
        #expect(queue.popExpired(now: now.advanced(by: .seconds(61))) == [soon, late])
        #expect(queue.isEmpty)
    }

    @Test("timers due at the same time fire in scheduling order; cancel removes one")
    func timerOrder() {
        let now = ContinuousClock.now
        var queue = TimerQueue()
        let a = queue.schedule(at: now)
        let b = queue.schedule(at: now)
        let c = queue.schedule(at: now)
        queue.cancel(b)
        #expect(queue.popExpired(now: now) == [a, c])
    }
}
