// CTermSupport — the small amount of C usagetop needs outside ncurses itself:
// display width (libc wcwidth, the table ncursesw uses), and (TermCurses) signal handlers
// that write to a wake pipe plus crash-time terminal restore. Async-signal-safe code only.
#ifndef CTERMSUPPORT_H
#define CTERMSUPPORT_H

#include <stdint.h>

/// Columns the code point `c` occupies in the current LC_CTYPE locale: 0, 1, 2, or -1 when it
/// is not printable (libc `wcwidth`). Call `setlocale(LC_ALL, "")` (or LC_CTYPE) first.
int cts_wcwidth(uint32_t c);

#endif
