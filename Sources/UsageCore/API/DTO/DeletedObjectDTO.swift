/// The answer to a DELETE: `{"object":"organization.project.api_key.deleted","id":…,"deleted":true}`
/// or `{"object":"organization.spend_limit.deleted","deleted":true}` (`notes/openai-admin-api.md`
/// §3.3, §5). usagetop never deletes anything; this shape exists so the client and its tests
/// cover every example body of the spec.
struct DeletedObjectDTO: Decodable, Sendable {
    var object: String
    var id: String?
    var deleted: Bool
}
