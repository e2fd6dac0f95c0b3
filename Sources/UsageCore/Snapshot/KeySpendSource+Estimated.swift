// MARK: - Billed or estimated

extension KeySpendSource {
    /// Whether per-key spend is a token × price estimate (``estimated(reason:)``).
    public var isEstimated: Bool {
        if case .estimated = self { return true }
        return false
    }
}
