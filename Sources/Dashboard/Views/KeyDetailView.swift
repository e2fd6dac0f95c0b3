import TermUI
import UsageCore

/// One key's detail page (Enter on the API keys page; Esc goes back), DESIGN.md §3.3:
/// - facts on the left: key, project, owner and their access, created, last used, admin key
///   expiry, month-to-date spend (≈ when estimated, `unknown` when unpriced), local budget use,
///   tokens, requests, flags;
/// - on the right (below when narrow): spend per day (≈ when estimated) and tokens per day over
///   the Usage page's range, from the loaded ``KeyDetail``;
/// - at the bottom: the model mix (model, tokens, requests, ≈ cost, share) and service tiers
///   (``KeyDetailMix``).
///
/// Until the ``KeyDetail`` for the current request arrives, the range parts say `loading…`.
struct KeyDetailView {
    let key: KeySummary
    let state: AppState
    let theme: Theme

    /// The loaded detail for the current key and range, if it has arrived.
    var detail: KeyDetail? { state.keys.loadedDetail.flatMap { $0.keyID == key.id ? $0 : nil } }

    /// The key's derived facts (flags, spike, budget), computed once per snapshot.
    var facts: KeyFacts {
        state.snapshot.keys.firstIndex { $0.id == key.id }.map { state.keys.facts(at: $0) } ?? KeyFacts()
    }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let g = DashboardGlyphs(theme)
        let k = key.key
        let rangeTitle = state.usage.range.title(now: state.now)
        let block = Block(title: "Key \(g.dot) \(k.name.isEmpty ? k.redactedValue : k.name) \(g.dot) \(rangeTitle)",
                          theme: theme, focused: true, footer: "Esc back")
        block.render(in: area, into: &buffer)
        let inner = block.inner(area).inset(dx: 1, dy: 0)
        guard !inner.isEmpty else { return }

