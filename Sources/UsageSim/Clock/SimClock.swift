import Foundation

// MARK: - Simulated time

/// The simulator's clock: simulated time = `now` at start + real elapsed seconds × `speed`.
///
/// `usagetop` applies the same formula to its own `--now`/`--speed`, so given the same values both
/// agree on the time. `speed` 0 stops the clock; without a start time the wall clock is used
/// (speed 1). Units: Unix seconds, UTC. See `DESIGN.md` §2 ("Time").
public struct SimClock: Sendable {
    /// Simulated Unix time (seconds, UTC) at the moment the clock was created.
    public let startSimulated: Double
    /// Real (wall-clock) Unix time, seconds, at the moment the clock was created.
    public let startReal: Double
    /// Simulated seconds per real second; 0 stops the clock.
    public let speed: Double

    /// Creates a clock starting at `now` (Unix seconds; `nil` = the wall clock) running at `speed`
    /// (negative speeds are treated as 0).
    public init(now: Int64?, speed: Double) {
        let real = Date().timeIntervalSince1970
        self.startReal = real
        self.startSimulated = now.map(Double.init) ?? real
        self.speed = max(0, speed)
    }

    /// The simulated time for a given real time, in whole Unix seconds (UTC).
    public func simulatedTime(atReal real: Double) -> Int64 {
        Int64((startSimulated + (real - startReal) * speed).rounded(.down))
    }

    /// The current simulated time in whole Unix seconds (UTC).
    public func now() -> Int64 {
        simulatedTime(atReal: Date().timeIntervalSince1970)
    }
}
