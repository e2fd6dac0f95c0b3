import Foundation
import Testing
@testable import UsageCore

extension PricingTests {
    /// Reading LiteLLM-format price files, the bundled table, overrides and model lookup
    /// (`notes/pricing.md` §1.2, §1.4, §2, §2.1).
    @Suite struct PriceTableTests {
        typealias F = PricingFixtures

        // MARK: - Parsing

        @Test func numbersAreReadExactlyFromTheirJSONText() throws {
            let table = try PriceTable(json: """
                {"m": {"litellm_provider": "openai", "input_cost_per_token": 4e-07, "output_cost_per_token": 1.6E-6,
                       "cache_read_input_token_cost": 0.0000001, "input_cost_per_token_batches": 2e-07,
                       "output_cost_per_token_batches": 0.0}}
                """)
            let entry = try #require(table["m"])
            let input = try #require(entry.rate(.input))
            #expect(input == Decimal(4) / 10_000_000)
            #expect(input * 1_000_000 == F.d("0.4"))  // not 0.39999999999999997
            #expect(entry.rate(.output) == F.d("0.0000016"))
            #expect(entry.rate(.cacheRead) == F.d("0.0000001"))
            #expect(entry.rate(.input, .batch) == F.d("0.0000002"))
            #expect(entry.rate(.output, .batch) == 0)  // an explicit 0.0 is a real price
            #expect(entry.rate(.output, .flex) == nil)
        }

        @Test func exactDecimalParsesJSONNumberForms() {
            #expect(ExactDecimal.parse("4e-07") == F.d("0.0000004"))
            #expect(ExactDecimal.parse("2.5e-06") == F.d("0.0000025"))
            #expect(ExactDecimal.parse("1.375e-07") == F.d("0.0000001375"))
            #expect(ExactDecimal.parse("1E+2") == 100)
            #expect(ExactDecimal.parse("-0.5") == F.d("-0.5"))
            #expect(ExactDecimal.parse("0.0") == 0)
            #expect(ExactDecimal.parse("1e") == nil)
            #expect(ExactDecimal.parse(".5") == nil)
        }

        @Test func skipsSampleSpecOtherProvidersAndUnknownFields() throws {
            let json = """
                {"sample_spec": {"input_cost_per_token": 0.0, "litellm_provider": "one of https://docs.litellm.ai/docs/providers"},
                 "gpt-x": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-06,
                           "supports_vision": true, "max_input_tokens": 128000, "deprecation_date": "2027-01-01",
                           "input_cost_per_token_above_272k_tokens": 2e-06, "search_context_cost_per_query": {"low": 0.01}},
                 "azure/gpt-x": {"litellm_provider": "azure", "input_cost_per_token": 9e-06},
                 "mine": {"input_cost_per_token": 3e-06}}
                """
            let strict = try PriceTable(json: json)
            #expect(strict.models == ["gpt-x"])
            #expect(strict["gpt-x"]?.mode == "chat")
            #expect(strict["gpt-x"]?.rates == [RateKey(.input): F.d("0.000001")])
            let lenient = try PriceTable(json: json, policy: .openAIOrUnspecified)
            #expect(lenient.models == ["gpt-x", "mine"])
        }

        @Test func nullCountsAsAbsent() throws {
            let table = try PriceTable(json:
                #"{"m": {"litellm_provider": "openai", "input_cost_per_token": 1e-06, "cache_read_input_token_cost": null}}"#)
            #expect(table["m"]?.rate(.cacheRead) == nil)
        }

        @Test(arguments: [
            ("{\"m\": {\"input_cost_per_token\": 1e-06,}}", "not valid JSON: line 1"),
            ("[1, 2]", "top level is not a JSON object"),
            ("{\"m\": 5}", "model \"m\" is not a JSON object"),
            ("{\"m\": {\"input_cost_per_token\": \"0.000001\"}}", "model \"m\": input_cost_per_token is not a number"),
            ("{\"m\": {\"output_cost_per_token_priority\": -1e-06}}", "output_cost_per_token_priority = -1e-06 is negative"),
            ("{\"m\": {\"mode\": 3}}", "mode is not a string"),
            ("{\"m\": {}", "not valid JSON: line 1, column 9"),
            ("", "unexpected end of document"),
        ])
        func malformedDocumentsThrowAClearReason(json: String, reason: String) {
            #expect {
                try PriceTable(json: json, policy: .openAIOrUnspecified)
            } throws: { error in
                guard let error = error as? PriceFileError else { return false }
                return error.path == nil && error.reason.contains(reason)
            }
        }

