import HTTP1

/// Internal response headers a responder sets to make the connection misbehave on purpose
/// (the sandbox's fault injection). The connection removes them before anything is written, so
/// no client ever sees them. Not part of any public contract: only `EQPRoutes.FaultInjector`
/// sets them.
public enum ConnectionDirective {
    /// Hold the response this many milliseconds before writing it. The connection leaves epoll
    /// for the wait and a loop timer resumes it, so the loop keeps serving other connections;
    /// later pipelined requests on the same connection wait their turn, as HTTP/1.1 requires.
    public static let delayHeader = "X-Sandbox-Internal-Delay-Ms"
    /// Close the connection without writing this response (after the delay, if any): the
    /// client sees the connection end with no answer.
    public static let dropHeader = "X-Sandbox-Internal-Drop"

    /// Longest delay honoured, so a typo cannot park a connection for days.
    public static let maxDelayMilliseconds = 600_000

    /// Removes the directives from `response` and answers what they asked for.
    static func take(from response: inout HTTPResponse) -> (delaySeconds: Double, drop: Bool) {
        guard !response.headers.isEmpty,
              response.headers.contains(delayHeader) || response.headers.contains(dropHeader) else { return (0, false) }
        let milliseconds = response.headers[delayHeader].flatMap { Int($0) } ?? 0
        let drop = response.headers.contains(dropHeader)
        response.headers.remove(delayHeader)
        response.headers.remove(dropHeader)
        return (Double(min(max(0, milliseconds), maxDelayMilliseconds)) / 1000, drop)
    }
}
