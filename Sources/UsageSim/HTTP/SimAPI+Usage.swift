// MARK: - /organization/usage/{type}

extension SimAPI {
    /// The common window of a bucketed request: buckets of the page, and the next cursor.
    struct BucketWindow {
        let buckets: [(start: Int64, end: Int64)]
        let nextStart: Int64?
    }

    /// Parses `start_time`, `end_time`, `bucket_width`, `limit` and `page`, and plans the page's
    /// buckets. `end_time` is exclusive and never later than `now`.
    func bucketWindow(_ request: SimRequest, now: Int64, costs: Bool) throws(SimAPIError) -> BucketWindow {
        guard let start = try SimParams.time(request, "start_time") else {
            throw .invalid("start_time", "Missing required parameter: 'start_time'.", code: "missing_required_parameter")
        }
        let widthText = request.value("bucket_width") ?? "1d"
        guard let width = SimBucketWidth(rawValue: widthText) else {
            throw .invalid("bucket_width", "Invalid 'bucket_width': '\(widthText)'. Expected one of '1m', '1h', '1d'.")
        }
        if costs, width != .day {
            throw .invalid("bucket_width", "Invalid 'bucket_width': '\(widthText)'. The costs endpoint only supports '1d'.")
        }
        let limits = costs ? (default: 7, max: 180) : width.usageLimits
        let limit = try SimParams.int(request, "limit", default: limits.default, range: 1...limits.max)
        let requestedEnd = try SimParams.time(request, "end_time")
        if let requestedEnd, requestedEnd < start {
            throw .invalid("end_time", "Invalid 'end_time': it must not be before 'start_time'.")
        }
        let end = min(requestedEnd ?? now, now)
        var cursor = start
        if let page = request.value("page") {
            guard let decoded = SimPageCursor.decode(page), decoded >= start, decoded <= max(start, end) else {
                throw .invalid("page", "Invalid 'page': the cursor is not valid for this request.", code: "invalid_cursor")
            }
            cursor = decoded
        }
        let plan = SimBucketPlan.buckets(from: cursor, to: end, width: width.seconds, limit: limit)
        return BucketWindow(buckets: plan.buckets, nextStart: plan.nextStart)
    }

    /// Wraps buckets in the `page` envelope (`UsageResponse`).
    func page(_ window: BucketWindow, results: [[SimJSON]]) -> SimJSON {
        let data: [SimJSON] = zip(window.buckets, results).map { bucket, items in
            .object([("object", .string("bucket")), ("start_time", .int(bucket.start)),
                     ("end_time", .int(bucket.end)), ("results", .array(items))])
        }
        return .object([
            ("object", .string("page")), ("data", .array(data)),
            ("has_more", .bool(window.nextStart != nil)),
            ("next_page", .optional(window.nextStart.map(SimPageCursor.encode))),
        ])
    }

    /// Parses `group_by` against the allowed values.
    func groupBy(_ request: SimRequest, allowed: [String]) throws(SimAPIError) -> Set<String> {
        let values = request.values("group_by").flatMap { $0.split(separator: ",").map(String.init) }
        for value in values where !allowed.contains(value) {
            throw .invalid("group_by", "Invalid 'group_by' value '\(value)'. Expected any of: \(allowed.joined(separator: ", ")).")
        }
        return Set(values)
    }

