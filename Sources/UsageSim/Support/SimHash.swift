// MARK: - Deterministic hashing

/// Deterministic, platform-independent hashing for the simulated organization.
///
/// Every "random" figure in the simulator is a pure function of the seed and a few integer
/// coordinates (series salt, UTC day index, counter index), so the same seed always produces the
/// same organization and the same traffic. Uses the SplitMix64 finalizer.
enum SimHash {
    /// Mixes one 64-bit value (SplitMix64 finalizer).
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Hashes a list of coordinates into one 64-bit value.
    static func hash(_ values: UInt64...) -> UInt64 {
        var acc: UInt64 = 0x243F_6A88_85A3_08D3
        for value in values {
            acc = mix(acc ^ value)
        }
        return acc
    }

    /// A uniform number in `[0, 1)` derived from the coordinates (53 bits of the hash).
    static func unit(_ values: UInt64...) -> Double {
        var acc: UInt64 = 0x243F_6A88_85A3_08D3
        for value in values {
            acc = mix(acc ^ value)
        }
        return Double(acc >> 11) / 9_007_199_254_740_992.0
    }

    /// Hashes a string (FNV-1a over UTF-8), for salting a series by its identifiers.
    static func salt(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return mix(h)
    }
}
