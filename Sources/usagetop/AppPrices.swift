import Foundation
import UsageCore

/// The price table every command uses for token × price estimates (snapshots, key details,
/// reports): the bundled table compiled in (DESIGN.md §6), with the user's override file
/// `$XDG_CONFIG_HOME/usagetop/prices.json` (LiteLLM `model_prices_and_context_window.json`
/// format, USD per token) merged over it when that file exists (``PriceTable/merged(with:)``:
/// whole entries replace the bundled ones; new models are added).
///
/// Loaded once per process. Commands call ``check()`` at start, so a malformed override file
/// stops them with its path and the reason instead of being ignored.
enum AppPrices {
    /// The override file's path for the process environment.
    static var overridePath: String {
        ConfigPaths.pricesFile(environment: ProcessInfo.processInfo.environment)
    }

    /// The bundled table merged with the override file, or the file's error.
    private static let loaded: Result<PriceTable, PriceFileError> = {
        let path = overridePath
        guard FileManager.default.fileExists(atPath: path) else { return .success(.bundled) }
        return Result { () throws(PriceFileError) in PriceTable.bundled.merged(with: try PriceTable.load(path: path)) }
    }()

    /// The table to price with (the bundled one alone when the override file is malformed; the
    /// commands have stopped at ``check()`` before that matters).
    static var table: PriceTable { (try? loaded.get()) ?? .bundled }

    /// Throws the override file's error, if it has one.
    /// - Throws: ``PriceFileError`` naming the file, with the line and column of a JSON error.
    static func check() throws {
        _ = try loaded.get()
    }
}
