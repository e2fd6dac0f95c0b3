import Foundation
import GRDB

// MARK: - Projects, keys, users, spend limits and alerts

extension UsageStore {
    /// Replaces every cached project with `projects` (`GET /organization/projects?include_archived=true`).
    /// - Throws: ``StoreError``.
    public func replaceProjects(_ projects: [Project]) throws {
        try access { db in
            try db.execute(sql: "DELETE FROM project")
            for p in projects {
                try db.execute(sql: "INSERT OR REPLACE INTO project (id, name, created_at, archived_at, status) VALUES (?, ?, ?, ?, ?)",
                               arguments: [p.id, p.name, p.createdAt, p.archivedAt, p.status])
            }
        }
    }

    /// Every cached project, ordered by name then id.
    /// - Throws: ``StoreError``.
    public func projects() throws -> [Project] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, created_at, archived_at, status FROM project ORDER BY name, id").map {
                Project(id: $0[0], name: $0[1], createdAt: $0[2], archivedAt: $0[3], status: $0[4])
            }
        }
    }

    /// Replaces the cached keys of one project (`projectID`) or, when `projectID` is `nil`, the
    /// admin keys, with `keys`. Only redacted values are stored.
    /// - Throws: ``StoreError``.
    public func replaceAPIKeys(projectID: String?, _ keys: [APIKey]) throws {
        try access { db in
            if let projectID {
                try db.execute(sql: "DELETE FROM api_key WHERE kind = 'project' AND project_id = ?", arguments: [projectID])
            } else {
                try db.execute(sql: "DELETE FROM api_key WHERE kind = 'admin'")
            }
            for k in keys {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO api_key (id, kind, name, redacted_value, project_id, created_at, last_used_at,
                      expires_at, owner_kind, owner_id, owner_name, owner_email, owner_role, owner_project_access)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [k.id, k.kind.rawValue, k.name, k.redactedValue, projectID ?? k.projectID, k.createdAt,
                                     k.lastUsedAt, k.expiresAt, k.owner?.kind.rawValue, k.owner?.id, k.owner?.name,
                                     k.owner?.email, k.owner?.role, k.ownerProjectAccess])
            }
        }
    }

    /// Removes cached project keys whose project is not among `projectIDs` (a deleted project).
    /// - Throws: ``StoreError``.
    public func removeKeys(ofProjectsNotIn projectIDs: Set<String>) throws {
        try access { db in
            let known = try String.fetchAll(db, sql: "SELECT DISTINCT project_id FROM api_key WHERE kind = 'project' AND project_id IS NOT NULL")
            for id in known where !projectIDs.contains(id) {
                try db.execute(sql: "DELETE FROM api_key WHERE kind = 'project' AND project_id = ?", arguments: [id])
            }
        }
    }

    /// Every cached key (project and admin), ordered by name then id.
    /// - Throws: ``StoreError``.
    public func apiKeys() throws -> [APIKey] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, kind, name, redacted_value, project_id, created_at, last_used_at, expires_at,
                       owner_kind, owner_id, owner_name, owner_email, owner_role, owner_project_access
                FROM api_key ORDER BY name, id
                """).map { row in
                let ownerKind: String? = row[8]
                let owner = ownerKind.flatMap(KeyOwner.Kind.init(rawValue:)).map {
                    KeyOwner(kind: $0, id: row[9], name: row[10], email: row[11], role: row[12])
                }
                let kindText: String = row[1]
                return APIKey(id: row[0], kind: APIKey.Kind(rawValue: kindText) ?? .project, name: row[2],
                              redactedValue: row[3], projectID: row[4], createdAt: row[5], lastUsedAt: row[6],
                              expiresAt: row[7], owner: owner, ownerProjectAccess: row[13])
            }
        }
    }

    /// Replaces every cached organization user.
    /// - Throws: ``StoreError``.
    public func replaceUsers(_ users: [OrgUser]) throws {
        try access { db in
            try db.execute(sql: "DELETE FROM org_user")
            for u in users {
                try db.execute(sql: "INSERT OR REPLACE INTO org_user (id, name, email, role, added_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [u.id, u.name, u.email, u.role, u.addedAt])
            }
        }
    }

    /// Every cached organization user, ordered by email then id.
    /// - Throws: ``StoreError``.
    public func users() throws -> [OrgUser] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, email, role, added_at FROM org_user ORDER BY email, id").map {
                OrgUser(id: $0[0], name: $0[1], email: $0[2], role: $0[3], addedAt: $0[4])
            }
        }
    }

    /// Sets (or, with `nil`, clears) the spend limit of the organization (`projectID == nil`) or of one project.
    /// - Throws: ``StoreError``.
    public func setSpendLimit(projectID: String?, _ limit: SpendLimit?) throws {
        try access { db in
            try db.execute(sql: "DELETE FROM spend_limit WHERE scope = ?", arguments: [projectID ?? ""])
            if let limit {
                try db.execute(sql: "INSERT INTO spend_limit (scope, threshold, interval, enforcement) VALUES (?, ?, ?, ?)",
                               arguments: [projectID ?? "", limit.threshold.value.description, limit.interval, limit.enforcement])
            }
        }
    }

    /// Every cached spend limit; the organization's has `projectID == nil`.
    /// - Throws: ``StoreError``.
    public func spendLimits() throws -> [SpendLimit] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT scope, threshold, interval, enforcement FROM spend_limit ORDER BY scope").compactMap { row in
                let scope: String = row[0]
                let threshold: String = row[1]
                guard let value = Decimal(string: threshold) else { return nil }
                return SpendLimit(projectID: scope.isEmpty ? nil : scope, threshold: USD(value),
                                  interval: row[2], enforcement: row[3])
            }
        }
    }

    /// Replaces the spend alerts of the organization (`projectID == nil`) or of one project.
    /// - Throws: ``StoreError``.
    public func replaceSpendAlerts(projectID: String?, _ alerts: [SpendAlert]) throws {
        let encoder = JSONEncoder()
        try access { db in
            try db.execute(sql: "DELETE FROM spend_alert WHERE scope = ?", arguments: [projectID ?? ""])
            for a in alerts {
                let recipients = String(decoding: try encoder.encode(a.recipients), as: UTF8.self)
                try db.execute(sql: "INSERT OR REPLACE INTO spend_alert (scope, id, threshold, interval, recipients) VALUES (?, ?, ?, ?, ?)",
                               arguments: [projectID ?? "", a.id, a.threshold.value.description, a.interval, recipients])
            }
        }
    }

    /// Every cached spend alert; the organization's have `projectID == nil`.
    /// - Throws: ``StoreError``.
    public func spendAlerts() throws -> [SpendAlert] {
        let decoder = JSONDecoder()
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT scope, id, threshold, interval, recipients FROM spend_alert ORDER BY scope, id").compactMap { row in
                let scope: String = row[0]
                let threshold: String = row[2]
                let recipientsText: String = row[4]
                guard let value = Decimal(string: threshold) else { return nil }
                let recipients = (try? decoder.decode([String].self, from: Data(recipientsText.utf8))) ?? []
                return SpendAlert(id: row[1], projectID: scope.isEmpty ? nil : scope, threshold: USD(value),
                                  interval: row[3], recipients: recipients)
            }
        }
    }
}
