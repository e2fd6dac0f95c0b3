import TermUI
import UsageCore

/// The row above the key hints: the filter prompt while typing, else a flash message, else what
/// the data is (as of when, errors in full, or an explanation when there is none yet).
struct StatusLine {
    let state: AppState
    let theme: Theme

    var line: Line {
        let g = DashboardGlyphs(theme)
        if state.page == .apiKeys, let draft = state.keys.filterDraft {
            return Line(spans: [Span("Filter: /", role: .title), Span(draft), Span(g.cursor, role: .keyHint),
                                Span("   (name, project, owner or key; Enter apply, Esc clear)", role: .dim)])
        }
        if let flash = state.flash {
            return Line(flash.text, role: flash.level == .warn ? .warn : .bannerInfo)
        }
        let sync = state.snapshot.sync
        let asOf = sync.lastSuccess.map { "data as of \(UTCDateFormat.dayTime($0))" }
        switch sync.state {
        case .noData:
            return Line("No data yet: the first sync fills the cache.", role: .dim)
        case .unauthorized(let message):
            return Line("\(g.fail) \(message) — usagetop needs an Admin key (sk-admin-…) in OPENAI_ADMIN_KEY; polling stopped.", role: .error)
        case .offline(let message), .failing(let message):
            return Line("\(g.fail) \(message)" + (asOf.map { " \(g.dot) showing cached \($0)" } ?? ""), role: .error)
        case .rateLimited:
            return Line("\(g.warn) The API is rate limiting; polling waits as asked." + (asOf.map { " \(g.dot) \($0)" } ?? ""), role: .warn)
        case .ok, .syncing:
            var text = asOf.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? ""
            if SyncLabel(sync: sync, now: state.now, pollInterval: state.pollInterval, glyphs: g).isStale {
                text += " \(g.dot) older than 3 poll intervals"
                return Line(text, role: .stale)
            }
            if !text.isEmpty { text += " \(g.dot) billed costs lag a few minutes; \(g.approx) marks estimates" }
            return Line(text, role: .dim)
        }
    }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        buffer.put(line, in: area, theme: theme)
    }
}
