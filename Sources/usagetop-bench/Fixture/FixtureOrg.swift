import Foundation
import UsageCore

// MARK: - The generated organization

/// A synthetic organization for the benchmarks: `projectCount` projects, `keyCount` project keys
/// spread round-robin over them, and `days` UTC days of daily usage and costs ending on the day
/// holding ``now``.
///
/// Every key is active on most days (about 9 in 10) with a heavy-tailed daily volume, one
/// completions model per key (a fifth of its traffic on a second model in the per-key estimates
/// series), every tenth key also calls an embeddings model. Money is integer nano-dollars
/// (input $2 / 1M tokens, cached input $1 / 1M, output $8 / 1M), so the ungrouped, per-project,
/// per-line-item and per-key cost series add up exactly, as the API's do.
struct FixtureOrg: Sendable {
    /// Number of project keys.
    var keyCount: Int
    /// Number of projects.
    var projectCount: Int
    /// Days of history, today included.
    var days: Int
    /// The clock reading the cache was written at (Unix seconds UTC).
    var now: UnixSeconds
    /// Whether to write `completions` by `api_key_id, model, batch, service_tier` (the per-key
    /// estimates series, which the snapshot does not read; two records per key per day).
    var includeEstimates: Bool = true
    /// Noise seed.
    var seed: UInt64 = 42

    /// Completions models, one per key in turn.
    static let models = ["gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18", "gpt-4.1-2025-04-14", "o3-2025-04-16"]
    /// The embeddings model.
    static let embeddingsModel = "text-embedding-3-small"

    /// 00:00 UTC of the day holding ``now``.
    var today: UnixSeconds { UTCCalendar.startOfDay(now) }
    /// 00:00 UTC of the oldest day.
    var firstDay: UnixSeconds { today - UnixSeconds(days - 1) * UTCCalendar.secondsPerDay }

    // MARK: - Organization objects

    /// The project id of project `p` (`proj_bench_0007`).
    func projectID(_ p: Int) -> String { "proj_bench_" + String(p).leftPadded(4) }

    /// The key id of key `i` (`key_bench_00042`).
    func keyID(_ i: Int) -> String { "key_bench_" + String(i).leftPadded(5) }

    /// The projects, active, created 200 days before ``now``.
    func projects() -> [Project] {
        (0..<projectCount).map { p in
            Project(id: projectID(p), name: "Project \(p) " + ["web", "batch jobs", "eval", "search"][p % 4],
                    createdAt: now - 200 * UTCCalendar.secondsPerDay, status: "active")
        }
    }

    /// The keys of project `p`, with user or service-account owners and last-used times.
    func keys(ofProject p: Int) -> [APIKey] {
        stride(from: p, to: keyCount, by: projectCount).map { i in
            let owner = i % 3 == 0
                ? KeyOwner(kind: .serviceAccount, id: "svc_\(i)", name: "deploy-bot-\(i)", role: "member")
                : KeyOwner(kind: .user, id: "user_\(i % 97)", name: "User \(i % 97)", email: "user\(i % 97)@example.com",
                           role: "member")
            return APIKey(id: keyID(i), kind: .project, name: "key-\(i)-" + ["prod", "staging", "ci", "notebook"][i % 4],
                          redactedValue: "sk-proj-****" + String(i).leftPadded(4), projectID: projectID(p),
                          createdAt: now - UnixSeconds(100 + i % 90) * UTCCalendar.secondsPerDay,
                          lastUsedAt: now - UnixSeconds(i % 5_000) * 60, owner: owner, ownerProjectAccess: "active")
        }
    }

    // MARK: - Daily figures

    /// One key's completions on one day: tokens, requests and cost (nano-dollars); `nil` when the
    /// key was idle that day.
    func keyDay(_ i: Int, day d: Int) -> FixtureUsage? {
        guard FixtureRandom.unit(seed, i, d, 1) >= 0.1 else { return nil }
        let scale = pow(10, 3 + 3.5 * FixtureRandom.unit(seed, i, 0))          // 1k … 3M tokens a day
        let daily = 0.4 + 1.2 * FixtureRandom.unit(seed, i, d, 2)
        let partial = d == days - 1 ? Double(now - today) / Double(UTCCalendar.secondsPerDay) : 1
        let input = Int64(scale * daily * partial) + 1
        let cached = Int64(Double(input) * 0.5 * FixtureRandom.unit(seed, i, d, 3))
        let output = input / 4 + 1
        return FixtureUsage(input: input, cached: cached, output: output, requests: input / 1_500 + 1)
    }

    /// One key's embeddings tokens on one day (every tenth key; `nil` otherwise or when idle).
    func embeddingsDay(_ i: Int, day d: Int) -> FixtureUsage? {
        guard i % 10 == 0, let usage = keyDay(i, day: d) else { return nil }
        return FixtureUsage(input: usage.input * 3, cached: 0, output: 0, requests: usage.requests * 2)
    }
}

// MARK: - Helpers

/// Tokens and requests of one key on one day, and their price.
struct FixtureUsage: Sendable {
    /// `input_tokens` (cached ones included, as the API counts them).
    var input: Int64
    /// `input_cached_tokens`.
    var cached: Int64
    /// `output_tokens`.
    var output: Int64
    /// `num_model_requests`.
    var requests: Int64

    /// Billed nano-dollars for uncached input, cached input and output.
    var lineItemNanos: (input: Int64, cached: Int64, output: Int64) {
        ((input - cached) * 2, cached, output * 8)
    }

    /// Total billed nano-dollars.
    var nanos: Int64 {
        let parts = lineItemNanos
        return parts.input + parts.cached + parts.output
    }

    /// Sum of two days or keys.
    static func + (a: FixtureUsage, b: FixtureUsage) -> FixtureUsage {
        FixtureUsage(input: a.input + b.input, cached: a.cached + b.cached, output: a.output + b.output,
                     requests: a.requests + b.requests)
    }

    /// No usage.
    static let zero = FixtureUsage(input: 0, cached: 0, output: 0, requests: 0)
}

extension String {
    /// The string left-padded with zeros to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
