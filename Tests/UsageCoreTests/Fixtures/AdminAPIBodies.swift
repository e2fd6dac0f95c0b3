/// JSON bodies for the Admin API client tests, written by hand from the spec's shapes
/// (`openai-admin-spec/examples/`) with the variations the client must tolerate.
enum AdminAPIBodies {
    /// One page of 1-day completions buckets, ungrouped.
    static func completionsPage(days: [(start: Int64, input: Int64)], hasMore: Bool, nextPage: String?) -> String {
        let buckets = days.map { day in
            """
            {"object":"bucket","start_time":\(day.start),"end_time":\(day.start + 86_400),"results":[
              {"object":"organization.usage.completions.result","input_tokens":\(day.input),"output_tokens":\(day.input / 2),
               "num_model_requests":3,"input_cached_tokens":\(day.input / 4),
               "project_id":null,"user_id":null,"api_key_id":null,"model":null,"batch":null,"service_tier":null}]}
            """
        }
        let next = nextPage.map { "\"\($0)\"" } ?? "null"
        return #"{"object":"page","data":["# + buckets.joined(separator: ",") + #"],"has_more":\#(hasMore),"next_page":\#(next)}"#
    }

    /// A costs page whose `amount.value`s are given as raw JSON text (numbers or strings).
    static func costsPage(start: Int64, rawValues: [String], arrayName: String = "results") -> String {
        let results = rawValues.map {
            #"{"object":"organization.costs.result","amount":{"value":\#($0),"currency":"usd"},"line_item":null,"project_id":null,"api_key_id":null,"quantity":null,"quantity_unit":null}"#
        }
        return #"{"object":"page","data":[{"object":"bucket","start_time":\#(start),"end_time":\#(start + 86_400),"\#(arrayName)":["# + results.joined(separator: ",") + #"]}],"has_more":false,"next_page":null}"#
    }

    /// One page of a project list.
    static func projectsPage(ids: [String], lastID: String?, hasMore: Bool) -> String {
        let items = ids.map {
            #"{"id":"\#($0)","object":"organization.project","name":"Project \#($0)","created_at":1711471533,"archived_at":null,"status":"active"}"#
        }
        let last = lastID.map { "\"\($0)\"" } ?? "null"
        return #"{"object":"list","data":["# + items.joined(separator: ",") + #"],"first_id":null,"last_id":\#(last),"has_more":\#(hasMore)}"#
    }

    /// The spec's `ErrorResponse` with `message`.
    static func error(_ message: String, type: String = "invalid_request_error") -> String {
        #"{"error":{"message":"\#(message)","type":"\#(type)","param":null,"code":null}}"#
    }
}
