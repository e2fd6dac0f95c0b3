// usagetop-bench — the benchmarks behind `make bench` (DESIGN.md §7 Targets), kept apart from the
// tests. Prints one table: median, min and max of several timed runs per figure, against its
// target. Run the release build (`make bench`); debug figures are not meaningful.
//
//   usagetop-bench                        run every benchmark
//   usagetop-bench --probe-first-frame P  (internal) first-frame probe on the cache file P
//   usagetop-bench --probe-memory P       (internal) memory probe on the cache file P
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    if try Probes.runIfRequested(arguments) { exit(0) }
    if !arguments.isEmpty {
        FileHandle.standardError.write(Data("usage: usagetop-bench (no arguments)\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("probe failed: \(error)\n".utf8))
    exit(1)
}
exit(await BenchSuite.run())
