import HTTP1
import Sockets

/// Answers one complete request. The server calls this on its event-loop threads, so it must
/// be thread-safe and must not block.
public protocol HTTPResponder: AnyObject, Sendable {
    func respond(to request: HTTPRequest, remoteAddress: String) -> HTTPResponse
}

public typealias RouteHandler = @Sendable (RequestContext) throws -> HTTPResponse

/// Method + path-pattern routing. Patterns are `/`-separated; a segment starting with `:` is a
/// parameter. Literal segments win over parameters, so `/packages/skus` is never read as
/// `/packages/:submission_id`. Trailing and doubled slashes are ignored (SANDBOX-NOTES.md).
///
/// Routes are added before the server starts and never change afterwards, which is what makes
/// concurrent lookups from several event loops safe without a lock.
public final class Router: HTTPResponder, @unchecked Sendable {
    final class Node {
        var literals: [String: Node] = [:]
        var parameter: (name: String, node: Node)?
        var handlers: [HTTPMethod: (pattern: String, handler: RouteHandler)] = [:]
    }

    private let root = Node()
    /// Called for an error that is not `HTTPResponseConvertible`: it becomes a 500, and this
    /// hook writes the log line.
    public var onUnexpectedError: @Sendable (Error, HTTPRequest) -> Void = { _, _ in }
    /// Wraps every matched handler (authentication, journaling, fault injection...).
    public var middleware: [@Sendable (RequestContext, RouteHandler) throws -> HTTPResponse] = []
    /// Answers requests that match no route; the default is the JSON 404.
    public var notFound: @Sendable (HTTPRequest) -> HTTPResponse = { request in
        HTTPError(.notFound, "No route for \(request.method) \(request.path)").httpResponse
    }

    /// Called once for every request the router answers (matched, 404, 405, or an error),
    /// with the route's context (`routePattern` empty when no route matched), the response and
    /// the handling time in nanoseconds, on the answering thread before the response is sent:
    /// for the request journal. Set before the server starts.
    public var onResponse: (@Sendable (RequestContext, HTTPResponse, UInt64) -> Void)?

    public init() {}

    public func add(_ method: HTTPMethod, _ pattern: String, _ handler: @escaping RouteHandler) {
        var node = root
        for segment in pattern.split(separator: "/", omittingEmptySubsequences: true) {
            if segment.hasPrefix(":") {
                let name = String(segment.dropFirst())
                if let existing = node.parameter {
                    precondition(existing.name == name, "conflicting parameter names :\(existing.name) and :\(name) in \(pattern)")
                    node = existing.node
                } else {
                    let child = Node()
                    node.parameter = (name, child)
                    node = child
                }
            } else {
                let key = String(segment)
                if let child = node.literals[key] { node = child } else {
                    let child = Node()
                    node.literals[key] = child
                    node = child
                }
            }
        }
        node.handlers[method] = (pattern, handler)
    }

    public func get(_ pattern: String, _ handler: @escaping RouteHandler) { add(.GET, pattern, handler) }
    public func post(_ pattern: String, _ handler: @escaping RouteHandler) { add(.POST, pattern, handler) }
    public func put(_ pattern: String, _ handler: @escaping RouteHandler) { add(.PUT, pattern, handler) }
    public func delete(_ pattern: String, _ handler: @escaping RouteHandler) { add(.DELETE, pattern, handler) }

    /// Finds the node for a path, literal segments first, backtracking to parameters.
    private func match(_ segments: [String], _ index: Int, _ node: Node, _ params: inout [(String, String)]) -> Node? {
        if index == segments.count { return node.handlers.isEmpty ? nil : node }
        let segment = segments[index]
        if let child = node.literals[segment], let found = match(segments, index + 1, child, &params) {
            return found
        }
        if let (name, child) = node.parameter {
            params.append((name, segment))
            if let found = match(segments, index + 1, child, &params) { return found }
            params.removeLast()
        }
        return nil
    }

    /// The methods a path answers to, for `Allow` and for tools that list routes.
    public func allowedMethods(for path: String) -> [HTTPMethod] {
        var params: [(String, String)] = []
        guard let node = match(URLTarget.segments(path), 0, root, &params) else { return [] }
        return allowed(node)
    }

    private func allowed(_ node: Node) -> [HTTPMethod] {
        var methods = Array(node.handlers.keys)
        if node.handlers[.GET] != nil && node.handlers[.HEAD] == nil { methods.append(.HEAD) }
        return methods.sorted { $0.rawValue < $1.rawValue }
    }

    /// Every registered route as (method, pattern), sorted by pattern then method: for route
    /// listings and "did you mean" suggestions. HEAD is implied by GET and not listed.
    public func routes() -> [(method: HTTPMethod, pattern: String)] {
        var out: [(method: HTTPMethod, pattern: String)] = []
        var stack = [root]
        while let node = stack.popLast() {
            for (method, entry) in node.handlers { out.append((method, entry.pattern)) }
            stack.append(contentsOf: node.literals.values)
            if let (_, child) = node.parameter { stack.append(child) }
        }
        return out.sorted { $0.pattern != $1.pattern ? $0.pattern < $1.pattern : $0.method.rawValue < $1.method.rawValue }
    }

    public func respond(to request: HTTPRequest, remoteAddress: String) -> HTTPResponse {
        guard let onResponse else { return route(request, remoteAddress: remoteAddress).response }
        let started = MonotonicClock.now()
        let (context, response) = route(request, remoteAddress: remoteAddress)
        onResponse(context, response, MonotonicClock.now() &- started)
        return response
    }

    /// Finds and runs the handler; the context tells the observer which route answered.
    private func route(_ request: HTTPRequest, remoteAddress: String) -> (context: RequestContext, response: HTTPResponse) {
        var params: [(String, String)] = []
        guard let node = match(request.pathSegments, 0, root, &params) else {
            return (RequestContext(request: request, remoteAddress: remoteAddress), notFound(request))
        }
        var method = request.method
        if method == .HEAD && node.handlers[.HEAD] == nil { method = .GET }
        guard let (pattern, handler) = node.handlers[method] else {
            let allow = allowed(node).map(\.rawValue).joined(separator: ", ")
            let response = HTTPError(.methodNotAllowed, "Method \(request.method) is not allowed on \(request.path); allowed: \(allow)",
                                     headers: ["Allow": allow]).httpResponse
            return (RequestContext(request: request, remoteAddress: remoteAddress), response)
        }
        var parameters: [String: String] = [:]
        for (k, v) in params { parameters[k] = v }
        let context = RequestContext(request: request, parameters: parameters, routePattern: pattern, remoteAddress: remoteAddress)
        do {
            var chain: RouteHandler = handler
            for m in middleware.reversed() {
                let next = chain
                chain = { ctx in try m(ctx, next) }
            }
            return (context, try chain(context))
        } catch {
            return (context, Router.response(for: error, request: request, onUnexpected: onUnexpectedError))
        }
    }

    /// The single place where thrown errors become responses.
    public static func response(for error: Error, request: HTTPRequest,
                                onUnexpected: (Error, HTTPRequest) -> Void) -> HTTPResponse {
        if let convertible = error as? HTTPResponseConvertible { return convertible.httpResponse }
        onUnexpected(error, request)
        return HTTPError(.internalServerError, "Internal server error: the sandbox hit an unexpected condition").httpResponse
    }
}
