import UsageCore

// MARK: - Key detail loading

extension Reducer {
    /// Keeps the open key detail's data in step with the state, after every action: when a
    /// detail is open (``KeysPageState/detailKeyID``) and its request — the key and the Usage
    /// page's current range (``UsageSettings/range``) — differs from the last one, or a new
    /// snapshot arrived since, asks for it with ``Effect/loadKeyDetail(_:)`` (so opening a
    /// detail, changing the range while it is open, and new data all load it). A closed detail
    /// forgets its request and data.
    static func keyDetailEffects(_ state: inout AppState) -> [Effect] {
        guard let id = state.keys.detailKeyID, state.detailKey != nil else {
            state.keys.detailRequest = nil
            state.keys.detailRequestedFor = nil
            state.keys.detail = nil
            return []
        }
        let request = keyDetailRequest(keyID: id, range: state.usage.range, now: state.now)
        guard request != state.keys.detailRequest || state.keys.detailRequestedFor != state.snapshot.now else { return [] }
        state.keys.detailRequest = request
        state.keys.detailRequestedFor = state.snapshot.now
        if state.keys.detail?.keyID != id { state.keys.detail = nil }
        return [.loadKeyDetail(request)]
    }

    /// Keeps `detail` when it answers the open detail's current request (same key, days inside
    /// the requested range); a late answer to an older request (another key or range) is
    /// dropped.
    static func receiveKeyDetail(_ detail: KeyDetail, in state: inout AppState) -> [Effect] {
        guard let request = state.keys.detailRequest, detail.keyID == request.keyID,
              detail.days.allSatisfy({ $0 >= request.from && $0 < request.to }) else { return [] }
        state.keys.detail = detail
        return []
    }

    /// The request for key `keyID` over `range` at `now` (Unix seconds UTC): its first day start
    /// to the day after its last (exclusive), so month to date and the last N days include today.
    static func keyDetailRequest(keyID: String, range: UsageRange, now: UnixSeconds) -> KeyDetailRequest {
        let bounds = range.dayBounds(now: now)
        return KeyDetailRequest(keyID: keyID, from: bounds.first, to: bounds.last + UTCCalendar.secondsPerDay)
    }
}

extension KeysPageState {
    /// The loaded detail when it answers the current request; `nil` while loading.
    public var loadedDetail: KeyDetail? {
        guard let detail, let request = detailRequest, detail.keyID == request.keyID,
              detail.days.first.map({ $0 == request.from }) ?? true else { return nil }
        return detail
    }
}
