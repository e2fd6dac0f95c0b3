import TermUI

// MARK: - Rendering widgets for assertions

/// Renders `widget` into a fresh blank buffer of `width` × `height` (after
/// ``withUTF8Locale()``) and returns the buffer, for `textDump`/`styleDump` assertions.
public func renderBuffer(_ widget: some Widget, width: Int, height: Int) -> ScreenBuffer {
    withUTF8Locale()
    var buffer = ScreenBuffer(width: width, height: height)
    widget.render(in: buffer.area, into: &buffer)
    return buffer
}

/// Renders `widget` into a fresh buffer of `width` × `height` and returns its ``ScreenBuffer/textDump``.
public func render(_ widget: some Widget, width: Int, height: Int) -> String {
    renderBuffer(widget, width: width, height: height).textDump
}

/// Renders a stateful `widget` into a fresh buffer of `width` × `height` with `state` (which the
/// widget may correct) and returns the buffer's ``ScreenBuffer/textDump``.
public func render<W: StatefulWidget>(_ widget: W, width: Int, height: Int, state: inout W.State) -> String {
    withUTF8Locale()
    var buffer = ScreenBuffer(width: width, height: height)
    widget.render(in: buffer.area, into: &buffer, state: &state)
    return buffer.textDump
}

/// The ``ScreenBuffer/textDump`` form of `lines`: each wrapped in `|…|`, joined by newlines —
/// ratatui's `Buffer::with_lines` for inline expectations.
public func dump(_ lines: [String]) -> String {
    lines.map { "|" + $0 + "|" }.joined(separator: "\n")
}
