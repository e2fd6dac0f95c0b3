#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The thread that created a curses object; ncurses calls must all happen on it.
///
/// A non-Sendable class can still be *moved* to another thread (region isolation,
/// notes/tui-architecture.md §3 V11), so the terminal types check at run time, in debug builds
/// only (`assert`).
struct OwnerThread {
    private let owner = pthread_self()

    /// Stops a debug build when called from a thread other than the creator.
    func check(_ function: StaticString = #function) {
        assert(pthread_equal(owner, pthread_self()) != 0,
               "TermCurses: \(function) called off the UI thread; ncurses is single-threaded")
    }
}
