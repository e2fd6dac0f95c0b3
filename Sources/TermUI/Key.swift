/// A key press, decoded from the terminal by TermCurses and mapped to actions by the dashboard's
/// key map. Pure data: no ncurses codes leak past the decoder.
public enum Key: Sendable, Hashable, CustomStringConvertible {
    /// A printable character (`q`, `/`, `1`, `[`, `é` …).
    case char(Character)
    /// Control + a letter (`ctrl("c")`), lowercase.
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    /// Function key F1…F12.
    case function(Int)

    /// How the key is written in hints and help (`q`, `Enter`, `Esc`, `↑`, `PgDn`, `^C`, `F5`).
    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "^" + String(c).uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        }
    }
}
