/// A UI timer handle, returned by ``EventLoop/scheduleTimer(after:)`` and delivered back in
/// ``LoopEvent/timer(_:)``.
public struct LoopTimer: Sendable, Hashable {
    /// Unique within one ``EventLoop``, increasing in scheduling order.
    public let id: Int
}

/// Pending UI deadlines, earliest first; the event loop derives its `poll` timeout from them
/// (notes/tui-architecture.md §4.3 "Timers"). A pure value on `ContinuousClock` instants.
struct TimerQueue {
    private var entries: [(deadline: ContinuousClock.Instant, timer: LoopTimer)] = []
    private var nextID = 0

    /// Whether no timer is pending.
    var isEmpty: Bool { entries.isEmpty }

    /// Adds a timer firing at `deadline`.
    mutating func schedule(at deadline: ContinuousClock.Instant) -> LoopTimer {
        let timer = LoopTimer(id: nextID)
        nextID += 1
        let index = entries.firstIndex { $0.deadline > deadline } ?? entries.endIndex
        entries.insert((deadline, timer), at: index)
        return timer
    }

    /// Removes `timer` if it has not fired.
    mutating func cancel(_ timer: LoopTimer) {
        entries.removeAll { $0.timer == timer }
    }

    /// The `poll(2)` timeout in milliseconds until the earliest deadline, rounded up so the loop
    /// never wakes early and spins; 0 when one is due; -1 (wait forever) when none is pending.
    func pollTimeout(now: ContinuousClock.Instant) -> Int32 {
        guard let first = entries.first else { return -1 }
        let remaining = now.duration(to: first.deadline)
        guard remaining > .zero else { return 0 }
        let (seconds, attoseconds) = remaining.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }

    /// Removes and returns the timers due at `now`, earliest first.
    mutating func popExpired(now: ContinuousClock.Instant) -> [LoopTimer] {
        let due = entries.prefix { $0.deadline <= now }
        entries.removeFirst(due.count)
        return due.map(\.timer)
    }
}
