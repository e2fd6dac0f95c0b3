// MARK: - Bucket planning

/// Splits `[cursor, end)` into buckets: the first starts at `cursor` (possibly unaligned) and
/// ends at the next boundary; the last ends at `end` (possibly "now"). At most `limit` buckets.
enum SimBucketPlan {
    /// The buckets of one page and the start of the next page (`nil` when none).
    static func buckets(from cursor: Int64, to end: Int64, width: Int64, limit: Int)
        -> (buckets: [(start: Int64, end: Int64)], nextStart: Int64?) {
        var out: [(Int64, Int64)] = []
        var b = cursor
        while b < end, out.count < limit {
            let e = min(end, (b / width + 1) * width)
            out.append((b, e))
            b = e
        }
        return (out, b < end ? b : nil)
    }
}
