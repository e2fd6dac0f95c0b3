import Foundation

/// Finds the Admin key (DESIGN.md §6): `OPENAI_ADMIN_KEY` from the environment, else the first
/// line printed by `admin_key_command`.
///
/// The command is the user's own and runs as `/bin/sh -c <command>`; the key travels only through
/// its standard output, never as an argument to any child process. The key is returned to the
/// caller (to hand to ``AdminAPIClient``) and must not be logged or stored.
public enum AdminKeySource {
    /// The environment variable checked first.
    public static let environmentVariable = "OPENAI_ADMIN_KEY"

    /// The Admin key from `environment`, else from `config.adminKeyCommand`.
    /// - Parameters:
    ///   - configPath: the configuration path, named in the error when no key is found.
    /// - Throws: ``ConfigError/adminKeyMissing(configPath:)`` when neither gives a key;
    ///   ``ConfigError/adminKeyCommandFailed(message:)`` when the command fails or prints nothing.
    public static func resolve(config: AppConfig, environment: [String: String], configPath: String) throws -> String {
        if let key = environment[environmentVariable]?.trimmingCharacters(in: .whitespacesAndNewlines), !key.isEmpty {
            return key
        }
        guard let command = config.adminKeyCommand else {
            throw ConfigError.adminKeyMissing(configPath: configPath)
        }
        return try run(command: command)
    }

    /// Runs `command` with `/bin/sh -c`, inheriting standard input and error, and returns the first
    /// non-empty line of its standard output, trimmed.
    /// - Throws: ``ConfigError/adminKeyCommandFailed(message:)``.
    public static func run(command: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let stdout = Pipe()
        process.standardOutput = stdout
        do {
            try process.run()
        } catch {
            throw ConfigError.adminKeyCommandFailed(message: "cannot start /bin/sh: \(error.localizedDescription)")
        }
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw ConfigError.adminKeyCommandFailed(message: "exited with status \(process.terminationStatus)")
        }
        let output = String(decoding: data, as: UTF8.self)
        let line = output.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
        guard let line else {
            throw ConfigError.adminKeyCommandFailed(message: "it printed nothing")
        }
        return line
    }
}
