import Foundation
import Synchronization

/// The one source of "now" for sync, snapshots and alerts (DESIGN.md §2, "Time").
///
/// `usagetop` and `usagetop-sim` take `--now`/`--speed`; both then compute the same simulated
/// time with ``SimulatedClock`` so tests can cross a day or a month in seconds.
public protocol UsageClock: Sendable {
    /// The current time (Unix seconds UTC).
    func now() -> UnixSeconds
}

/// The wall clock (Unix seconds UTC, rounded down).
public struct SystemClock: UsageClock {
    /// Creates the wall clock.
    public init() {}

    /// The wall-clock time, truncated to whole seconds.
    public func now() -> UnixSeconds { UnixSeconds(Date().timeIntervalSince1970.rounded(.down)) }
}

/// Simulated time: `start + realElapsed × speed`, where `realElapsed` is measured on the
/// monotonic `ContinuousClock` since the clock was created; `speed` 0 freezes time at `start`.
///
/// The simulator (`usagetop-sim --now --speed`) uses the same formula, so given the same values
/// both processes agree on the time.
public struct SimulatedClock: UsageClock {
    /// Simulated time at creation (Unix seconds UTC).
    public let start: UnixSeconds
    /// Simulated seconds per real second (0 = frozen).
    public let speed: Double
    private let origin: ContinuousClock.Instant

    /// A clock reading `start` now and advancing `speed` simulated seconds per real second.
    public init(start: UnixSeconds, speed: Double) {
        self.start = start
        self.speed = speed
        self.origin = ContinuousClock.now
    }

    /// `start + realElapsed × speed`, rounded down to whole seconds.
    public func now() -> UnixSeconds {
        guard speed != 0 else { return start }
        let elapsed = origin.duration(to: ContinuousClock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return start + UnixSeconds((seconds * speed).rounded(.down))
    }
}

/// A clock that only moves when told to: for tests.
public final class ManualClock: UsageClock {
    private let current: Mutex<UnixSeconds>

    /// A clock reading `start` (Unix seconds UTC).
    public init(_ start: UnixSeconds) { current = Mutex(start) }

    /// The time last set.
    public func now() -> UnixSeconds { current.withLock { $0 } }

    /// Sets the time to `t` (Unix seconds UTC).
    public func set(_ t: UnixSeconds) { current.withLock { $0 = t } }

    /// Moves the time forward by `seconds`.
    public func advance(by seconds: UnixSeconds) { current.withLock { $0 += seconds } }
}
