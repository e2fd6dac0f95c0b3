import ArgumentParser
import Foundation

/// Prints `usagetop: <message>` to stderr and returns the exit code to throw (2: the command
/// could not do its job — bad config, missing key, cache of another organization, no terminal).
func failure(_ message: String, code: Int32 = 2) -> ExitCode {
    FileHandle.standardError.write(Data("usagetop: \(message)\n".utf8))
    return ExitCode(code)
}
