/// Model ids as the Usage API reports them: dated snapshots such as `gpt-4.1-2025-04-14` of a
/// base model (`gpt-4.1`) — `notes/pricing.md` §2.1.
public enum ModelSnapshot {
    /// `model` without a trailing `-YYYY-MM-DD` snapshot date (ASCII digits only), or `nil` when
    /// it has none: `gpt-4.1-2025-04-14` → `gpt-4.1`; `gpt-4.1` → `nil`.
    public static func undated(_ model: String) -> String? {
        let chars = Array(model.utf8)
        guard chars.count > 11 else { return nil }
        let pattern = Array("-dddd-dd-dd".utf8)
        for (c, p) in zip(chars[(chars.count - 11)...], pattern) {
            if p == UInt8(ascii: "d") {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) else { return nil }
            } else if c != p {
                return nil
            }
        }
        return String(decoding: chars[..<(chars.count - 11)], as: UTF8.self)
    }
}
