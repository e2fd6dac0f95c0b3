#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `setlocale(LC_CTYPE, "C.UTF-8")` once per process.
private let utf8LocaleResult: Bool = setlocale(LC_CTYPE, "C.UTF-8") != nil

/// Switches the process's `LC_CTYPE` to `C.UTF-8` (once; later calls are free), so libc
/// `wcwidth` — and with it ``DisplayWidth`` — measures non-ASCII text the same on every machine
/// (`notes/tui-architecture.md` §4.2, §4.5). Call it at the start of any test that renders or
/// measures non-ASCII text. Returns whether the locale could be set.
@discardableResult
public func withUTF8Locale() -> Bool { utf8LocaleResult }

/// Runs `body` after ``withUTF8Locale()`` and returns its result.
public func withUTF8Locale<T>(_ body: () throws -> T) rethrows -> T {
    withUTF8Locale()
    return try body()
}
