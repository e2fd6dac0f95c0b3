// MARK: - Padding

extension String {
    /// Left-pads with zeros to `length` characters.
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