        // MARK: - Bundled table

        @Test func bundledTableHoldsTheTSVAndTierTables() throws {
            let table = PriceTable.bundled
            #expect(table.entries.count == 84)
            #expect(table.entries.values.allSatisfy { $0.provider == "openai" })
            func perM(_ model: String, _ field: RateField, _ tier: PriceTier = .standard) -> Decimal? {
                table[model]?.rate(field, tier).map { $0 * 1_000_000 }
            }
            // prices-openai.tsv rows, dated snapshots and embeddings included
            #expect(perM("gpt-4.1-2025-04-14", .input) == 2)
            #expect(perM("gpt-4.1-2025-04-14", .cacheRead) == F.d("0.5"))
            #expect(perM("o3-pro-2025-06-10", .cacheRead) == nil)
            #expect(perM("text-embedding-ada-002-v2", .input, .batch) == F.d("0.05"))
            #expect(perM("text-embedding-3-large", .input) == F.d("0.13"))
            #expect(perM("gpt-4.5-preview", .output) == 150)
            #expect(perM("chat-latest", .input) == 5)
            // §2 tier tables
            #expect(perM("o4-mini", .cacheRead, .flex) == F.d("0.138"))
            #expect(perM("gpt-5.5", .output, .priority) == 75)
            #expect(perM("gpt-5.4", .cacheRead, .batch) == F.d("0.13"))
            #expect(perM("gpt-6-luna", .cacheWrite) == F.d("0.125"))
            #expect(perM("gpt-6-luna", .cacheWrite12h) == F.d("0.25"))
            #expect(perM("gpt-5-nano", .input, .priority) == nil)
            // tier rates reach dated snapshots priced like their alias, and the Sol alias
            #expect(perM("gpt-5-mini-2025-08-07", .input, .priority) == F.d("0.45"))
            #expect(perM("gpt-5.6", .cacheWrite) == 5)
            #expect(perM("gpt-4o-2024-08-06", .output, .priority) == 17)
            #expect(perM("gpt-4o-2024-05-13", .output, .priority) == nil)
            // audio models
            #expect(perM("gpt-audio-mini", .inputAudio) == 10)
            #expect(perM("gpt-audio", .outputAudio) == 64)
            #expect(perM("gpt-realtime", .cacheReadAudio) == F.d("0.4"))
            #expect(perM("gpt-realtime", .inputImage) == 5)
            #expect(table["gpt-audio-mini-2025-12-15"] == nil)  // found by stripping the date instead
        }

        // MARK: - Lookup (§2.1)

        @Test func exactKeyWinsAndAnAliasIsNeverMappedToADatedKey() throws {
            let table = PriceTable.bundled
            let dated = try #require(table.lookup("gpt-4o-2024-05-13"))
            #expect(dated.key == "gpt-4o-2024-05-13" && dated.rule == .exact)
            #expect(dated.entry.rate(.input).map { $0 * 1_000_000 } == 5)
            let alias = try #require(table.lookup("gpt-4o"))
            #expect(alias.key == "gpt-4o" && alias.rule == .exact)
            #expect(alias.entry.rate(.input).map { $0 * 1_000_000 } == F.d("2.5"))
            #expect(table.lookup("gpt-4.1-2025-04-14")?.rule == .exact)
            #expect(table.lookup("gpt-4.1-mini")?.key == "gpt-4.1-mini")
        }

