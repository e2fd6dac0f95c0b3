import Foundation
@testable import Dashboard
import Testing
import UsageCore

/// ``KeyOrdering`` precomputes its sort keys (lower-cased text, numbers) once per sort; the
/// order must be exactly the one the per-comparison comparator gave, for every column,
/// direction and filter, including ties, missing values, mixed case and sub-cent spends.
@Suite("Key ordering")
struct KeyOrderingTests {
    /// The fixture's keys plus bulk keys, with mixed-case names, missing spend, projects and
    /// owners, equal values and spends that differ by less than a cent.
    static let keys: [KeySummary] = {
        var keys = Fixture.snapshot().keys + Fixture.bulkKeys(300)
        for i in keys.indices where i % 5 == 0 {
            keys[i].key.name = keys[i].key.name.uppercased()
        }
        for i in keys.indices where i % 11 == 0 {
            keys[i].monthToDate = nil
            keys[i].projectName = nil
            keys[i].key.owner = nil
        }
        for i in keys.indices where i % 13 == 0 {
            keys[i].monthToDate = Self.usd("12.3456789012345678901")
            keys[i].key.name = "Same"
        }
        for i in keys.indices where i % 17 == 0 {
            keys[i].monthToDate = Self.usd("12.3456789012345678902")
        }
        return keys
    }()

    /// An exact amount in USD from its decimal text.
    static func usd(_ text: String) -> USD { USD(Decimal(string: text) ?? .zero) }

    /// The order as the comparator computed it before the sort keys were precomputed.
    static func reference(_ keys: [KeySummary], column: KeySortColumn, descending: Bool, filter: String) -> [Int] {
        func text(_ a: String, _ b: String) -> Int {
            let la = a.lowercased(), lb = b.lowercased()
            return la < lb ? -1 : (la > lb ? 1 : 0)
        }
        func value<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a > b ? 1 : 0) }
        func compare(_ a: KeySummary, _ b: KeySummary) -> Int {
            switch column {
            case .name: text(a.key.name, b.key.name)
            case .project: text(a.projectName ?? "", b.projectName ?? "")
            case .owner: text(a.key.owner?.label ?? "", b.key.owner?.label ?? "")
            case .created: value(a.key.createdAt, b.key.createdAt)
            case .lastUsed: value(a.key.lastUsedAt ?? .min, b.key.lastUsedAt ?? .min)
            case .spend:
                switch (a.monthToDate, b.monthToDate) {
                case (nil, nil): 0
                case (nil, _): -1
                case (_, nil): 1
                case (let x?, let y?): value(x, y)
                }
            case .tokens: value(a.monthActivity.totalTokens, b.monthActivity.totalTokens)
            case .requests: value(a.monthActivity.requests, b.monthActivity.requests)
            case .key: text(a.key.redactedValue, b.key.redactedValue)
            case .access: text(a.key.ownerProjectAccess ?? "", b.key.ownerProjectAccess ?? "")
            // Derived columns need the snapshot's facts; without them every key ties.
            case .trend, .budget, .flags: 0
            }
        }
        let needle = filter.lowercased()
        var indices = keys.indices.filter { KeyOrdering.matches(keys[$0], needle: needle) }
        indices.sort { a, b in
            let order = compare(keys[a], keys[b])
            if order != 0 { return descending ? order > 0 : order < 0 }
            let byName = text(keys[a].key.name, keys[b].key.name)
            if byName != 0 { return byName < 0 }
            return keys[a].key.id < keys[b].key.id
        }
        return indices
    }

    @Test("precomputed sort keys give the comparator's order", arguments: KeySortColumn.allCases)
    func sameOrder(column: KeySortColumn) {
        for descending in [true, false] {
            for filter in ["", "BULK-0001", "same", "search"] {
                let rows = KeyOrdering.rows(Self.keys, column: column, descending: descending, filter: filter)
                let expected = Self.reference(Self.keys, column: column, descending: descending, filter: filter)
                #expect(!rows.isEmpty, "\(column) \(descending) \(filter)")
                #expect(rows == expected, "\(column) \(descending) \(filter)")
            }
        }
    }

    @Test("spends a billionth of a cent apart still sort by their exact value")
    func subCentSpends() {
        let small = Self.keys.indices.filter { Self.keys[$0].monthToDate == Self.usd("12.3456789012345678901") }
        let large = Self.keys.indices.filter { Self.keys[$0].monthToDate == Self.usd("12.3456789012345678902") }
        #expect(!small.isEmpty && !large.isEmpty)
        let rows = KeyOrdering.rows(Self.keys, column: .spend, descending: false, filter: "")
        let lastSmall = small.compactMap { rows.firstIndex(of: $0) }.max() ?? .max
        let firstLarge = large.compactMap { rows.firstIndex(of: $0) }.min() ?? .min
        #expect(lastSmall < firstLarge)
    }
}
