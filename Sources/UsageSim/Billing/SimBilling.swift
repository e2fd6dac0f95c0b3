// MARK: - Pricing a window

/// Turns a series' counts in a window into billed rows with the embedded prices
/// (`notes/pricing.md` §3, §5).
enum SimBilling {
    /// The billed rows of every series in `[start, end)` (Unix seconds), which must lie within one
    /// UTC day (`end` may be the next midnight), under `traffic`. Pure and uncached.
    static func rows(series: [SimSeries], traffic: SimTraffic, start: Int64, end: Int64,
                     memo: inout SimTotalsMemo) -> [SimCostRow] {
        guard end > start else { return [] }
        let day = start / SimTraffic.day
        let dayStart = day * SimTraffic.day
        let minutes = (end - dayStart) / 60 - (start - dayStart) / 60
        var rows: [SimCostRow] = []
        for (index, s) in series.enumerated() where s.isActive(day: day) {
            let totals = memo.totals(traffic, s, index: index, day: day)
            let counts = traffic.window(s, day: day, start: start, end: end, totals: totals)
            rows += Self.rows(series: s, counts: counts, minutes: minutes)
        }
        return rows
    }

    /// The total billed in `[start, end)` (Unix seconds, any span) under `traffic`, in
    /// pico-dollars. Pure and uncached.
    static func total(series: [SimSeries], traffic: SimTraffic, from start: Int64, to end: Int64) -> PicoUSD {
        var memo = SimTotalsMemo()
        var total: PicoUSD = 0
        var cursor = start
        while cursor < end {
            let next = min(end, (cursor / SimTraffic.day + 1) * SimTraffic.day)
            total += rows(series: series, traffic: traffic, start: cursor, end: next, memo: &memo)
                .reduce(0) { $0 + $1.amount }
            cursor = next
        }
        return total
    }

    /// The rows for `counts` of `series` over `minutes` minutes (minutes matter only for storage).
    static func rows(series: SimSeries, counts: [Int64], minutes: Int64) -> [SimCostRow] {
        guard let projectID = series.value(.projectID) else { return [] }
        let keyID = series.value(.apiKeyID)
        var rows: [SimCostRow] = []
        func add(_ item: String, _ quantity: Int64, _ unit: String, _ price: PicoUSD) {
            guard quantity > 0 else { return }
            rows.append(SimCostRow(projectID: projectID, apiKeyID: keyID, lineItem: item,
                                   quantityMicro: quantity * 1_000_000, quantityUnit: unit, amount: quantity * price))
        }
        let model = series.value(.model) ?? "unknown"
        switch series.endpoint {
        case .completions:
            guard let price = SimPriceTable.models[model] else { return [] }
            let isBatch = series.value(.batch) == "true"
            let tier = series.value(.serviceTier)
            let prefix = isBatch ? "batch | " : (tier == "flex" ? "flex | " : (tier == "priority" ? "priority | " : ""))
            let text = price.rates(batch: isBatch, serviceTier: tier)
            typealias C = SimCompletionCounter
            add("\(prefix)\(model), input", counts[C.uncachedText], "tokens", text.input)
            add("\(prefix)\(model), cached input", counts[C.cachedText], "tokens", text.cachedInput)
            // Cache writes carry no surcharge before the GPT-5.6 family, but they are still input:
            // billed at the input rate (notes/pricing.md §3.1, §4.2 "fallback R.input").
            add("\(prefix)\(model), cache writes", counts[C.cacheWrite], "tokens", text.input)
            add("\(prefix)\(model), output", counts[C.outputText], "tokens", text.output)
            if let audio = price.audio {
                add("\(prefix)\(model) audio, input", counts[C.uncachedAudio], "tokens", audio.input)
                add("\(prefix)\(model) audio, cached input", counts[C.cachedAudio], "tokens", audio.cachedInput)
                add("\(prefix)\(model) audio, output", counts[C.outputAudio], "tokens", audio.output)
            }
        case .embeddings:
            if let price = SimPriceTable.models[model] {
                add("\(model), input", counts[1], "tokens", price.standard.input)
            }
        case .moderations:
            break
        case .images:
            let size = series.value(.size) ?? "1024x1024"
            add("\(model), images", counts[1], "images", SimPriceTable.imageBySize[size] ?? 40_000_000_000)
        case .audioSpeeches:
            add("\(model), characters", counts[1], "characters", SimPriceTable.speechCharacter)
        case .audioTranscriptions:
            add("\(model), audio", counts[1], "duration_seconds", SimPriceTable.transcriptionSecond)
        case .fileSearchCalls:
            add("assistants api | file search", counts[0], "calls", SimPriceTable.fileSearchCall)
        case .webSearchCalls:
            add("web search tool calls", counts[1], "calls", SimPriceTable.webSearchCall)
        case .codeInterpreterSessions:
            add("assistants api | code interpreter", counts[0], "sessions", SimPriceTable.codeInterpreterSession)
        case .vectorStores:
            let bytes = Int128(counts[0]) * Int128(minutes)
            guard bytes > 0 else { return [] }
            let gib = Int128(1_073_741_824)
            let amount = bytes * Int128(SimPriceTable.vectorStorageGiBDay) / (gib * 1440)
            let gibHoursMicro = bytes * 1_000_000 / (gib * 60)
            rows.append(SimCostRow(projectID: projectID, apiKeyID: nil, lineItem: "Vector storage",
                                   quantityMicro: Int64(gibHoursMicro), quantityUnit: "gibibyte_hours",
                                   amount: Int64(amount)))
        }
        return rows
    }
}
