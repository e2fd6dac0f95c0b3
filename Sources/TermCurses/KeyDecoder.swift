internal import CNCursesW
import TermUI

/// One decoded `wget_wch` result.
enum DecodedInput: Equatable {
    /// A key press.
    case key(Key)
    /// `KEY_RESIZE`: ncurses has already resized the screen.
    case resize
    /// Nothing the dashboard uses (mouse, unknown function keys, NUL, stray control bytes).
    case ignored
}

/// Turns `wget_wch` results into ``Key``s, so no ncurses code leaks past TermCurses.
///
/// `wget_wch` returns `OK` with a character (including control characters and non-ASCII text)
/// or `KEY_CODE_YES` with a `KEY_*` function-key code (keypad mode). Enter arrives as 13 (the
/// terminal is in `nonl` mode), 10 or `KEY_ENTER`; Backspace as 127, 8 or `KEY_BACKSPACE`.
enum KeyDecoder {
    /// Decodes one `wget_wch` result: `status` is its return value, `code` what it stored.
    static func decode(status: Int32, code: UInt32) -> DecodedInput {
        switch status {
        case KEY_CODE_YES: functionKey(Int32(bitPattern: code))
        case OK: character(code)
        default: .ignored
        }
    }

    /// A character read with `OK`.
    static func character(_ code: UInt32) -> DecodedInput {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            // Ctrl-A … Ctrl-Z (9, 10, 13 and 8 are taken above by Tab, Enter and Backspace).
            return .key(.ctrl(Character(Unicode.Scalar(UInt8(96 + code)))))
        case 0..<32, 0x80..<0xA0:
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .key(.char(Character(scalar)))
        }
    }

    /// A `KEY_*` code read with `KEY_CODE_YES`.
    static func functionKey(_ code: Int32) -> DecodedInput {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case cw_key_f(1)...cw_key_f(12): return .key(.function(Int(code - cw_key_f(0))))
        default: return .ignored
        }
    }
}
