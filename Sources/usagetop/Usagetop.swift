import ArgumentParser

/// `usagetop`: the root command. Without a subcommand it opens the dashboard.
struct Usagetop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usagetop",
        abstract: "A terminal dashboard for OpenAI API usage, billed spend, API keys and spend limits.",
        discussion: """
            Reads the OpenAI Admin API with an Admin key (OPENAI_ADMIN_KEY, or admin_key_command in \
            $XDG_CONFIG_HOME/usagetop/config.toml) into a local SQLite cache.

              usagetop                 open the dashboard on your organization
              usagetop --demo          open it on the built-in simulated organization
              usagetop sync            sync the cache once and print what was fetched
              usagetop alerts          list alerts; `alerts ack ID`, `alerts snooze ID --for 1h`
              usagetop check           sync, then exit 0 OK / 1 WARNING / 2 CRITICAL / 3 UNKNOWN
              usagetop status-line     one short line from the cache for tmux status-right

            Every command takes --base-url, --db, --now, --speed and --profile; the dashboard also \
            takes --interval, --no-color, --ascii and --log (see `usagetop dashboard --help`).
            """,
        version: "0.1.0",
        subcommands: [DashboardCommand.self, SyncCommand.self, AlertsCommand.self, CheckCommand.self,
                      StatusLineCommand.self, KeysCommand.self, ReportCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}
