internal import CTermSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The self-pipe that wakes the UI thread out of `poll(2)`: mailbox posts and the C signal
/// handlers write one byte to it (notes/tui-architecture.md §4.3).
///
/// Both ends are non-blocking and close-on-exec. The descriptors stay open until the last
/// reference goes away, so a background thread still holding a ``Mailbox`` never writes into a
/// descriptor number that has been reused.
final class WakePipe: Sendable {
    /// The end the event loop polls and drains.
    let readFD: Int32
    /// The end writers (mailbox, signal handlers) write one byte to.
    let writeFD: Int32

    /// What the drained bytes said.
    struct Drained: Equatable {
        /// A SIGINT/SIGTERM/SIGHUP handler wrote ``CTS_WAKE_QUIT``.
        var quit = false
        /// The SIGWINCH handler wrote ``CTS_WAKE_WINCH``.
        var resize = false
        /// Number of bytes read.
        var count = 0
    }

    /// Creates the pipe.
    /// - Throws: ``TerminalError/system(call:errno:)`` when `pipe2` fails (e.g. EMFILE).
    init() throws(TerminalError) {
        var fds: [Int32] = [-1, -1]
        guard cts_make_wake_pipe(&fds) == 0 else {
            throw .system(call: "pipe2", errno: errno)
        }
        readFD = fds[0]
        writeFD = fds[1]
    }

    deinit {
        close(readFD)
        close(writeFD)
    }

    /// Writes one byte; never blocks (a full pipe already wakes the reader).
    func wake(_ byte: UInt8 = UInt8(CTS_WAKE_POST)) {
        _ = cts_wake(writeFD, byte)
    }

    /// Reads every pending byte without blocking and reports what they meant.
    func drain() -> Drained {
        var result = Drained()
        var chunk = [UInt8](repeating: 0, count: 64)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(readFD, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            for byte in chunk[0..<n] {
                if byte == UInt8(CTS_WAKE_QUIT) { result.quit = true }
                if byte == UInt8(CTS_WAKE_WINCH) { result.resize = true }
            }
            result.count += n
        }
        return result
    }
}
