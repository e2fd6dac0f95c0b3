import Foundation
import GRDB

/// The local SQLite cache of one organization's usage, costs, keys, projects, limits and sync
/// freshness (DESIGN.md §1–§2), over GRDB.
///
/// A file cache uses a `DatabasePool` (WAL: the snapshot builder reads while the sync service
/// writes); the file is created with mode 0600 and its folder with 0700. ``inMemory(owner:)``
/// gives a private cache for tests. Every method is synchronous and may block on I/O: call it
/// off the UI thread. The Admin key is never stored.
public final class UsageStore: Sendable {
    /// The file path, or `:memory:` for an in-memory cache (used in error messages).
    public let path: String
    /// The organization this cache belongs to.
    public let owner: CacheOwner
    /// The GRDB connection (queue or pool).
    let writer: any DatabaseWriter

    // MARK: - Opening

    /// Opens (or creates) the cache file at `path` for `owner`.
    ///
    /// Creates the parent folder (0700) and the file (0600) when missing, runs the migrations and
    /// records the owner on first use.
    /// - Throws: ``StoreError/wrongOrganization(path:expected:found:)`` when the file belongs to
    ///   another base URL or profile; ``StoreError/corrupt(path:detail:)`` when the file is not a
    ///   readable SQLite cache; ``StoreError/cannotOpen(path:detail:)`` for file-system errors;
    ///   ``StoreError/newerSchema(path:)`` for a cache written by a newer build.
    public convenience init(path: String, owner: CacheOwner) throws {
        try UsageStore.prepareFile(at: path)
        var config = Configuration()
        config.busyMode = .timeout(5)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw UsageStore.classify(error, path: path)
        }
        try self.init(writer: pool, path: path, owner: owner)
    }

    /// A private in-memory cache for `owner` (tests, benchmarks).
    /// - Throws: ``StoreError`` if the migrations fail.
    public static func inMemory(owner: CacheOwner) throws -> UsageStore {
        do {
            return try UsageStore(writer: DatabaseQueue(), path: ":memory:", owner: owner)
        } catch let error as StoreError {
            throw error
        } catch {
            throw classify(error, path: ":memory:")
        }
    }

    private init(writer: any DatabaseWriter, path: String, owner: CacheOwner) throws {
        self.writer = writer
        self.path = path
        self.owner = owner
        let migrator = StoreSchema.migrator
        do {
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: path)
            }
            try migrator.migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch {
            throw UsageStore.classify(error, path: path)
        }
        try claimOwnership()
    }

    /// Records `owner` in a fresh cache, or checks it against the one recorded.
    private func claimOwnership() throws {
        let recorded: CacheOwner? = try access { db in
            let url = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'base_url'")
            let profile = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'profile'")
            guard let url, let profile else {
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('base_url', ?), ('profile', ?)",
                               arguments: [owner.baseURL, owner.profile])
                return nil
            }
            return CacheOwner(baseURL: url, profile: profile)
        }
        if let recorded, recorded != owner {
            throw StoreError.wrongOrganization(path: path, expected: owner, found: recorded)
        }
    }

    /// Creates the folder (0700) and an empty file (0600) for a new cache at `path`.
    private static func prepareFile(at path: String) throws {
        let fm = FileManager.default
        let dir = (path as NSString).deletingLastPathComponent
        do {
            if !dir.isEmpty, !fm.fileExists(atPath: dir) {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                       attributes: [.posixPermissions: 0o700])
            }
            if !fm.fileExists(atPath: path) {
                guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw StoreError.cannotOpen(path: path, detail: "cannot create the file")
                }
            } else if !fm.isReadableFile(atPath: path) {
                throw StoreError.cannotOpen(path: path, detail: "the file is not readable")
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, detail: error.localizedDescription)
        }
    }

    // MARK: - Access

    /// Runs `body` in one write transaction, mapping GRDB errors to ``StoreError``.
    func access<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw UsageStore.classify(error, path: path)
        }
    }

    /// Runs `body` as a read (concurrent with writes on a file cache), mapping GRDB errors.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw UsageStore.classify(error, path: path)
        }
    }

    /// Maps an SQLite error to a ``StoreError`` naming the file.
    static func classify(_ error: any Error, path: String) -> StoreError {
        if let db = error as? DatabaseError {
            let detail = db.message ?? "\(db.resultCode)"
            switch db.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_FORMAT:
                return .corrupt(path: path, detail: detail)
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_IOERR:
                return .cannotOpen(path: path, detail: detail)
            default:
                return .database(path: path, detail: detail)
            }
        }
        return .database(path: path, detail: "\(error)")
    }

    // MARK: - Meta

    /// The value stored under `key` in the `meta` table, or `nil`.
    /// - Throws: ``StoreError``.
    public func meta(_ key: String) throws -> String? {
        try read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    /// Stores `value` under `key` in the `meta` table (`nil` removes it).
    /// - Throws: ``StoreError``.
    public func setMeta(_ key: String, _ value: String?) throws {
        try access { db in
            if let value {
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
            } else {
                try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
            }
        }
    }
}
