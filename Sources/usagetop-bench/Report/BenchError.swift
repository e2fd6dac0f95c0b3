// MARK: - Errors

/// A benchmark that could not run as set up (e.g. the state is not on the page it should be);
/// the run stops and prints the table so far with this message.
struct BenchError: Error, CustomStringConvertible {
    /// What went wrong.
    var description: String

    /// Creates an error with `description`.
    init(_ description: String) { self.description = description }
}
