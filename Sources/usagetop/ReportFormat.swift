import ArgumentParser

/// The output format of `usagetop report` (`--format`).
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    /// An aligned table with a total line (the default).
    case table
    /// `{"object":"list","range":{…},"group_by":"…","data":[…]}` (``UsageCore/ReportJSON``).
    case json
    /// A header row and one row per group, no total row (``UsageCore/ReportCSV``).
    case csv
}
