#include "CTermSupport.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#ifndef _GNU_SOURCE
#error "CTermSupport needs _GNU_SOURCE (pipe2); see Package.swift cSettings"
#endif

int wcwidth(wchar_t c);

int cts_wcwidth(uint32_t c) { return wcwidth((wchar_t)c); }

// MARK: - Wake pipe

int cts_make_wake_pipe(int fds[2]) { return pipe2(fds, O_CLOEXEC | O_NONBLOCK); }

int cts_wake(int fd, unsigned char byte) {
    int saved = errno;
    ssize_t n;
    do {
        n = write(fd, &byte, 1);
    } while (n < 0 && errno == EINTR);
    int result = (n == 1 || (n < 0 && errno == EAGAIN)) ? 0 : -1;
    if (result == 0) errno = saved;
    return result;
}

// MARK: - Quit and resize signals

static const int quit_signals[] = {SIGINT, SIGTERM, SIGHUP};
#define QUIT_COUNT ((int)(sizeof quit_signals / sizeof quit_signals[0]))

static volatile sig_atomic_t wake_fd = -1;
static volatile sig_atomic_t quit_signal = 0;
static struct sigaction previous_quit[QUIT_COUNT];
static int quit_installed = 0;
static struct sigaction previous_winch;
static int winch_installed = 0;

static void on_quit(int sig) {
    int saved = errno;
    quit_signal = sig;
    if (wake_fd >= 0) cts_wake((int)wake_fd, CTS_WAKE_QUIT);
    errno = saved;
}

int cts_unblock_terminal_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGWINCH);
    int rc = pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    if (rc != 0) { errno = rc; return -1; }
    return 0;
}

int cts_install_quit_wakeup(int fd) {
    if (quit_installed) return 0;
    wake_fd = fd;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_quit;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int i = 0; i < QUIT_COUNT; i++) {
        if (sigaction(quit_signals[i], &sa, &previous_quit[i]) != 0) {
            int saved = errno;
            for (int j = 0; j < i; j++) sigaction(quit_signals[j], &previous_quit[j], NULL);
            errno = saved;
            return -1;
        }
    }
    quit_installed = 1;
    return 0;
}

int cts_take_quit_signal(void) {
    int sig = (int)quit_signal;
    quit_signal = 0;
    return sig;
}

static void on_winch(int sig, siginfo_t *info, void *context) {
    int saved = errno;
    // ncurses' handler first: it sets the flag that makes the next wget_wch return KEY_RESIZE.
    if (previous_winch.sa_flags & SA_SIGINFO) {
        if (previous_winch.sa_sigaction) previous_winch.sa_sigaction(sig, info, context);
    } else if (previous_winch.sa_handler != SIG_DFL && previous_winch.sa_handler != SIG_IGN) {
        previous_winch.sa_handler(sig);
    }
    if (wake_fd >= 0) cts_wake((int)wake_fd, CTS_WAKE_WINCH);
    errno = saved;
}

int cts_install_winch_wakeup(int fd) {
    if (winch_installed) return 0;
    wake_fd = fd;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_winch;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    if (sigaction(SIGWINCH, &sa, &previous_winch) != 0) return -1;
    winch_installed = 1;
    return 0;
}

void cts_uninstall_wakeups(void) {
    if (winch_installed) {
        sigaction(SIGWINCH, &previous_winch, NULL);
        winch_installed = 0;
    }
    if (quit_installed) {
        for (int i = 0; i < QUIT_COUNT; i++) sigaction(quit_signals[i], &previous_quit[i], NULL);
        quit_installed = 0;
    }
    wake_fd = -1;
}

// MARK: - Terminal modes

static struct termios saved_termios;
static volatile sig_atomic_t saved_tty_fd = -1;

int cts_save_tty(int fd) {
    if (tcgetattr(fd, &saved_termios) != 0) return -1;
    saved_tty_fd = fd;
    return 0;
}

