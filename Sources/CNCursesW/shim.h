// CNCursesW — the ncursesw system library as one Clang module, for TermCurses only.
//
// SwiftPM drops pkg-config's `-D` flags (notes/tui-architecture.md §3 V1), so the wide-character
// API is switched on here. Macros Swift cannot import (bit-shift attributes, function-like
// macros) and C globals Swift 6 rejects as shared mutable state (`stdscr`, `curscr`, `LINES`,
// `COLS`, `COLORS`, `COLOR_PAIRS`; V3/V4) get `static inline` accessors prefixed `cw_`.
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc hides these behind _XOPEN_SOURCE and the prebuilt Glibc module lacks them (V2).
int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);

// MARK: - Globals

/// The standard screen of the current SCREEN (draw into it and read input from it).
static inline WINDOW *cw_stdscr(void) { return stdscr; }
/// ncurses' model of what the physical screen shows (after `doupdate`).
static inline WINDOW *cw_curscr(void) { return curscr; }
/// Rows of the current SCREEN.
static inline int cw_lines(void) { return LINES; }
/// Columns of the current SCREEN.
static inline int cw_cols(void) { return COLS; }
/// Number of colours (valid after `start_color`).
static inline int cw_colors(void) { return COLORS; }
/// Number of colour pairs (valid after `start_color`).
static inline int cw_color_pairs(void) { return COLOR_PAIRS; }

// MARK: - Attributes

static inline attr_t cw_a_normal(void) { return A_NORMAL; }
static inline attr_t cw_a_bold(void) { return A_BOLD; }
static inline attr_t cw_a_dim(void) { return A_DIM; }
static inline attr_t cw_a_reverse(void) { return A_REVERSE; }
static inline attr_t cw_a_underline(void) { return A_UNDERLINE; }
/// The attribute bits of `COLOR_PAIR(n)` (pairs below 256 only; prefer the `opts` pointer).
static inline attr_t cw_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
/// The attribute bits without the colour-pair field.
static inline attr_t cw_attributes_only(attr_t a) { return a & ~A_COLOR; }

// MARK: - Keys

/// `KEY_F(n)`: the key code of function key F`n`.
static inline int cw_key_f(int n) { return KEY_F(n); }

// MARK: - Terminfo

/// Whether `tigetstr` gave a real string (it returns (char *)-1 for "not a string capability"
/// and NULL for "absent").
static inline int cw_tigetstr_present(const char *value) {
    return value != NULL && value != (const char *)-1;
}

#endif
