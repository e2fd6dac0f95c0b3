import Synchronization

// MARK: - Cache of closed days

/// Billed rows of whole UTC days, computed once. A whole day's rows never change (they are a
/// pure function of the seed and the day), so caching them is safe; partial days (today, or an
/// unaligned first bucket) are always computed fresh.
final class SimCostCache: Sendable {
    private let days = Mutex<[Int64: [SimCostRow]]>([:])

    /// The cached rows of a UTC day index, if computed before.
    func rows(day: Int64) -> [SimCostRow]? {
        days.withLock { $0[day] }
    }

    /// Stores the rows of a whole UTC day.
    func store(day: Int64, rows: [SimCostRow]) {
        days.withLock { $0[day] = rows }
    }
}
