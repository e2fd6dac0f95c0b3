import ArgumentParser

/// `usagetop`: the root command. Without a subcommand it opens the dashboard.
struct Usagetop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usagetop",
        abstract: "A terminal dashboard for OpenAI API usage, billed spend, API keys and spend limits.",
        discussion: """
            Reads the OpenAI Admin API with an Admin key (OPENAI_ADMIN_KEY, or admin_key_command in \
            $XDG_CONFIG_HOME/usagetop/config.toml) into a local SQLite cache. `usagetop --demo` shows a \
            built-in simulated organization instead.
            """,
        subcommands: [DashboardCommand.self, SyncCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}
