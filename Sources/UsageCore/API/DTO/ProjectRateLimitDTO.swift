/// `project.rate_limit` (`GET /organization/projects/{id}/rate_limits`;
/// `notes/openai-admin-api.md` §3.4). Per-minute limits are required; the others are present
/// "only for relevant models" (absent, not null). Not yet exposed through ``AdminAPI``.
struct ProjectRateLimitDTO: Decodable, Sendable, IdentifiedDTO {
    var id: String
    var model: String
    /// Requests per minute.
    var maxRequestsPer1Minute: Int64
    /// Tokens per minute.
    var maxTokensPer1Minute: Int64
    /// Images per minute.
    var maxImagesPer1Minute: Int64?
    /// Audio megabytes per minute.
    var maxAudioMegabytesPer1Minute: Int64?
    /// Requests per day.
    var maxRequestsPer1Day: Int64?
    /// Batch input tokens per day.
    var batch1DayMaxInputTokens: Int64?

    enum CodingKeys: String, CodingKey {
        case id, model
        case maxRequestsPer1Minute = "max_requests_per_1_minute"
        case maxTokensPer1Minute = "max_tokens_per_1_minute"
        case maxImagesPer1Minute = "max_images_per_1_minute"
        case maxAudioMegabytesPer1Minute = "max_audio_megabytes_per_1_minute"
        case maxRequestsPer1Day = "max_requests_per_1_day"
        case batch1DayMaxInputTokens = "batch_1_day_max_input_tokens"
    }
}
