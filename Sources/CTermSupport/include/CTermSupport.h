// CTermSupport — the small amount of C usagetop needs outside ncurses itself:
// display width (libc wcwidth, the table ncursesw uses), and (TermCurses) the wake pipe, signal
// handlers that write to it, crash-time terminal restore and stderr redirection.
// Signal handlers use async-signal-safe calls only (write, tcsetattr, sigaction, raise, dup2).
// See notes/tui-architecture.md §4.3 and §4.5.
#ifndef CTERMSUPPORT_H
#define CTERMSUPPORT_H

#include <stdint.h>
#include <stddef.h>
#include <stdio.h>

/// Columns the code point `c` occupies in the current LC_CTYPE locale: 0, 1, 2, or -1 when it
/// is not printable (libc `wcwidth`). Call `setlocale(LC_ALL, "")` (or LC_CTYPE) first.
int cts_wcwidth(uint32_t c);

// MARK: - Wake pipe

/// The bytes written to the wake pipe.
enum {
    /// A mailbox message is waiting.
    CTS_WAKE_POST = 'p',
    /// The SIGINT/SIGTERM/SIGHUP handler ran.
    CTS_WAKE_QUIT = 'q',
    /// The SIGWINCH handler ran (after ncurses' own handler).
    CTS_WAKE_WINCH = 'w'
};

/// Creates a pipe with both ends O_CLOEXEC | O_NONBLOCK (`pipe2`). `fds[0]` reads, `fds[1]`
/// writes. Returns 0, or -1 with errno set.
int cts_make_wake_pipe(int fds[2]);

/// Writes one byte to `fd`, retrying on EINTR; never blocks on a non-blocking fd (a full pipe
/// already wakes its reader). Async-signal-safe. Returns 0, or -1 with errno set.
int cts_wake(int fd, unsigned char byte);

// MARK: - Quit and resize signals

/// Installs handlers for SIGINT, SIGTERM and SIGHUP that record the signal and write
/// `CTS_WAKE_QUIT` to `fd`. Call before `newterm`, so ncurses does not install its own
/// endwin-and-exit handler. Returns 0, or -1 with errno set.
int cts_install_quit_wakeup(int fd);

/// Unblocks SIGINT, SIGTERM, SIGHUP and SIGWINCH in the calling thread's signal mask.
/// A process can inherit a mask with them blocked (e.g. when spawned from a thread of a
/// thread pool); then resizes and quit signals would never arrive. Returns 0 or -1 (errno).
int cts_unblock_terminal_signals(void);

/// The last quit signal received since the previous call (SIGINT/SIGTERM/SIGHUP), or 0;
/// clears it.
int cts_take_quit_signal(void);

/// Installs a SIGWINCH handler that first calls the handler found in place (ncurses' own,
/// installed by `newterm`) and then writes `CTS_WAKE_WINCH` to `fd`. Call after `newterm`.
/// Returns 0, or -1 with errno set.
int cts_install_winch_wakeup(int fd);

/// Restores the handlers that `cts_install_quit_wakeup` and `cts_install_winch_wakeup`
/// replaced (no-op for ones never installed).
void cts_uninstall_wakeups(void);

// MARK: - Terminal modes and crash restore

/// Saves the termios of `fd` for `cts_restore_tty` and the crash handler. Returns 0, or -1
/// with errno set (e.g. ENOTTY).
int cts_save_tty(int fd);

/// Restores the termios saved by `cts_save_tty` (no-op if nothing was saved). Async-signal-safe.
void cts_restore_tty(void);

/// Installs handlers for SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT and SIGTRAP that write
/// `restore` (at most 255 bytes: precomputed sgr0/cnorm/rmkx/rmcup) to `out_fd`, restore the
/// saved termios and the original stderr, then put the previous handler back and let the signal
/// reach it (a fault re-executes; a sent signal is re-raised). Also registers (once) an
/// `atexit` hook doing the same restore while installed. Returns 0, or -1 with errno set.
int cts_install_crash_restore(int out_fd, const char *restore, size_t length);

/// Puts back the handlers replaced by `cts_install_crash_restore` and disarms the atexit hook.
void cts_uninstall_crash_restore(void);

// MARK: - stderr

/// Points file descriptor 2 at `path` (appending, created 0600) or at /dev/null when `path` is
/// NULL, keeping a duplicate of the original for `cts_restore_stderr`. Returns 0, or -1 with
/// errno set (stderr unchanged).
int cts_redirect_stderr(const char *path);

/// Points file descriptor 2 back at the original stderr (no-op when not redirected).
void cts_restore_stderr(void);

// MARK: - stdio

/// The C `stdin` stream (Swift 6 rejects the global).
FILE *cts_stdin(void);
/// The C `stdout` stream (Swift 6 rejects the global).
FILE *cts_stdout(void);

#endif
