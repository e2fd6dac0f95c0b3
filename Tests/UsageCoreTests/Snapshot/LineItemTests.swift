import Testing
@testable import UsageCore

@Suite("LineItem parsing (notes/pricing.md §5)")
struct LineItemTests {
    @Test("token line items give the model, token type, tier, modality and long context",
          arguments: [
              ("gpt-4.1-2025-04-14, output", "gpt-4.1-2025-04-14", LineItem.TokenType.output, nil as String?, nil as String?, false),
              ("gpt-5.5-2026-04-23, cached input", "gpt-5.5-2026-04-23", .cachedInput, nil, nil, false),
              ("priority | gpt-5.6-sol, output, long context", "gpt-5.6-sol", .output, "priority", nil, true),
              ("flex | gpt-5-mini-2025-08-07, input", "gpt-5-mini-2025-08-07", .input, "flex", nil, false),
              ("gpt-audio-mini-2025-12-15 audio, input", "gpt-audio-mini-2025-12-15", .input, nil, "audio", false),
              ("gpt-image-2.5-sunburst text, cached input", "gpt-image-2.5-sunburst", .cachedInput, nil, "text", false),
              ("ft-gpt-4o-2024-08-06, input", "ft-gpt-4o-2024-08-06", .input, nil, nil, false),
              ("gpt-5.6-sol, cache writes", "gpt-5.6-sol", .cacheWrites, nil, nil, false),
          ])
    func tokenItems(label: String, model: String, type: LineItem.TokenType, surface: String?, modality: String?, long: Bool) {
        let item = LineItem(parsing: label)
        #expect(item.model == model)
        #expect(item.tokenType == type)
        #expect(item.surface == surface)
        #expect(item.modality == modality)
        #expect(item.isLongContext == long)
        #expect(item.modelGroup == model)
    }

    @Test("non-token line items keep their own label",
          arguments: ["whisper-1, audio", "web search tool calls", "assistants api | file search", "Vector storage",
                      "Image models", "input_tokens", ""])
    func nonTokenItems(label: String) {
        let item = LineItem(parsing: label)
        #expect(item.model == nil)
        #expect(item.tokenType == nil)
        #expect(item.modelGroup == label)
    }
}
