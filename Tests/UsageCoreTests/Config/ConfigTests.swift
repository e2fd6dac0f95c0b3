import Foundation
import Testing
@testable import UsageCore

@Suite("Configuration, paths, Admin key source and redaction")
struct ConfigTests {
    @Test("every key parses")
    func parsesAllKeys() throws {
        let config = try AppConfig.parse("""
            # usagetop
            base_url = "http://127.0.0.1:8787/v1"
            profile = "work"
            admin_key_command = "pass show openai/admin"
            poll_interval_seconds = 120
            db_path = "/tmp/u.sqlite"
            backfill_months = 3
            unknown_key = true
            """, path: "/cfg/config.toml")
        #expect(config == AppConfig(baseURL: "http://127.0.0.1:8787/v1", profile: "work", adminKeyCommand: "pass show openai/admin",
                                    pollIntervalSeconds: 120, dbPath: "/tmp/u.sqlite", backfillMonths: 3))
    }

    @Test("a missing file gives the defaults")
    func missingFile() throws {
        let config = try AppConfig.load(path: Fixture.tempDirectory() + "/config.toml")
        #expect(config == AppConfig())
        #expect(config.baseURL == "https://api.openai.com/v1")
        #expect(config.pollIntervalSeconds == 60)
        #expect(config.profile == "default")
    }

    @Test("a malformed file names the path and the line")
    func malformed() throws {
        let dir = Fixture.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/config.toml"
        try "profile = \"a\"\nbase_url = \"unterminated\npoll_interval_seconds = 60\n".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try AppConfig.load(path: path)
            Issue.record("a malformed file loaded")
        } catch let error as ConfigError {
            guard case .malformed(let p, let line, _, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(p == path)
            #expect(line == 2)
            #expect(error.description.hasPrefix("\(path):2:"))
        }
    }

    @Test("a value of the wrong type names the key and its line")
    func wrongType() {
        #expect(throws: ConfigError.invalidValue(path: "c.toml", line: 2, key: "poll_interval_seconds", message: "expected an integer")) {
            try AppConfig.parse("profile = \"x\"\npoll_interval_seconds = \"60\"\n", path: "c.toml")
        }
        #expect(throws: ConfigError.self) { try AppConfig.parse("poll_interval_seconds = 1", path: "c.toml") }
        #expect(throws: ConfigError.self) { try AppConfig.parse("base_url = 5", path: "c.toml") }
    }

    @Test("paths follow XDG, with home-relative defaults")
    func paths() {
        let xdg = ["HOME": "/home/ana", "XDG_CONFIG_HOME": "/cfg", "XDG_DATA_HOME": "/data/"]
        #expect(ConfigPaths.configFile(environment: xdg) == "/cfg/usagetop/config.toml")
        #expect(ConfigPaths.database(environment: xdg, demo: false) == "/data/usagetop/usagetop.sqlite")
        #expect(ConfigPaths.database(environment: xdg, demo: true) == "/data/usagetop/demo.sqlite")
        let home = ["HOME": "/home/ana", "XDG_DATA_HOME": "relative/ignored"]
        #expect(ConfigPaths.configFile(environment: home) == "/home/ana/.config/usagetop/config.toml")
        #expect(ConfigPaths.dataDirectory(environment: home) == "/home/ana/.local/share/usagetop")
        #expect(ConfigPaths.database(environment: home, demo: false, override: "~/x.sqlite") == "/home/ana/x.sqlite")
        #expect(ConfigPaths.database(environment: home, demo: false, override: "/tmp/y.sqlite") == "/tmp/y.sqlite")
    }

    @Test("the key comes from OPENAI_ADMIN_KEY first")
    func keyFromEnvironment() throws {
        let config = AppConfig(adminKeyCommand: "exit 1")
        let key = try AdminKeySource.resolve(config: config, environment: ["OPENAI_ADMIN_KEY": " sk-admin-test\n"], configPath: "c")
        #expect(key == "sk-admin-test")
    }

    @Test("else from admin_key_command's standard output, trimmed")
    func keyFromCommand() throws {
        let config = AppConfig(adminKeyCommand: "printf '  sk-admin-test  \\n'")
        #expect(try AdminKeySource.resolve(config: config, environment: [:], configPath: "c") == "sk-admin-test")
    }

    @Test("a failing or silent command, or no source at all, is a clear error")
    func keyErrors() {
        #expect(throws: ConfigError.adminKeyCommandFailed(message: "exited with status 3")) {
            try AdminKeySource.resolve(config: AppConfig(adminKeyCommand: "exit 3"), environment: [:], configPath: "c")
        }
        #expect(throws: ConfigError.adminKeyCommandFailed(message: "it printed nothing")) {
            try AdminKeySource.resolve(config: AppConfig(adminKeyCommand: "true"), environment: [:], configPath: "c")
        }
        #expect(throws: ConfigError.adminKeyMissing(configPath: "/cfg/config.toml")) {
            try AdminKeySource.resolve(config: AppConfig(), environment: ["OPENAI_ADMIN_KEY": ""], configPath: "/cfg/config.toml")
        }
    }

    @Test("redaction removes the known key and anything key-shaped, keeping redacted values intact")
    func redaction() {
        let r = Redaction(secrets: ["sk-admin-test"])
        #expect(r.redact("bad key sk-admin-test!") == "bad key [REDACTED]!")
        #expect(!Redaction.keyShaped.redact("key sk-proj-FAKEKEYFAKEKEYFAKEKEY9f2c here").contains("FAKEKEYFAK"))
        #expect(Redaction.keyShaped.redact("key sk-proj-FAKEKEYFAKEKEYFAKEKEY9f2c here") == "key sk-…9f2c here")
        #expect(Redaction.keyShaped.redact("sk-proj-…9f2c and sk-admin...def") == "sk-proj-…9f2c and sk-admin...def")
        #expect(Redaction.keyShaped.redact("no secrets") == "no secrets")
    }
}
