// MARK: - Who uses what

/// Builds the organization's traffic series: which key calls which model, on which tier, how much
/// and with what daily rhythm. Volumes are tuned for a bill of roughly $600–900 per month.
struct SimSeriesCatalog {
    let seed: UInt64
    let historyStartDay: Int64
    /// First UTC day on which the idle key no longer calls the API.
    let idleUntilDay: Int64
    /// First UTC day on which the archived project's key no longer calls the API.
    let legacyUntilDay: Int64
    let keys: [SimProjectKey]
    let projects: [SimProject]
    let users: [SimUser]
    /// First UTC day of the unpriced model's traffic, `nil` for none (``SimConfiguration/unpricedModel``).
    var unpricedFromDay: Int64? = nil

    private struct Shape {
        var weekend: Double
        var profile: SimHourlyProfile
    }

    private static let people = Shape(weekend: 0.4, profile: .business)
    private static let service = Shape(weekend: 0.85, profile: .service)
    private static let nightly = Shape(weekend: 1.0, profile: .nightly)
    private static let ci = Shape(weekend: 0.2, profile: .workday)

    /// Every series of the organization.
    func build() -> [SimSeries] {
        var out: [SimSeries] = []
        let e = historyStartDay

        func key(_ name: String) -> SimProjectKey { keys.first { $0.name == name }! }
        func dims(_ k: SimProjectKey, _ extra: [SimDimension: String]) -> [SimDimension: String] {
            var d = extra
            d[.projectID] = k.projectID
            d[.apiKeyID] = k.id
            if case .user(let userID, _) = k.owner { d[.userID] = userID }
            return d
        }
        func add(_ endpoint: SimEndpoint, _ dimensions: [SimDimension: String], from: Int64, until: Int64?,
                 base: Double, perUnit: [Double], shape: Shape, spiky: Bool = false) {
            let label = endpoint.rawValue + dimensions.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { "\($0.key.rawValue)=\($0.value)" }.joined(separator: "&")
            out.append(SimSeries(endpoint: endpoint, dimensions: dimensions, activeFromDay: from, activeUntilDay: until,
                                 dailyBase: base, perUnit: perUnit, weekendFactor: shape.weekend,
                                 profile: shape.profile, spiky: spiky, salt: SimHash.salt(label)))
        }
        /// A completions series: per request uncached/cached/cache-write input, uncached/cached audio
        /// input, text/audio output tokens.
        func chat(_ k: SimProjectKey, _ model: String, tier: String = "default", batch: Bool = false,
                  perDay: Double, input: Double, cached: Double = 0, write: Double = 0,
                  audioIn: Double = 0, audioCached: Double = 0, output: Double, audioOut: Double = 0,
                  shape: Shape, from: Int64? = nil, until: Int64? = nil, spiky: Bool = false) {
            let d = dims(k, [.model: model, .batch: batch ? "true" : "false", .serviceTier: tier])
            add(.completions, d, from: from ?? k.createdAt / SimTraffic.day, until: until, base: perDay,
                perUnit: [input, cached, write, audioIn, audioCached, output, audioOut], shape: shape, spiky: spiky)
        }
        func simple(_ endpoint: SimEndpoint, _ k: SimProjectKey, _ extra: [SimDimension: String], perDay: Double,
                    perUnit: [Double], shape: Shape, until: Int64? = nil) {
            add(endpoint, dims(k, extra), from: k.createdAt / SimTraffic.day, until: until, base: perDay,
                perUnit: perUnit, shape: shape)
        }

        let g41 = "gpt-4.1-2025-04-14", g41mini = "gpt-4.1-mini-2025-04-14", g41nano = "gpt-4.1-nano-2025-04-14"
        let g4omini = "gpt-4o-mini-2024-07-18", o4mini = "o4-mini-2025-04-16", g5mini = "gpt-5-mini-2025-08-07"
        let audio = "gpt-audio-mini-2025-12-15", embed = "text-embedding-3-small"

        // Support bot
        let support = key("support-bot")
        chat(support, g41mini, perDay: 2_400, input: 900, cached: 600, output: 250, shape: Self.people)
        chat(support, g4omini, perDay: 1_200, input: 700, cached: 300, output: 120, shape: Self.people)
        chat(support, g4omini, tier: "priority", perDay: 300, input: 800, cached: 200, output: 150, shape: Self.people)
        simple(.moderations, support, [.model: "omni-moderation-2024-09-26"], perDay: 2_500, perUnit: [180], shape: Self.people)
        simple(.images, support, [.model: "dall-e-3", .size: "1024x1024", .source: "image.generation"],
               perDay: 9, perUnit: [1.2], shape: Self.people)
        simple(.images, support, [.model: "dall-e-3", .size: "1024x1792", .source: "image.edit"],
               perDay: 3, perUnit: [1], shape: Self.people)
        let voice = key("support-voice")
        chat(voice, audio, perDay: 35, input: 300, audioIn: 1_200, output: 100, audioOut: 800, shape: Self.people)
        simple(.audioSpeeches, voice, [.model: "tts-1"], perDay: 60, perUnit: [320], shape: Self.people)
        simple(.audioTranscriptions, voice, [.model: "whisper-1"], perDay: 40, perUnit: [45], shape: Self.people)
        chat(key("support-staging"), g41nano, perDay: 250, input: 800, cached: 200, output: 150, shape: Self.people)

        // Search backend
        let searchAPI = key("search-api")
        chat(searchAPI, g41, perDay: 480, input: 2_400, cached: 1_500, write: 60, output: 300, shape: Self.service)
        chat(searchAPI, g41, tier: "priority", perDay: 80, input: 2_400, cached: 1_500, write: 60, output: 300, shape: Self.service)
        simple(.embeddings, searchAPI, [.model: embed], perDay: 5_000, perUnit: [400], shape: Self.service)
        simple(.embeddings, key("search-embedder"), [.model: embed], perDay: 20_000, perUnit: [600], shape: Self.service)
        simple(.fileSearchCalls, searchAPI, [.vectorStoreID: "vs_" + hexID("vs-search")], perDay: 140, perUnit: [], shape: Self.service)
        chat(key("ci-runner"), g41nano, perDay: 1_800, input: 1_200, output: 200, shape: Self.ci, spiky: true)
        chat(key("old-notebook"), g41, perDay: 60, input: 3_000, output: 500, shape: Self.people, until: idleUntilDay)

        // Data pipeline
        let batchKey = key("nightly-batch")
        chat(batchKey, g41mini, batch: true, perDay: 3_500, input: 1_800, output: 400, shape: Self.nightly)
        chat(batchKey, g41nano, batch: true, perDay: 5_000, input: 1_000, output: 150, shape: Self.nightly)
        chat(batchKey, o4mini, tier: "flex", perDay: 250, input: 2_000, cached: 500, output: 1_500, shape: Self.nightly)
        let etl = key("etl-worker")
        chat(etl, o4mini, perDay: 180, input: 1_500, cached: 500, output: 1_200, shape: Self.people)
        chat(etl, g5mini, tier: "flex", perDay: 450, input: 2_000, cached: 1_000, output: 800, shape: Self.people)

        // Research sandbox
        let eli = key("eli-experiments")
        chat(eli, g5mini, perDay: 350, input: 2_500, cached: 1_500, write: 100, output: 1_000, shape: Self.people)
        chat(eli, g5mini, tier: "priority", perDay: 70, input: 2_500, cached: 1_500, output: 1_000, shape: Self.people)
        chat(eli, o4mini, perDay: 90, input: 2_000, output: 1_500, shape: Self.people)
        simple(.fileSearchCalls, eli, [.vectorStoreID: "vs_" + hexID("vs-research")], perDay: 150, perUnit: [], shape: Self.people)
        chat(key("fay-prototype"), g41, perDay: 130, input: 2_000, cached: 500, output: 400, shape: Self.people)
        let web = key("web-agent")
        chat(web, g41mini, perDay: 260, input: 3_000, cached: 1_000, output: 400, shape: Self.people)
        simple(.webSearchCalls, web, [.model: g41mini, .contextLevel: "medium"], perDay: 40, perUnit: [1.3], shape: Self.people)
        simple(.webSearchCalls, web, [.model: g41mini, .contextLevel: "high"], perDay: 15, perUnit: [1.6], shape: Self.people)
        if let unpricedFromDay {
            // An internal preview model that no public price list has: the API bills it, a
            // client's estimator must call it unknown (issue 4).
            chat(eli, SimConfiguration.unpricedModelID, perDay: 60, input: 2_500, cached: 500, output: 700,
                 shape: Self.people, from: unpricedFromDay)
        }

        // legacy-batch (traffic stopped 10 days before the project was archived)
        chat(key("legacy-loader"), g4omini, batch: true, perDay: 4_000, input: 1_500, output: 300,
             shape: Self.nightly, until: legacyUntilDay)

        // Project-level usage: code interpreter sessions and vector storage (no api_key_id).
        let research = projects[3], search = projects[0], legacy = projects[4]
        add(.codeInterpreterSessions, [.projectID: research.id], from: e + 30, until: nil, base: 18, perUnit: [],
            shape: Self.people)
        add(.vectorStores, [.projectID: search.id], from: e + 10, until: nil, base: 2.6 * 1_073_741_824, perUnit: [],
            shape: Self.service)
        add(.vectorStores, [.projectID: research.id], from: e + 30, until: nil, base: 0.7 * 1_073_741_824, perUnit: [],
            shape: Self.service)
        add(.vectorStores, [.projectID: legacy.id], from: e + 5, until: legacyUntilDay + 10, base: 0.2 * 1_073_741_824, perUnit: [],
            shape: Self.service)
        return out
    }

    private func hexID(_ label: String) -> String {
        String(SimHash.hash(seed, SimHash.salt(label)), radix: 16).leftPadded(to: 16)
    }
}
