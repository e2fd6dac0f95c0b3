import Foundation
import Logging
import Synchronization
@testable import UsageCore

// MARK: - Canned transport

/// One request as the client sent it: URL parts decoded, headers as sent.
struct RecordedRequest: Sendable {
    let url: String
    let path: String
    let query: [(String, String)]
    let headers: [(String, String)]

    init(url: String, headers: [(String, String)]) {
        self.url = url
        self.headers = headers
        let components = URLComponents(string: url)
        path = components?.path ?? ""
        query = (components?.queryItems ?? []).map { ($0.name, $0.value ?? "") }
    }

    /// All values of query parameter `name`, in order.
    func values(_ name: String) -> [String] { query.filter { $0.0 == name }.map(\.1) }
    /// The single value of query parameter `name`.
    func value(_ name: String) -> String? { values(name).first }
    /// The header `name` (case-insensitive).
    func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
}

/// An ``HTTPTransport`` that answers from a routing closure and records every request.
actor CannedTransport: HTTPTransport {
    typealias Route = @Sendable (RecordedRequest) throws -> HTTPResponseData
    private let route: Route
    private(set) var requests: [RecordedRequest] = []

    init(_ route: @escaping Route) { self.route = route }

    /// Always the same answer.
    init(status: Int, json: String, headers: [(String, String)] = []) {
        self.route = { _ in HTTPResponseData(status: status, headers: headers, body: Data(json.utf8)) }
    }

    func get(url: String, headers: [(String, String)]) async throws -> HTTPResponseData {
        let request = RecordedRequest(url: url, headers: headers)
        requests.append(request)
        return try route(request)
    }
}

extension HTTPResponseData {
    /// A 200 answer with `json`.
    static func ok(_ json: String) -> HTTPResponseData {
        HTTPResponseData(status: 200, headers: [("Content-Type", "application/json")], body: Data(json.utf8))
    }
}

// MARK: - Log capture

/// Lines logged through a ``CapturingLogHandler``, each rendered with its metadata.
final class LogStore: Sendable {
    private let storage = Mutex<[String]>([])
    var lines: [String] { storage.withLock { $0 } }
    func append(_ line: String) { storage.withLock { $0.append(line) } }
}

/// A swift-log handler that keeps every line (at every level) in a ``LogStore``.
struct CapturingLogHandler: LogHandler {
    let store: LogStore
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let rendered = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        store.append("\(event.level) \(event.message) \(rendered)")
    }
}

/// A logger that records into `store` at `.trace`.
func capturingLogger(_ store: LogStore) -> Logger {
    var logger = Logger(label: "usagetop.api.test") { _ in CapturingLogHandler(store: store) }
    logger.logLevel = .trace
    return logger
}

/// A fake Admin key, obviously not real.
let fakeAdminKey = "sk-admin-test-0000SECRET"
