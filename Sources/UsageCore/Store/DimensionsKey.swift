/// The canonical text of a record's dimension values: the NULL-safe part of the natural key
/// of `usage_record`.
///
/// `api_key_id=key_1␟model=gpt-4.1` (U+001F between pairs, names sorted); a `null` dimension is
/// simply absent, so two rows differing only by a `null` are distinct and two rows with the same
/// `null`s collide (DESIGN.md §2, "NULL-safe").
enum DimensionsKey {
    /// The key text of `dimensions`; `""` when empty.
    static func make(_ dimensions: [Dimension: String]) -> String {
        dimensions.sorted { $0.key < $1.key }
            .map { "\($0.key.rawValue)=\($0.value)" }
            .joined(separator: "\u{1F}")
    }
}
