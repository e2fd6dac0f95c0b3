/// Where usagetop keeps its configuration and cache (XDG Base Directory; DESIGN.md §6).
///
/// - configuration: `$XDG_CONFIG_HOME/usagetop/config.toml`, default `~/.config/usagetop/config.toml`;
/// - cache folder: `$XDG_DATA_HOME/usagetop/`, default `~/.local/share/usagetop/`, holding
///   `usagetop.sqlite` for a real organization and `demo.sqlite` for `--demo`.
/// Relative `XDG_*` values are ignored, as the specification requires.
public enum ConfigPaths {
    /// The configuration file path for `environment`.
    public static func configFile(environment: [String: String]) -> String {
        base("XDG_CONFIG_HOME", fallback: ".config", environment) + "/usagetop/config.toml"
    }

    /// The user's price override file (LiteLLM format, USD per token) for `environment`:
    /// `prices.json` beside ``configFile(environment:)``.
    public static func pricesFile(environment: [String: String]) -> String {
        base("XDG_CONFIG_HOME", fallback: ".config", environment) + "/usagetop/prices.json"
    }

    /// The cache folder for `environment` (no trailing `/`).
    public static func dataDirectory(environment: [String: String]) -> String {
        base("XDG_DATA_HOME", fallback: ".local/share", environment) + "/usagetop"
    }

    /// The cache file: `override` (`--db` or `db_path`) when given, else `usagetop.sqlite`, or
    /// `demo.sqlite` when `demo`, in ``dataDirectory(environment:)``. A leading `~/` of
    /// `override` is expanded.
    public static func database(environment: [String: String], demo: Bool, override: String? = nil) -> String {
        if let override, !override.isEmpty {
            return override.hasPrefix("~/") ? home(environment) + override.dropFirst(1) : override
        }
        return dataDirectory(environment: environment) + (demo ? "/demo.sqlite" : "/usagetop.sqlite")
    }

    private static func base(_ variable: String, fallback: String, _ environment: [String: String]) -> String {
        if let value = environment[variable], value.hasPrefix("/") {
            var v = value
            while v.count > 1 && v.hasSuffix("/") { v.removeLast() }
            return v
        }
        return home(environment) + "/" + fallback
    }

    private static func home(_ environment: [String: String]) -> String {
        var h = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/"
        while h.count > 1 && h.hasSuffix("/") { h.removeLast() }
        return h == "/" ? "" : h
    }
}