    /// `GET /organization/usage/{type}`: buckets of summed series, grouped and filtered (§1).
    func usage(_ endpoint: SimEndpoint, _ request: SimRequest, now: Int64) throws(SimAPIError) -> SimJSON {
        let window = try bucketWindow(request, now: now, costs: false)
        let grouped = try groupBy(request, allowed: endpoint.dimensions.map(\.rawValue))
        let groupDims = endpoint.dimensions.filter { grouped.contains($0.rawValue) }

        // Filters.
        var filters: [(SimDimension, Set<String>)] = []
        for (param, dimension) in endpoint.filters {
            let values = request.values(param).flatMap { $0.split(separator: ",").map(String.init) }
            if !values.isEmpty { filters.append((dimension, Set(values))) }
        }
        if endpoint == .completions, let batch = try SimParams.bool(request, "batch") {
            filters.append((.batch, [batch ? "true" : "false"]))
        }
        let selected = organization.series.indices.filter { index in
            let s = organization.series[index]
            return s.endpoint == endpoint && filters.allSatisfy { dim, values in s.value(dim).map(values.contains) ?? false }
        }

        var memo = SimTotalsMemo()
        let traffic = organization.traffic
        let results: [[SimJSON]] = window.buckets.map { bucket in
            let day = bucket.start / SimTraffic.day
            var sums: [[String?]: [Int64]] = [:]
            for index in selected {
                let s = organization.series[index]
                guard s.isActive(day: day) else { continue }
                let totals = memo.totals(traffic, s, index: index, day: day)
                let counts = traffic.window(s, day: day, start: bucket.start, end: bucket.end, totals: totals)
                guard counts.contains(where: { $0 != 0 }) else { continue }
                let key = groupDims.map { s.value($0) }
                if let existing = sums[key] {
                    sums[key] = zip(existing, counts).map { $0 + $1 }
                } else {
                    sums[key] = counts
                }
            }
            return sums.sorted { $0.key.map { $0 ?? "" }.lexicographicallyPrecedes($1.key.map { $0 ?? "" }) }
                .map { key, counts in
                    var values: [SimDimension: String] = [:]
                    for (dim, value) in zip(groupDims, key) { values[dim] = value }
                    return usageResult(endpoint, counts: counts, dimensions: values)
                }
        }
        return page(window, results: results)
    }

    /// One usage result object: metrics, then every dimension (null unless grouped).
    func usageResult(_ endpoint: SimEndpoint, counts c: [Int64], dimensions: [SimDimension: String]) -> SimJSON {
        var fields: [(String, SimJSON)] = [("object", .string(endpoint.resultObject))]
        switch endpoint {
        case .completions:
            typealias C = SimCompletionCounter
            let cached = c[C.cachedText] + c[C.cachedAudio]
            let uncached = c[C.uncachedText] + c[C.uncachedAudio]
            fields += [
                ("input_tokens", .int(uncached + cached + c[C.cacheWrite])),
                ("output_tokens", .int(c[C.outputText] + c[C.outputAudio])),
                ("input_cached_tokens", .int(cached)),
                ("input_cache_write_tokens", .int(c[C.cacheWrite])),
                ("input_uncached_tokens", .int(uncached)),
                ("input_text_tokens", .int(c[C.uncachedText])),
                ("output_text_tokens", .int(c[C.outputText])),
                ("input_cached_text_tokens", .int(c[C.cachedText])),
                ("input_audio_tokens", .int(c[C.uncachedAudio])),
                ("input_cached_audio_tokens", .int(c[C.cachedAudio])),
                ("output_audio_tokens", .int(c[C.outputAudio])),
                ("input_image_tokens", .int(0)),
                ("input_cached_image_tokens", .int(0)),
                ("output_image_tokens", .int(0)),
                ("num_model_requests", .int(c[C.requests])),
            ]
        case .embeddings, .moderations:
            fields += [("input_tokens", .int(c[1])), ("num_model_requests", .int(c[0]))]
        case .images:
            fields += [("images", .int(c[1])), ("num_model_requests", .int(c[0]))]
        case .audioSpeeches:
            fields += [("characters", .int(c[1])), ("num_model_requests", .int(c[0]))]
        case .audioTranscriptions:
            fields += [("seconds", .int(c[1])), ("num_model_requests", .int(c[0]))]
        case .vectorStores:
            fields += [("usage_bytes", .int(c[0]))]
        case .codeInterpreterSessions:
            fields += [("num_sessions", .int(c[0]))]
        case .fileSearchCalls:
            fields += [("num_requests", .int(c[0]))]
        case .webSearchCalls:
            fields += [("num_model_requests", .int(c[0])), ("num_requests", .int(c[1]))]
        }
        for dim in endpoint.dimensions {
            let value = dimensions[dim]
            if dim == .batch {
                fields.append((dim.rawValue, value.map { .bool($0 == "true") } ?? .null))
            } else {
                fields.append((dim.rawValue, .optional(value)))
            }
        }
        return .object(fields)
    }
}
