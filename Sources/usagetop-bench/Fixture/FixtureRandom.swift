// MARK: - Deterministic noise

/// Stateless, seeded pseudo-random numbers for the generated organization: the same
/// (seed, inputs) always give the same value, so every benchmark run writes the same cache.
enum FixtureRandom {
    /// SplitMix64's finalizer over `seed` and `values` (a 64-bit hash).
    static func hash(_ seed: UInt64, _ values: Int...) -> UInt64 {
        var x = seed
        for v in values {
            x &+= 0x9E37_79B9_7F4A_7C15 &+ UInt64(bitPattern: Int64(v))
            x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
            x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
            x ^= x >> 31
        }
        return x
    }

    /// A uniform value in `[0, 1)` for `seed` and `values`.
    static func unit(_ seed: UInt64, _ values: Int...) -> Double {
        var x = seed
        for v in values { x = hash(x, v) }
        return Double(x >> 11) / Double(UInt64(1) << 53)
    }
}
