import CTermSupport
import TermUI
import Testing

@testable import TermCurses

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe standing in for the tty: the test writes key bytes, ncurses reads them.
private final class InputPipe {
    let readFD: Int32
    private(set) var writeFD: Int32

    init() {
        var fds: [Int32] = [-1, -1]
        precondition(pipe(&fds) == 0)
        readFD = fds[0]
        writeFD = fds[1]
    }

    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(writeFD, $0.baseAddress, $0.count) }
    }

    func hangUp() {
        close(writeFD)
        writeFD = -1
    }

    deinit {
        close(readFD)
        if writeFD >= 0 { close(writeFD) }
    }
}

/// What a loop run saw.
private struct Recorder {
    var events: [String] = []
    var renders: [String] = []

    mutating func render(_ width: Int, _ height: Int) -> ScreenBuffer {
        renders.append("\(width)x\(height)")
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.put("frame \(renders.count)", x: 0, y: 0)
        return buffer
    }
}

private func describe<M>(_ event: LoopEvent<M>) -> String {
    switch event {
    case .key(let key): "key \(key)"
    case .resize(let width, let height): "resize \(width)x\(height)"
    case .message(let message): "message \(message)"
    case .quitRequested: "quit requested"
    case .timer(let timer): "timer \(timer.id)"
    }
}

extension TermCursesTests {
    @Test("one wake-up delivers keys (escape sequences decoded), then messages, then renders once")
    func loopDeliversKeysThenMessages() throws {
        let input = InputPipe()
        try withHeadless(inputFD: input.readFD) { terminal in
            let loop = EventLoop(terminal: terminal)
            let mailbox = Mailbox<Int>(terminal: terminal)
            input.type("a漢\u{1B}OA\u{1B}[Z\r")
            mailbox.post(1)
            mailbox.post(2)
            var recorder = Recorder()
            let exit = loop.run(mailbox: mailbox, handle: { event in
                recorder.events.append(describe(event))
                if case .message(2) = event { return .quit }
                return .redraw
            }, render: { recorder.render($0, $1) })
            #expect(exit == .quit)
            #expect(recorder.events == [
                "key a", "key 漢", "key ↑", "key S-Tab", "key Enter", "message 1", "message 2",
            ])
            #expect(recorder.renders == ["20x5"])
            #expect(terminal.screenContents().line(0).hasPrefix("frame 1"))
        }
    }

    @Test("a resize arrives as an event with the new size and the next frame has that size")
    func loopReportsResize() throws {
        let input = InputPipe()
        try withHeadless(inputFD: input.readFD) { terminal in
            let loop = EventLoop(terminal: terminal)
            let mailbox = Mailbox<String>(terminal: terminal)
            mailbox.post("resize")
            var recorder = Recorder()
            let exit = loop.run(mailbox: mailbox, handle: { event in
                recorder.events.append(describe(event))
                switch event {
                case .message("resize"):
                    terminal.resize(width: 30, height: 8)
                    mailbox.post("after")
                    return .idle
                case .message("stop"):
                    return .quit
                case .message("after"):
                    mailbox.post("stop")  // arrives after this wake-up's frame
                    return .idle
                default:
                    return .idle
                }
            }, render: { recorder.render($0, $1) })
            #expect(exit == .quit)
            #expect(recorder.events == ["message resize", "resize 30x8", "message after", "message stop"])
            #expect(recorder.renders == ["20x5", "30x8"])
            #expect(terminal.screenContents().line(0).hasPrefix("frame 2"))
        }
    }

    @Test("due timers fire in order; cancelled and future ones do not")
    func loopFiresTimers() throws {
        let input = InputPipe()
        try withHeadless(inputFD: input.readFD) { terminal in
            let loop = EventLoop(terminal: terminal)
            let mailbox = Mailbox<Int>(terminal: terminal)
            let first = loop.scheduleTimer(after: .zero)
            let cancelled = loop.scheduleTimer(after: .zero)
            let second = loop.scheduleTimer(after: .milliseconds(1))
            loop.scheduleTimer(after: .seconds(3600))
            loop.cancelTimer(cancelled)
            var fired: [LoopTimer] = []
            let exit = loop.run(mailbox: mailbox, handle: { event in
                guard case .timer(let timer) = event else { return .idle }
                fired.append(timer)
                return timer == second ? .quit : .idle
            }, render: { ScreenBuffer(width: $0, height: $1) })
            #expect(exit == .quit)
            #expect(fired == [first, second])
        }
    }

    @Test("the quit byte from the signal handler becomes quitRequested")
    func loopReportsQuitSignal() throws {
        let input = InputPipe()
        try withHeadless(inputFD: input.readFD) { terminal in
            let loop = EventLoop(terminal: terminal)
            let mailbox = Mailbox<Int>(terminal: terminal)
            terminal.wake.wake(UInt8(CTS_WAKE_QUIT))
            var events: [String] = []
            let exit = loop.run(mailbox: mailbox, handle: { event in
                events.append(describe(event))
                return .quit
            }, render: { ScreenBuffer(width: $0, height: $1) })
            #expect(exit == .quit)
            #expect(events == ["quit requested"])
        }
    }

    @Test("keys typed before a hang-up are delivered, then the loop ends with inputClosed")
    func loopEndsOnHangUp() throws {
        let input = InputPipe()
        try withHeadless(inputFD: input.readFD) { terminal in
            let loop = EventLoop(terminal: terminal)
            let mailbox = Mailbox<Int>(terminal: terminal)
            input.type("x")
            input.hangUp()
            var events: [String] = []
            let exit = loop.run(mailbox: mailbox, handle: { event in
                events.append(describe(event))
                return .idle
            }, render: { ScreenBuffer(width: $0, height: $1) })
            #expect(exit == .inputClosed)
            #expect(events == ["key x"])
        }
    }
}
