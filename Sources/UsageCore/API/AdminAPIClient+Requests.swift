import Foundation
import Logging

// MARK: - Requests and list pagination

extension AdminAPIClient {
    /// The page size of object lists (the spec's maximum, 100).
    static let listPageLimit = 100

    /// Every item of an object list, following `after=<last_id>` (or the last item's id when
    /// `last_id` is missing) while `has_more` (`notes/openai-admin-api.md` §0).
    ///
    /// - Throws: ``AdminAPIError``; ``AdminAPIError/badBody(detail:)`` when `has_more` is true
    ///   but no cursor can be found, a cursor repeats, or more than `maxPages` pages come.
    func list<Item: Decodable & Sendable & IdentifiedDTO>(
        _ type: Item.Type, path: String, query: [(String, String)]
    ) async throws -> [Item] {
        let endpoint = "GET \(path)"
        var items: [Item] = []
        var after: String?
        var seenCursors: Set<String> = []
        for pageNumber in 1...maxPages {
            var pageQuery = query + [("limit", String(Self.listPageLimit))]
            if let after { pageQuery.append(("after", after)) }
            let page = try await get(ListPageDTO<Item>.self, path: path, query: pageQuery, page: pageNumber)
            items += page.data
            guard page.hasMore else { return items }
            guard let next = page.lastID ?? page.data.last?.id, !next.isEmpty else {
                throw AdminAPIError.badBody(detail: "\(endpoint): has_more is true but there is no last_id to continue after")
            }
            guard seenCursors.insert(next).inserted else {
                throw AdminAPIError.badBody(detail: "\(endpoint): list cursor \(next) repeated on page \(pageNumber)")
            }
            after = next
        }
        throw AdminAPIError.badBody(detail: "\(endpoint): still has_more after \(maxPages) pages")
    }

    /// One `GET base+path?query`, its status checked and its body decoded as `T`.
    ///
    /// Logs `GET <path> <status>` (debug for 2xx, notice otherwise) with the page number; the
    /// query is not logged and the headers never are.
    /// - Throws: ``AdminAPIError`` (``AdminAPIError/transport(message:)`` for any transport
    ///   failure), or `CancellationError`.
    func get<T: Decodable>(_ type: T.Type, path: String, query: [(String, String)], page: Int) async throws -> T {
        let endpoint = "GET \(path)"
        let url = base.text + path + (query.isEmpty ? "" : "?" + QueryString.encode(query))
        let headers = [
            ("Authorization", key.authorizationHeaderValue),
            ("User-Agent", "usagetop"),
            ("Accept", "application/json"),
        ]
        let response: HTTPResponseData
        do {
            response = try await transport.get(url: url, headers: headers)
        } catch let error as CancellationError {
            throw error
        } catch let error as AdminAPIError where !error.isTransport {
            throw error
        } catch {
            let message: String
            if case AdminAPIError.transport(let m) = error { message = m } else { message = String(describing: error) }
            let redacted = key.redact(message)
            logger.warning("GET \(path) failed", metadata: [
                "method": "GET", "path": "\(path)", "page": "\(page)", "error": "\(redacted)",
            ])
            throw AdminAPIError.transport(message: redacted)
        }
        let metadata: Logger.Metadata = ["method": "GET", "path": "\(path)", "status": "\(response.status)", "page": "\(page)"]
        if let failure = ResponseClassifier.error(for: response, key: key) {
            logger.notice("GET \(path) \(response.status)", metadata: metadata)
            throw failure
        }
        logger.debug("GET \(path) \(response.status)", metadata: metadata)
        return try ResponseClassifier.decode(T.self, from: response.body, endpoint: endpoint, key: key)
    }
}

extension AdminAPIError {
    /// Whether this is ``AdminAPIError/transport(message:)``.
    var isTransport: Bool {
        if case .transport = self { return true }
        return false
    }
}