void cts_restore_tty(void) {
    if (saved_tty_fd < 0) return;
    int saved = errno;
    tcsetattr((int)saved_tty_fd, TCSADRAIN, &saved_termios);
    errno = saved;
}

// MARK: - stderr

static volatile sig_atomic_t original_stderr = -1;

int cts_redirect_stderr(const char *path) {
    if (original_stderr >= 0) return 0;
    int target = open(path ? path : "/dev/null", O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (target < 0) return -1;
    fflush(stderr);
    int keep = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (keep < 0 || dup2(target, STDERR_FILENO) < 0) {
        int saved = errno;
        if (keep >= 0) close(keep);
        close(target);
        errno = saved;
        return -1;
    }
    close(target);
    original_stderr = keep;
    return 0;
}

static void restore_stderr_fd(void) {
    if (original_stderr < 0) return;
    dup2((int)original_stderr, STDERR_FILENO);
}

void cts_restore_stderr(void) {
    if (original_stderr < 0) return;
    fflush(stderr);
    restore_stderr_fd();
    close((int)original_stderr);
    original_stderr = -1;
}

// MARK: - Crash restore

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
#define CRASH_COUNT ((int)(sizeof crash_signals / sizeof crash_signals[0]))

static struct sigaction previous_crash[CRASH_COUNT];
static volatile sig_atomic_t crash_armed = 0;
static volatile sig_atomic_t restore_fd = -1;
static char restore_bytes[256];
static volatile sig_atomic_t restore_length = 0;
static int atexit_registered = 0;

// Writes the restore sequence once, puts termios and stderr back. Async-signal-safe.
static void restore_terminal_now(void) {
    if (!crash_armed) return;
    crash_armed = 0;
    size_t done = 0;
    size_t length = (size_t)restore_length;
    while (restore_fd >= 0 && done < length) {
        ssize_t n = write((int)restore_fd, restore_bytes + done, length - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += (size_t)n;
    }
    cts_restore_tty();
    restore_stderr_fd();
}

static void on_crash(int sig, siginfo_t *info, void *context) {
    (void)context;
    int saved = errno;
    restore_terminal_now();
    for (int i = 0; i < CRASH_COUNT; i++) {
        if (crash_signals[i] == sig) sigaction(sig, &previous_crash[i], NULL);
    }
    // A hardware fault re-executes on return and reaches the previous handler with the real
    // context; a sent signal (kill, raise, abort) does not, so send it again. It stays blocked
    // until this handler returns.
    if (info == NULL || info->si_code <= 0) raise(sig);
    errno = saved;
}

static void on_exit_restore(void) { restore_terminal_now(); }

int cts_install_crash_restore(int out_fd, const char *restore, size_t length) {
    if (length >= sizeof restore_bytes) length = sizeof restore_bytes - 1;
    if (crash_armed) cts_uninstall_crash_restore();
    memcpy(restore_bytes, restore, length);
    restore_length = (sig_atomic_t)length;
    restore_fd = out_fd;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_crash;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (int i = 0; i < CRASH_COUNT; i++) {
        if (sigaction(crash_signals[i], &sa, &previous_crash[i]) != 0) {
            int saved = errno;
            for (int j = 0; j < i; j++) sigaction(crash_signals[j], &previous_crash[j], NULL);
            errno = saved;
            return -1;
        }
    }
    if (!atexit_registered) {
        atexit(on_exit_restore);
        atexit_registered = 1;
    }
    crash_armed = 1;
    return 0;
}

void cts_uninstall_crash_restore(void) {
    int was_installed = restore_fd >= 0;
    crash_armed = 0;
    if (!was_installed) return;
    for (int i = 0; i < CRASH_COUNT; i++) sigaction(crash_signals[i], &previous_crash[i], NULL);
    restore_fd = -1;
}

// MARK: - stdio

FILE *cts_stdin(void) { return stdin; }
FILE *cts_stdout(void) { return stdout; }
