import Dashboard
import TermUI
import UsageCore

// MARK: - What the app does before its first frame

/// The constants and steps the `usagetop` executable goes through from a warm cache to its first
/// frame (`DashboardRunner`): open the cache, build the snapshot, create the state, render.
/// Shared by the in-process benchmarks and the probes so they time the same work.
enum AppPath {
    /// The fixed clock reading every benchmark uses: 2026-11-29 12:00 UTC (Unix seconds).
    static let now: UnixSeconds = UTCCalendar.timestamp(year: 2026, month: 11, day: 29) + 12 * 3_600
    /// The organization the benchmark caches belong to.
    static let owner = CacheOwner(baseURL: "https://api.openai.com/v1", profile: "bench")
    /// The header's source line.
    static let source = SourceInfo(profile: "bench", host: "api.openai.com", isDemo: false)
    /// A 256-colour Unicode theme, as on a typical terminal.
    static let theme = Theme.make(colors: .many, unicode: true)

    /// Opens the cache file at `path` (a new `UsageStore`, as at process start).
    /// - Throws: ``StoreError``.
    static func open(_ path: String) throws -> UsageStore {
        try UsageStore(path: path, owner: owner)
    }

    /// Builds the snapshot from `store` at ``now``.
    /// - Throws: ``StoreError``.
    static func snapshot(_ store: UsageStore) throws -> DashboardSnapshot {
        try SnapshotBuilder.build(store: store, source: source, now: now)
    }

    /// Opens `path`, builds the snapshot, creates the state and renders the first frame at
    /// `width` × `height` cells on `page` (the app opens on Usage).
    /// - Returns: the open store (the app keeps it for its polls), the state and the frame.
    /// - Throws: ``StoreError``.
    static func firstFrame(path: String, width: Int = 120, height: Int = 40,
                           page: Page = .usage) throws -> (store: UsageStore, state: AppState, frame: ScreenBuffer) {
        let store = try open(path)
        let snapshot = try snapshot(store)
        var state = AppState(snapshot: snapshot, width: width, height: height)
        state.page = page
        return (store, state, RootView.render(state: state, theme: theme, width: width, height: height))
    }
}
