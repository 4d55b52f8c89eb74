import EQP
import HTTP1
import Server

/// `GET`/`HEAD /_sandbox/` (and `/_sandbox`): the dashboard, one self-contained HTML page
/// (`DashboardPage`) whose script reads and drives the control API. The page itself is served
/// without the control token, since it holds no data; when the sandbox has one, the page asks
/// for it and sends it as `X-Sandbox-Token` on every control call.
struct DashboardRoutes {
    /// The page's bytes, built once.
    static let body = Array(DashboardPage.html.utf8)

    /// The script and style are inline and the page only talks to its own origin; the policy
    /// makes sure nothing else is loaded or framed, whatever data ends up in the page.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.GET, "", open: true) { _ in Self.page() }
    }

    static func page() -> HTTPResponse {
        HTTPResponse(status: .ok, headers: [
            "Content-Type": "text/html; charset=utf-8",
            "Cache-Control": "no-store",
            "Content-Security-Policy": contentSecurityPolicy,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
        ], body: body)
    }
}