        @Test func aSnapshotWithoutItsOwnKeyIsPricedByItsBase() {
            let table = PriceTable.bundled
            #expect(table.lookup("gpt-5.6-sol-2026-08-01")?.key == "gpt-5.6-sol")
            #expect(table.lookup("gpt-5.6-sol-2026-08-01")?.rule == .undated)
            #expect(table.lookup("gpt-audio-mini-2025-12-15")?.key == "gpt-audio-mini")
            #expect(table.lookup("gpt-4o-2099-01-01")?.key == "gpt-4o")
            #expect(table.lookup("gpt-5.6-sol-2026-8-01") == nil)
            #expect(table.lookup("gpt-4-0613") == nil)  // legacy -MMDD ids are explicit keys only
            #expect(table.lookup("gpt-9") == nil)
            #expect(table.lookup("") == nil)
        }

        @Test func fineTunesMatchFtKeysThenTheirBase() throws {
            let table = try PriceTable(json: """
                {"ft:gpt-4o-2024-08-06": {"litellm_provider": "openai", "input_cost_per_token": 3.75e-06},
                 "ft:gpt-4.1": {"litellm_provider": "openai", "input_cost_per_token": 3e-06}}
                """).merged(with: PriceTable.bundled)
            #expect(table.lookup("ft:gpt-4o-2024-08-06:acme::9x8y7z")?.key == "ft:gpt-4o-2024-08-06")
            #expect(table.lookup("ft:gpt-4.1-2025-04-14:acme:support:abc")?.key == "ft:gpt-4.1")
            #expect(table.lookup("ft:gpt-4.1-2025-04-14:acme:support:abc")?.rule == .fineTune)
            // no ft: price → the base model (exact, then undated), marked as such
            let base = try #require(table.lookup("ft:gpt-4o-mini-2024-07-18:acme::1"))
            #expect(base.key == "gpt-4o-mini-2024-07-18" && base.rule == .fineTuneBase)
            #expect(base.model == "ft:gpt-4o-mini-2024-07-18:acme::1")
            #expect(table.lookup("ft:gpt-5.6-luna-2026-09-01:acme::1")?.key == "gpt-5.6-luna")
            #expect(table.lookup("ft:unknown-base:acme::1") == nil)
            #expect(table.lookup("ft::x") == nil)
        }

        // MARK: - Override files

        @Test func anOverrideFileReplacesOneModelWholeAndAddsNewOnes() throws {
            let path = try Self.temporaryFile("""
                {"gpt-4.1": {"litellm_provider": "openai", "input_cost_per_token": 1.8e-06, "output_cost_per_token": 7.2e-06},
                 "my-proxy-model": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06},
                 "gpt-4.1-mini": {"litellm_provider": "azure", "input_cost_per_token": 9e-06}}
                """)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let override = try PriceTable.load(path: path)
            #expect(override.models == ["gpt-4.1", "my-proxy-model"])
            let merged = PriceTable.bundled.merged(with: override)
            #expect(merged.entries.count == PriceTable.bundled.entries.count + 1)
            #expect(merged["gpt-4.1"]?.rate(.input) == F.d("0.0000018"))
            #expect(merged["gpt-4.1"]?.rate(.input, .priority) == nil)  // replaced whole, not field by field
            #expect(merged["gpt-4.1-2025-04-14"] == PriceTable.bundled["gpt-4.1-2025-04-14"])
            #expect(merged["gpt-4.1-mini"] == PriceTable.bundled["gpt-4.1-mini"])
            #expect(merged["my-proxy-model"]?.rate(.output) == F.d("0.000002"))
        }

        @Test func aMalformedOverrideFileNamesThePathAndTheReason() throws {
            let path = try Self.temporaryFile(
                "{\n  \"gpt-4.1\": {\"input_cost_per_token\": 2e-06\n  \"output_cost_per_token\": 8e-06}\n}")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let error = try #require(throws: PriceFileError.self) { try PriceTable.load(path: path) }
            #expect(error.path == path)
            #expect(error.reason == "not valid JSON: line 3, column 3: expected ',' or '}'")
            #expect(error.description == "price file \(path): not valid JSON: line 3, column 3: expected ',' or '}'")

            let missing = path + ".missing"
            let notFound = try #require(throws: PriceFileError.self) { try PriceTable.load(path: missing) }
            #expect(notFound.path == missing && notFound.reason == "no such file")
        }

        static func temporaryFile(_ text: String) throws -> String {
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("usagetop-prices-\(UUID().uuidString).json").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }
}
