import Foundation

// MARK: - Resident memory

/// This process's memory as Linux reports it in `/proc/self/status` (kibibytes).
struct ProcessMemory: Sendable {
    /// `VmRSS`: resident set size now (KiB).
    var residentKiB: Int
    /// `VmHWM`: the peak resident set size so far (KiB).
    var peakKiB: Int

    /// Reads `/proc/self/status`; `nil` when it cannot be read (not Linux).
    static func current() -> ProcessMemory? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        var fields: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0] == "VmRSS" || parts[0] == "VmHWM" else { continue }
            fields[String(parts[0])] = Int(parts[1].split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        guard let rss = fields["VmRSS"], let hwm = fields["VmHWM"] else { return nil }
        return ProcessMemory(residentKiB: rss, peakKiB: hwm)
    }

    /// Calls glibc's `malloc_trim(0)` (looked up with `dlsym`; `<malloc.h>` is not in the Glibc
    /// module), handing freed heap pages back to the system. Returns `false` when unavailable.
    static func trimHeap() -> Bool {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return false }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        return true
    }
}

extension Int {
    /// This many KiB in MB (10^6 bytes) as display text with one decimal (`41.3 MB`).
    var kibAsMB: String { String(format: "%.1f MB", Double(self) * 1_024 / 1_000_000) }

    /// This many KiB in MB (10^6 bytes).
    var kibInMB: Double { Double(self) * 1_024 / 1_000_000 }
}
