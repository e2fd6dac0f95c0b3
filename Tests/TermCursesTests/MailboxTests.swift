import CTermSupport
import Dispatch
import Testing

@testable import TermCurses

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TermCursesTests {
    /// Whether `fd` is readable right now (`poll` with timeout 0: never waits).
    func isReadable(_ fd: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) == 1 && entry.revents & Int16(POLLIN) != 0
    }

    @Test("messages posted from several threads all arrive, each thread's in order")
    func mailboxFromThreads() throws {
        let mailbox = Mailbox<(thread: Int, index: Int)>(wake: try WakePipe())
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for index in 0..<500 { mailbox.post((thread, index)) }
        }
        let messages = mailbox.drain()
        #expect(messages.count == 8 * 500)
        for thread in 0..<8 {
            #expect(messages.filter { $0.thread == thread }.map(\.index) == Array(0..<500))
        }
        #expect(mailbox.drain().isEmpty)
    }

    @Test("a post from another thread makes the wake pipe readable; one byte per batch")
    func postWakesPoll() throws {
        let wake = try WakePipe()
        let mailbox = Mailbox<String>(wake: wake)
        #expect(!isReadable(wake.readFD))
        DispatchQueue.concurrentPerform(iterations: 1) { _ in
            mailbox.post("snapshot")
            mailbox.post("alert")
        }
        #expect(isReadable(wake.readFD))
        #expect(wake.drain() == WakePipe.Drained(quit: false, resize: false, count: 1))
        #expect(!isReadable(wake.readFD))
        #expect(mailbox.drain() == ["snapshot", "alert"])
        mailbox.post("next")
        #expect(isReadable(wake.readFD))
    }

    @Test("SIGHUP runs the C quit handler: it records the signal and writes the quit byte")
    func quitSignalWakes() throws {
        let wake = try WakePipe()
        #expect(cts_install_quit_wakeup(wake.writeFD) == 0)
        defer { cts_uninstall_wakeups() }
        _ = cts_take_quit_signal()
        // Test threads (Dispatch workers) block most signals: unblock SIGHUP on this thread so
        // `raise` delivers it synchronously, then put the mask back.
        var hangUp = sigset_t(), previousMask = sigset_t()
        sigemptyset(&hangUp)
        sigaddset(&hangUp, SIGHUP)
        pthread_sigmask(SIG_UNBLOCK, &hangUp, &previousMask)
        raise(SIGHUP)
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        #expect(cts_take_quit_signal() == SIGHUP)
        #expect(cts_take_quit_signal() == 0)
        #expect(wake.drain().quit)
    }

    @Test("stderr can be redirected to a log file and restored")
    func stderrRedirect() throws {
        let path = "/tmp/usagetop-termcurses-\(getpid()).log"
        defer { unlink(path) }
        #expect(cts_redirect_stderr(path) == 0)
        let probe = Array("probe written while curses owns the screen\n".utf8)
        _ = probe.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        cts_restore_stderr()
        guard let file = fopen(path, "r") else {
            Issue.record("log file missing")
            return
        }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 128)
        var found = false
        while fgets(&line, Int32(line.count), file) != nil {
            if String(cString: line).hasPrefix("probe written") { found = true }
        }
        #expect(found)
    }
}
