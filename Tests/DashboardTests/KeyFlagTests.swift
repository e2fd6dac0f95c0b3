@testable import Dashboard
import Testing
import UsageCore

@Suite("Key flags")
struct KeyFlagTests {
    let now: UnixSeconds = 2_000_000_000
    let day = UTCCalendar.secondsPerDay

    func key(lastUsed: UnixSeconds?, expires: UnixSeconds? = nil, access: String? = "active", kind: APIKey.Kind = .project) -> APIKey {
        APIKey(id: "key_t", kind: kind, name: "t", redactedValue: "sk-proj-…test", projectID: "proj_t", createdAt: now - 100 * day,
               lastUsedAt: lastUsed, expiresAt: expires, owner: nil, ownerProjectAccess: access)
    }

    @Test("never used, idle from 30 days, not idle before")
    func usage() {
        #expect(KeyFlag.flags(for: key(lastUsed: nil), now: now) == [.neverUsed])
        #expect(KeyFlag.flags(for: key(lastUsed: now - 30 * day), now: now) == [.idle(days: 30)])
        #expect(KeyFlag.flags(for: key(lastUsed: now - 30 * day + 1), now: now).isEmpty)
    }

    @Test("owner lost access and admin expiry, most serious first")
    func access() {
        #expect(KeyFlag.flags(for: key(lastUsed: now, access: "inactive"), now: now) == [.ownerLostAccess])
        let soon = key(lastUsed: now, expires: now + 9 * day + 60, access: nil, kind: .admin)
        #expect(KeyFlag.flags(for: soon, now: now) == [.expiresSoon(days: 9)])
        #expect(KeyFlag.expiresSoon(days: 9).text == "expires in 9 d")
        #expect(KeyFlag.expiresSoon(days: 9).shortText == "exp in 9d")
        #expect(KeyFlag.ownerLostAccess.shortText == "owner left")
        #expect(KeyFlag.allShortTextsFit)
        let later = key(lastUsed: now, expires: now + 14 * day, access: nil, kind: .admin)
        #expect(KeyFlag.flags(for: later, now: now).isEmpty)
        let gone = key(lastUsed: nil, expires: now - 1, access: "inactive", kind: .admin)
        #expect(KeyFlag.flags(for: gone, now: now) == [.expired, .ownerLostAccess, .neverUsed])
    }
}
