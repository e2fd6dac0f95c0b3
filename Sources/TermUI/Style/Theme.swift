/// Maps semantic ``Role``s to concrete ``Style``s for one colour tier, and carries the glyph set.
///
/// A plain function on the tier replaces htop's `CRT_colorSchemes` table
/// (`notes/tui-architecture.md` §2.2, §4.2). In ``ColorSupport/monochrome`` only attributes are
/// used (bold, dim, reverse, underline) — never a colour — and widgets always show state as text
/// or glyph too, so nothing depends on colour alone. `NO_COLOR` maps to monochrome in the app.
public struct Theme: Sendable, Hashable {
    /// The colour tier this theme renders for.
    public let colors: ColorSupport
    /// The glyphs widgets draw chrome with.
    public let glyphs: GlyphSet

    /// Creates a theme from a tier and a glyph set.
    public init(colors: ColorSupport, glyphs: GlyphSet) {
        self.colors = colors
        self.glyphs = glyphs
    }

    /// The theme for `colors`, with ``GlyphSet/unicode`` when `unicode` else ``GlyphSet/ascii``.
    public static func make(colors: ColorSupport, unicode: Bool) -> Theme {
        Theme(colors: colors, glyphs: unicode ? .unicode : .ascii)
    }

    /// Monochrome with Unicode glyphs: the deterministic theme for tests.
    public static let plainUnicode = Theme.make(colors: .monochrome, unicode: true)
    /// Monochrome with ASCII glyphs: the deterministic theme for tests.
    public static let plainASCII = Theme.make(colors: .monochrome, unicode: false)

    /// The style of `role` in this tier.
    public func style(_ role: Role) -> Style {
        switch colors {
        case .monochrome: Theme.monochromeStyle(role)
        case .eight: Theme.eightStyle(role)
        case .many: Theme.manyStyle(role)
        }
    }

    // MARK: - Monochrome (attributes only)

    static func monochromeStyle(_ role: Role) -> Style {
        switch role {
        case .normal, .border, .tabInactive, .ok, .keyHintLabel, .series, .gaugeFill, .gaugeEmpty, .axis:
            Style()
        case .dim, .stale, .missing, .estimate:
            Style(attributes: .dim)
        case .title, .warn, .error, .keyHint, .marker:
            Style(attributes: .bold)
        case .critical:
            Style(attributes: [.bold, .underline])
        case .header:
            Style(attributes: [.bold, .underline])
        case .tabActive, .bannerWarn:
            Style(attributes: [.reverse, .bold])
        case .selection, .bannerInfo, .demo:
            Style(attributes: .reverse)
        case .bannerCritical:
            Style(attributes: [.reverse, .bold, .underline])
        }
    }

    // MARK: - Eight colours

    static let eightSeries: [Color] = [.cyan, .yellow, .green, .magenta, .blue, .red, .white]

    static func eightStyle(_ role: Role) -> Style {
        switch role {
        case .normal, .tabInactive, .keyHintLabel, .axis: Style()
        case .dim, .missing: Style(attributes: .dim)
        case .title: Style(fg: .cyan, attributes: .bold)
        case .border: Style(fg: .blue)
        case .tabActive: Style(fg: .black, bg: .cyan, attributes: .bold)
        case .header: Style(attributes: [.bold, .underline])
        case .selection: Style(fg: .black, bg: .cyan)
        case .ok: Style(fg: .green)
        case .warn: Style(fg: .yellow, attributes: .bold)
        case .critical: Style(fg: .red, attributes: .bold)
        case .stale: Style(fg: .yellow, attributes: .dim)
        case .error: Style(fg: .red, attributes: .bold)
        case .bannerInfo: Style(fg: .black, bg: .cyan)
        case .bannerWarn: Style(fg: .black, bg: .yellow, attributes: .bold)
        case .bannerCritical: Style(fg: .white, bg: .red, attributes: .bold)
        case .keyHint: Style(fg: .cyan, attributes: .bold)
        case .demo: Style(fg: .black, bg: .magenta, attributes: .bold)
        case .series(let i): Style(fg: eightSeries[Theme.cycle(i, eightSeries.count)])
        case .gaugeFill: Style(fg: .cyan)
        case .gaugeEmpty: Style(attributes: .dim)
        case .marker: Style(attributes: .bold)
        case .estimate: Style(fg: .magenta)
        }
    }

    // MARK: - 256 colours

    static let manySeries: [UInt8] = [75, 214, 114, 176, 80, 209, 149, 141]

    static func manyStyle(_ role: Role) -> Style {
        switch role {
        case .normal: Style()
        case .dim: Style(fg: .indexed(245))
        case .title: Style(fg: .indexed(75), attributes: .bold)
        case .border: Style(fg: .indexed(240))
        case .tabActive: Style(fg: .indexed(16), bg: .indexed(75), attributes: .bold)
        case .tabInactive: Style(fg: .indexed(250))
        case .header: Style(fg: .indexed(252), bg: .indexed(236), attributes: .bold)
        case .selection: Style(fg: .indexed(231), bg: .indexed(25))
        case .ok: Style(fg: .indexed(71))
        case .warn: Style(fg: .indexed(214), attributes: .bold)
        case .critical: Style(fg: .indexed(196), attributes: .bold)
        case .stale: Style(fg: .indexed(180))
        case .error: Style(fg: .indexed(203), attributes: .bold)
        case .bannerInfo: Style(fg: .indexed(16), bg: .indexed(110))
        case .bannerWarn: Style(fg: .indexed(16), bg: .indexed(214), attributes: .bold)
        case .bannerCritical: Style(fg: .indexed(231), bg: .indexed(160), attributes: .bold)
        case .keyHint: Style(fg: .indexed(75), attributes: .bold)
        case .keyHintLabel: Style(fg: .indexed(248))
        case .demo: Style(fg: .indexed(16), bg: .indexed(141), attributes: .bold)
        case .series(let i): Style(fg: .indexed(manySeries[Theme.cycle(i, manySeries.count)]))
        case .gaugeFill: Style(fg: .indexed(75))
        case .gaugeEmpty: Style(bg: .indexed(236))
        case .marker: Style(fg: .indexed(252), attributes: .bold)
        case .axis: Style(fg: .indexed(244))
        case .estimate: Style(fg: .indexed(180))
        case .missing: Style(fg: .indexed(240))
        }
    }

    static func cycle(_ i: Int, _ n: Int) -> Int { ((i % n) + n) % n }
}
