// MARK: - One billed line

/// One billed line at the finest grain: a series' charges for one line item in one window of one
/// UTC day. Costs results are sums of these rows, so any grouping adds up to the same total.
struct SimCostRow: Sendable, Equatable {
    /// Project billed.
    let projectID: String
    /// API key billed, `nil` for project-level charges (vector storage, code interpreter).
    let apiKeyID: String?
    /// Line item label, e.g. `gpt-4.1-2025-04-14, cached input` or `batch | gpt-4.1-mini-2025-04-14, output`.
    let lineItem: String
    /// Quantity in millionths of `quantityUnit` (exact).
    let quantityMicro: Int64
    /// Unit of the quantity, e.g. `tokens`, `images`, `gibibyte_hours`.
    let quantityUnit: String
    /// Amount in pico-dollars.
    let amount: PicoUSD
}