        let facts = factLines(g)
        let mix = KeyDetailMix(detail: detail, theme: theme)
        let mixHeight = min(mix.height(width: inner.width), max(0, inner.height - facts.count))
        let top = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - mixHeight)
        let bottom = Rect(x: inner.x, y: top.maxY, width: inner.width, height: mixHeight)

        // Facts on the left; charts on the right when wide, else below.
        let labelWidth = facts.map { DisplayWidth.of($0.label) }.max() ?? 0
        let valueWidth = facts.map { DisplayWidth.of($0.value) }.max() ?? 0
        let factsWidth = min(top.width, labelWidth + 2 + valueWidth)
        let wide = top.width - factsWidth - 2 >= 26
        for (i, f) in facts.enumerated() where i < top.height {
            buffer.putTruncated(f.label, x: top.x, y: top.y + i, width: labelWidth, style: theme.style(.dim))
            buffer.putTruncated(f.value, x: top.x + labelWidth + 2, y: top.y + i, width: factsWidth - labelWidth - 2,
                                style: theme.style(f.role), ellipsis: theme.glyphs.ellipsis)
        }
        let below = top.y + facts.count + 1
        let chartsArea = wide
            ? Rect(x: top.x + factsWidth + 2, y: top.y, width: top.width - factsWidth - 2, height: top.height)
            : Rect(x: top.x, y: below, width: top.width, height: max(0, top.maxY - below))
        if chartsArea.height >= 4 { drawCharts(in: chartsArea, g, into: &buffer) }
        if !bottom.isEmpty { mix.render(in: bottom, into: &buffer) }
    }

    /// `loading…` (`loading...` in ASCII) while the detail is on its way.
    static func loading(_ g: DashboardGlyphs) -> String { g.ascii ? "loading..." : "loading…" }

    // MARK: - Facts

    /// One labelled fact.
    struct Fact {
        let label: String
        let value: String
        let role: Role
    }

    /// The facts, most useful first (the list is cut at the bottom on small screens).
    func factLines(_ g: DashboardGlyphs) -> [Fact] {
        let k = key.key
        let now = state.now
        let f = facts
        var out: [Fact] = [
            Fact(label: "Key", value: k.redactedValue + (k.kind == .admin ? " (admin key)" : ""), role: .normal),
            Fact(label: "Project", value: k.kind == .admin ? "\(g.none) (admin keys belong to no project)"
                    : (key.projectName ?? k.projectID ?? g.none), role: .normal),
            Fact(label: "Owner", value: (k.owner?.label ?? g.none) + (k.owner?.role.map { " (\($0))" } ?? ""), role: .normal),
        ]
        if let access = k.ownerProjectAccess {
            out.append(Fact(label: "Owner access", value: access == "inactive" ? "inactive: the owner lost access" : access,
                            role: k.ownerLostAccess ? .warn : .normal))
        }
        out += [
            Fact(label: "Created", value: UTCDateFormat.dayTime(k.createdAt, relativeTo: now), role: .normal),
            Fact(label: "Last used", value: k.lastUsedAt.map { "\(UTCDateFormat.dayTime($0, relativeTo: now)) (\(RelativeTime.ago($0, now: now)))" }
                    ?? "never", role: k.lastUsedAt == nil ? .warn : .normal),
        ]
        if let expires = k.expiresAt {
            out.append(Fact(label: "Expires", value: "\(UTCDateFormat.dayTime(expires, relativeTo: now)) (\(RelativeTime.ago(expires, now: now)))",
                            role: expires - now < KeyFlag.expiryWarningDays * UTCCalendar.secondsPerDay ? .warn : .normal))
        }
        let spend = KeyContentWidths.spendText(key, glyphs: g.glyphs)
        var spendNote = key.spendIsEstimate ? " (estimated from tokens)"
            : (spend == KeyContentWidths.unknownSpend ? " (no price for its models)" : "")
        if KeyContentWidths.hasUnpriced(key) {
            spendNote = " (\(TokenFormat.compact(key.unpricedTokens)) tokens, \(TokenFormat.exact(key.unpricedRequests)) requests unpriced)"
        }
        out.append(Fact(label: "Spend, \(UTCDateFormat.month(now)) MTD", value: (spend == "—" ? g.none : spend) + spendNote,
                        role: key.spendIsEstimate ? .estimate : .title))
        if let budget = f.budget {
            let use = f.budgetUse
            out.append(Fact(label: "Budget (local)", value: "\(KeyContentWidths.budgetText(use)) of \(budget.formatted)",
                            role: (use ?? 0) >= 1 ? .critical : ((use ?? 0) >= 0.75 ? .warn : .normal)))
        }
        let a = key.monthActivity
        out += [
            Fact(label: "Tokens, MTD", value: "\(TokenFormat.exact(a.totalTokens)) (\(TokenFormat.compact(a.inputCached)) cached)", role: .normal),
            Fact(label: "Requests, MTD", value: TokenFormat.exact(a.requests), role: .normal),
        ]
        if let spike = f.spike {
            out.append(Fact(label: "Spike", value: "\(spike.today.formatted) today vs \(spike.median.formatted) median", role: .warn))
        }
        let otherFlags = f.flags.filter { $0 != .spike }
        if !otherFlags.isEmpty {
            out.append(Fact(label: "Flags", value: otherFlags.map(\.text).joined(separator: ", "), role: .warn))
        }
        return out
    }

    // MARK: - Charts

    /// Spend and tokens per day over the range (both when tall enough, else spend only), or
    /// `loading…` until the detail arrives.
    func drawCharts(in area: Rect, _ g: DashboardGlyphs, into buffer: inout ScreenBuffer) {
        let both = area.height >= 12
        let parts = Layout.vertical(both ? [.fill(), .fill()] : [.fill()]).split(area)
        let estimate = detail?.costIsEstimate ?? key.spendIsEstimate
        let spendTitle = (estimate ? g.approx : "") + "Spend per day, USD"
        guard let detail else {
            for (part, title) in zip(parts, [spendTitle, "Tokens per day"]) {
                let block = Block(title: title, theme: theme)
                block.render(in: part, into: &buffer)
                let inner = block.inner(part)
                buffer.put(Line(KeyDetailView.loading(g), role: .dim, alignment: .center),
                           in: inner.row(inner.height / 2), theme: theme)
            }
            return
        }
        let label = { (i: Int) in UsagePage.dayLabel(detail.days[i]) }
        let spend = detail.days.indices.map { i in
            (i < detail.dailyCost.count ? detail.dailyCost[i] : nil).map { BarColumn(segments: [$0.doubleValue], label: label(i)) }
                ?? .missing(label: label(i))
        }
        let tokens = detail.days.indices.map { i in
            (i < detail.dailyActivity.count ? detail.dailyActivity[i] : nil).map {
                BarColumn(segments: [Double($0.totalTokens)], label: label(i))
            } ?? .missing(label: label(i))
        }
        drawChart(title: spendTitle, columns: spend, label: { UsagePage.dollars($0) }, note: "no spend in this range",
                  in: parts[0], into: &buffer)
        if both {
            drawChart(title: "Tokens per day", columns: tokens, label: UsagePage.tokens, note: "no usage in this range",
                      in: parts[1], into: &buffer)
        }
    }

    func drawChart(title: String, columns: [BarColumn], label: @escaping (Double) -> String, note: String, in area: Rect,
                   into buffer: inout ScreenBuffer) {
        let block = Block(title: title, theme: theme)
        block.render(in: area, into: &buffer)
        if columns.allSatisfy(\.isMissing) {
            buffer.put(Line("No data for this key in this range.", role: .dim, alignment: .center),
                       in: block.inner(area).row(block.inner(area).height / 2), theme: theme)
            return
        }
        StackedBarChart(columns: columns, theme: theme, valueLabel: label, emptyNote: note).render(in: block.inner(area), into: &buffer)
    }
}
