import CNCursesW
import TermUI
import Testing

@testable import TermCurses

extension TermCursesTests {
    @Test("characters from wget_wch (status OK) decode to keys", arguments: [
        (UInt32(UInt8(ascii: "q")), DecodedInput.key(.char("q"))),
        (UInt32(UInt8(ascii: " ")), .key(.char(" "))),
        (0xE9, .key(.char("é"))),
        (0x6F22, .key(.char("漢"))),
        (13, .key(.enter)), (10, .key(.enter)),
        (9, .key(.tab)), (27, .key(.escape)),
        (127, .key(.backspace)), (8, .key(.backspace)),
        (3, .key(.ctrl("c"))), (12, .key(.ctrl("l"))), (21, .key(.ctrl("u"))),
        (0, .ignored), (28, .ignored), (0x85, .ignored),
    ])
    func decodesCharacters(code: UInt32, expected: DecodedInput) {
        #expect(KeyDecoder.decode(status: OK, code: code) == expected)
    }

    @Test("function keys (status KEY_CODE_YES) decode to keys", arguments: [
        (KEY_UP, DecodedInput.key(.up)), (KEY_DOWN, .key(.down)),
        (KEY_LEFT, .key(.left)), (KEY_RIGHT, .key(.right)),
        (KEY_HOME, .key(.home)), (KEY_END, .key(.end)),
        (KEY_PPAGE, .key(.pageUp)), (KEY_NPAGE, .key(.pageDown)),
        (KEY_BTAB, .key(.backTab)), (KEY_ENTER, .key(.enter)),
        (KEY_BACKSPACE, .key(.backspace)), (KEY_DC, .key(.delete)),
        (KEY_F0 + 1, .key(.function(1))), (KEY_F0 + 5, .key(.function(5))),
        (KEY_F0 + 12, .key(.function(12))), (KEY_F0 + 13, .ignored),
        (KEY_RESIZE, .resize), (KEY_MOUSE, .ignored),
    ])
    func decodesFunctionKeys(code: Int32, expected: DecodedInput) {
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(bitPattern: code)) == expected)
    }

    @Test("ERR decodes to nothing")
    func decodesError() {
        #expect(KeyDecoder.decode(status: ERR, code: 0) == .ignored)
    }
}
