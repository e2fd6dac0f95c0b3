/// Finds the line where a (possibly nested) key is written in TOML text, for error messages.
///
/// TOMLKit does not report source positions of values, so this scans the text: it follows
/// `[table]` headers and matches `key = …` lines by their full dotted path (quoted keys and
/// dotted keys included). A key inside an inline table is reported at its parent's line.
struct TOMLLocator: Sendable {
    /// Full dotted path of each line's key (`budgets.projects.proj_abc`), with the 1-based line.
    private let entries: [(path: [String], line: Int)]

    /// Indexes `text`.
    init(text: String) {
        var entries: [(path: [String], line: Int)] = []
        var table: [String] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = TOMLLocator.splitKey(inner)
                entries.append((table, i + 1))
            } else if let eq = TOMLLocator.equalsIndex(line) {
                entries.append((table + TOMLLocator.splitKey(line[..<eq]), i + 1))
            }
        }
        self.entries = entries
    }

    /// The line of `path` (or, when it has none of its own, of its nearest parent); `nil` when
    /// nothing matches.
    func line(of path: [String]) -> Int? {
        var p = path
        while !p.isEmpty {
            if let hit = entries.first(where: { $0.path == p }) { return hit.line }
            p.removeLast()
        }
        return nil
    }

    /// The index of the `=` that ends the key part of `line`, outside quotes; `nil` for a line
    /// without one (blank, comment, continuation).
    private static func equalsIndex(_ line: Substring) -> Substring.Index? {
        guard let first = line.first, first != "#" else { return nil }
        var quote: Character?
        for i in line.indices {
            let c = line[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "=" {
                return i
            } else if c == "#" {
                return nil
            }
        }
        return nil
    }

    /// Splits a TOML key (`a."b.c".d`) on dots outside quotes, trimming blanks and quotes.
    private static func splitKey(_ key: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in key {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "." {
                parts.append(current)
                current = ""
            } else if c != " " && c != "\t" {
                current.append(c)
            }
        }
        parts.append(current)
        return parts
    }
}
