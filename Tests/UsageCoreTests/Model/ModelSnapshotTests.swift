import Testing
import UsageCore

@Suite("Model snapshot names")
struct ModelSnapshotTests {
    @Test("a trailing -YYYY-MM-DD date is removed; anything else is not a snapshot", arguments: [
        ("gpt-4.1-2025-04-14", "gpt-4.1"),
        ("gpt-4o-mini-2024-07-18", "gpt-4o-mini"),
        ("gpt-4.1", nil),
        ("gpt-4-0613", nil),
        ("gpt-4.1-2025-04-1x", nil),
        ("2025-04-14", nil),
    ] as [(String, String?)])
    func undated(model: String, expected: String?) {
        #expect(ModelSnapshot.undated(model) == expected)
    }
}
