import Foundation
import Synchronization
import UsageCore

// MARK: - Counting HTTP requests

/// An ``HTTPTransport`` that forwards every `GET` to the real transport and counts it per
/// dataset, so the poll benchmark reports the HTTP requests actually sent (not a figure the sync
/// service computes).
///
/// A bucket request counts under its series name, `dataset:group_by,…:bucket_width`
/// (as ``SeriesKey/name``); any other request under its path (`/organization/projects`, …).
/// The `Authorization` header is passed through and never stored.
final class CountingTransport: HTTPTransport {
    /// The real transport.
    private let base: any HTTPTransport
    /// Requests per series name or path.
    private let counts = Mutex<[String: Int]>([:])

    /// Wraps `base`.
    init(_ base: any HTTPTransport) { self.base = base }

    /// Counts the request, then performs it on the wrapped transport.
    /// - Throws: whatever the wrapped transport throws.
    func get(url: String, headers: [(String, String)]) async throws -> HTTPResponseData {
        let name = Self.name(of: url)
        counts.withLock { $0[name, default: 0] += 1 }
        return try await base.get(url: url, headers: headers)
    }

    /// The counts so far, and resets them to zero.
    func take() -> [String: Int] {
        counts.withLock { current in
            defer { current = [:] }
            return current
        }
    }

    /// The series name of a bucket request, or the request path.
    static func name(of url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        let path = components.path
        guard let dataset = Dataset.allCases.first(where: { path.hasSuffix($0.path) }) else {
            return path.replacingOccurrences(of: "/v1", with: "")
        }
        let items = components.queryItems ?? []
        let dimensions = items.filter { $0.name == "group_by" }.compactMap { $0.value.flatMap(UsageCore.Dimension.init(rawValue:)) }
        let width = items.first { $0.name == "bucket_width" }?.value.flatMap(BucketWidth.init(rawValue:)) ?? .day
        return SeriesKey(dataset, Grouping(dimensions), width).name
    }
}
