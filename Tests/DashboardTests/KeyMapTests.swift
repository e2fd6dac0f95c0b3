import Dashboard
import TermUI
import Testing

@Suite("Key map")
struct KeyMapTests {
    @Test("every binding has help text, and every key is bound once per scope")
    func table() {
        var seen: [String: Int] = [:]
        for binding in KeyMap.standard.bindings {
            #expect(!binding.help.isEmpty)
            #expect(!binding.keys.isEmpty)
            for key in binding.keys { seen["\(binding.scope)/\(key)", default: 0] += 1 }
        }
        #expect(seen.values.allSatisfy { $0 == 1 }, "duplicate bindings: \(seen.filter { $0.value > 1 })")
    }

    @Test("help lists every binding of the table")
    func helpCoversTable() {
        let sections = KeyMap.standard.helpSections()
        let texts = Set(sections.flatMap { $0.rows.map(\.text) })
        for binding in KeyMap.standard.bindings {
            #expect(texts.contains(binding.group ?? binding.help), "missing from help: \(binding.help)")
        }
        // Every key appears in the help's key column.
        let keys = sections.flatMap { $0.rows.map(\.keys) }.joined(separator: " ")
        for binding in KeyMap.standard.bindings {
            for key in binding.keys { #expect(keys.contains(key.description), "key \(key) missing from help") }
        }
    }

    @Test("footer hints come from the table and differ per page and mode")
    func hints() {
        var state = Fixture.state(page: .usage)
        let usage = KeyMap.standard.hints(for: state).map(\.label)
        #expect(usage.contains("range") && usage.contains("group") && usage.contains("quit"))
        #expect(!usage.contains("filter"))
        state.page = .apiKeys
        let keys = KeyMap.standard.hints(for: state).map(\.label)
        #expect(keys.contains("filter") && keys.contains("sort") && keys.contains("help"))
        _ = reduce(&state, .key(.char("/")))
        let typing = KeyMap.standard.hints(for: state).map(\.label)
        #expect(typing.contains("apply") && typing.contains("clear"))
        // Every hint's label belongs to a binding.
        let labels = Set(KeyMap.standard.bindings.compactMap { $0.hint?.label })
        #expect(Set(usage + keys + typing).isSubset(of: labels))
    }

    @Test("DESIGN.md §3 keys are all bound")
    func designKeys() {
        let state = Fixture.state(page: .apiKeys)
        let expected: [(Key, Command)] = [
            (.char("1"), .showPage(.usage)), (.char("2"), .showPage(.limits)), (.char("3"), .showPage(.apiKeys)),
            (.tab, .nextPage), (.backTab, .previousPage), (.up, .moveSelection(-1)), (.char("j"), .moveSelection(1)),
            (.pageUp, .pageUp), (.pageDown, .pageDown), (.home, .first), (.end, .last), (.enter, .openDetail),
            (.escape, .back), (.char("s"), .nextSortColumn), (.char("S"), .reverseSort), (.char("/"), .startFilter),
            (.char("r"), .refresh), (.char("?"), .toggleHelp), (.char("q"), .quit), (.ctrl("c"), .quit),
        ]
        for (key, command) in expected {
            #expect(KeyMap.standard.command(for: key, in: state) == command, "\(key)")
        }
        var usage = state
        usage.page = .usage
        #expect(KeyMap.standard.command(for: .char("["), in: usage) == .olderRange)
        #expect(KeyMap.standard.command(for: .char("]"), in: usage) == .newerRange)
        #expect(KeyMap.standard.command(for: .char("v"), in: usage) == .toggleView)
        #expect(KeyMap.standard.command(for: .char("g"), in: usage) == .cycleGroup)
    }
}
