/// One API key's usage over a range of UTC days, loaded from the cache on demand when its
/// detail page opens (too much to keep for every key in a ``DashboardSnapshot``).
///
/// Money is billed USD when the cache holds costs grouped by `api_key_id`, otherwise token ×
/// price estimates (``costIsEstimate``, shown with ≈). Times are Unix seconds UTC.
public struct KeyDetail: Sendable, Hashable {
    /// The key's `api_key_id` (`key_…`).
    public var keyID: String
    /// Day starts covered, ascending (`from` … the last day before `to`).
    public var days: [UnixSeconds]
    /// Spend per day, aligned to ``days``; `nil` = no data.
    public var dailyCost: [USD?]
    /// Whether ``dailyCost`` and the shares' costs are estimates rather than billed dollars.
    public var costIsEstimate: Bool
    /// Completions plus embeddings activity per day, aligned to ``days``; `nil` = no data.
    public var dailyActivity: [Activity?]
    /// Activity and estimated cost by `model` over the range, biggest first.
    public var models: [UsageShare]
    /// Activity and estimated cost by service tier over the range (`default`, `flex`,
    /// `priority`, and `batch` for Batch API rows), biggest first.
    public var serviceTiers: [UsageShare]

    /// Creates a detail.
    public init(keyID: String, days: [UnixSeconds], dailyCost: [USD?], costIsEstimate: Bool,
                dailyActivity: [Activity?], models: [UsageShare], serviceTiers: [UsageShare]) {
        self.keyID = keyID
        self.days = days
        self.dailyCost = dailyCost
        self.costIsEstimate = costIsEstimate
        self.dailyActivity = dailyActivity
        self.models = models
        self.serviceTiers = serviceTiers
    }
}

/// What to load for a key's detail: the key and a range of UTC days `[from, to)`.
public struct KeyDetailRequest: Sendable, Hashable {
    /// `api_key_id`.
    public var keyID: String
    /// First day start (Unix seconds UTC, inclusive).
    public var from: UnixSeconds
    /// End (Unix seconds UTC, exclusive; may be tomorrow's start to include today).
    public var to: UnixSeconds

    /// Creates a request.
    public init(keyID: String, from: UnixSeconds, to: UnixSeconds) {
        self.keyID = keyID
        self.from = from
        self.to = to
    }
}

/// One slice of a key's usage (a model, a service tier): its activity and its token × price
/// estimate in USD (`nil` when no price covers it: *unknown*, never $0).
public struct UsageShare: Sendable, Hashable {
    /// The model id or tier name.
    public var name: String
    /// Tokens and requests.
    public var activity: Activity
    /// Estimated USD of the priced part; `nil` = nothing in it is priced.
    public var estimate: USD?
    /// Tokens in the slice whose model has no price: when non-zero, ``estimate`` (if any) leaves
    /// them out and the slice's cost is incomplete (tokens).
    public var unpricedTokens: Int64 = 0

    /// Creates a share.
    public init(name: String, activity: Activity, estimate: USD?) {
        self.name = name
        self.activity = activity
        self.estimate = estimate
    }
}
