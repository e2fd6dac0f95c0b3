/// How many colours the terminal can show: the three tiers a ``Theme`` maps roles onto.
///
/// The app picks the tier from ncurses (`has_colors()`, `COLORS`) and `NO_COLOR`
/// (`notes/tui-architecture.md` §4.5): no colours or `NO_COLOR` → ``monochrome``,
/// fewer than 256 → ``eight``, otherwise ``many``.
public enum ColorSupport: Sendable, Hashable, CaseIterable {
    /// Attributes only (bold, dim, reverse, underline); never a colour.
    case monochrome
    /// The 8 ANSI colours plus attributes.
    case eight
    /// The xterm 256-colour palette.
    case many
}
