import HTTPTypes
import Hummingbird
import NIOCore

// MARK: - Hummingbird adapter

/// Adapts ``SimAPI`` to Hummingbird: reads method, path, raw query and `Authorization`, applies
/// fault injection, and writes the JSON body.
struct SimResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let api: SimAPI
    let clock: SimClock
    let faults: SimFaults

    func respond(to request: Request, context: Context) async throws -> Response {
        let simResponse: SimResponse
        if let fault = faults.nextFault() {
            simResponse = fault
        } else {
            let simRequest = SimRequest(method: request.method.rawValue, path: request.uri.path,
                                        rawQuery: request.uri.query, authorization: request.headers[.authorization])
            simResponse = api.handle(simRequest, now: clock.now())
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        for (name, value) in simResponse.headers {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return Response(status: HTTPResponse.Status(code: simResponse.status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(string: simResponse.body)))
    }
}
