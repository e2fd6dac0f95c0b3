import UsageCore

/// The price table the app uses for token × price estimates (key details, reports): the bundled
/// one, compiled in (DESIGN.md §6). There is no user override file yet; when one is added it is
/// merged here (``PriceTable/merged(with:)``), in one place for every command.
enum AppPrices {
    /// ``PriceTable/bundled``, parsed once on first use (off the UI thread).
    static let table: PriceTable = .bundled
}
