// MARK: - Timing loops

/// Runs `body` `warmup` times untimed, then `iterations` times, each timed on its own with
/// `ContinuousClock`. Every result goes through ``blackHole(_:)`` so the optimizer cannot drop
/// the work.
/// - Throws: whatever `body` throws.
func measure<T>(warmup: Int = 1, iterations: Int, _ body: () throws -> T) rethrows -> Samples {
    for _ in 0..<warmup { blackHole(try body()) }
    let clock = ContinuousClock()
    var durations: [Duration] = []
    durations.reserveCapacity(iterations)
    for _ in 0..<iterations {
        let start = clock.now
        let result = try body()
        durations.append(clock.now - start)
        blackHole(result)
    }
    return Samples(durations: durations)
}

/// Like ``measure(warmup:iterations:_:)``, but each run starts from a fresh value made by
/// `setup` (untimed) and passed `inout` to `body` (timed).
/// - Throws: whatever `setup` or `body` throws.
func measure<S, T>(warmup: Int = 1, iterations: Int, setup: () throws -> S,
                   _ body: (inout S) throws -> T) rethrows -> Samples {
    for _ in 0..<warmup {
        var value = try setup()
        blackHole(try body(&value))
    }
    let clock = ContinuousClock()
    var durations: [Duration] = []
    durations.reserveCapacity(iterations)
    for _ in 0..<iterations {
        var value = try setup()
        let start = clock.now
        let result = try body(&value)
        durations.append(clock.now - start)
        blackHole(result)
        blackHole(value)
    }
    return Samples(durations: durations)
}

/// Times one run of `body` with `ContinuousClock`; returns its result and duration.
/// - Throws: whatever `body` throws.
func timed<T>(_ body: () throws -> T) rethrows -> (result: T, duration: Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    return (result, clock.now - start)
}

/// Times one run of the async `body` with `ContinuousClock`; returns its result and duration.
/// - Throws: whatever `body` throws.
func timed<T>(_ body: () async throws -> T) async rethrows -> (result: T, duration: Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try await body()
    return (result, clock.now - start)
}

/// Keeps `value` alive as far as the optimizer can tell, so a timed computation is not removed
/// as dead code.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
