import EQP
import Formats
import HTTP1
import Server

/// The sandbox clock: token expiry and malware scans (and, with packages, review pace) follow
/// it, so a test moves time instead of waiting for it.
struct ControlClockRoutes {
    let store: SandboxStore

    func register(on routes: ControlRouteRegistrar) {
        routes.add(.GET, "/clock") { _ in clockJSON() }
        routes.add(.PUT, "/clock") { ctx in try set(ctx) }
        routes.add(.POST, "/clock/advance") { ctx in try advance(ctx) }
    }

    func clockJSON() -> HTTPResponse {
        let now = store.clock.now
        return APIResponse.json([
            "now": .string(UTCTimestamp.format(now)),
            "epoch": .int(now),
            "mode": .string(store.clock.mode == .manual ? "manual" : "system"),
        ])
    }

    /// `{"now": "YYYY-MM-DD HH:MM:SS"}` or `{"epoch": N}`: exactly one.
    func set(_ ctx: RequestContext) throws -> HTTPResponse {
        let o = try JSONBody.parse(ctx.request, expected: #"{"now": "YYYY-MM-DD HH:MM:SS"} or {"epoch": N}"#)
        guard case .object(let body) = o else { throw EQPError.wrongType("The request body", expected: .object, actual: o) }
        try ControlRequest.requireKnown(body, ["now", "epoch"])
        let target: Int
        switch (body["now"], body["epoch"]) {
        case (let now?, nil):
            guard case .string(let text) = now else { throw EQPError.wrongType("now", expected: .string, actual: now) }
            guard let t = UTCTimestamp.parse(text) else {
                throw EQPError.invalidValue("now", "must be a UTC timestamp 'YYYY-MM-DD HH:MM:SS', got '\(text)'")
            }
            target = t
        case (nil, let epoch?):
            guard let t = epoch.intValue else { throw EQPError.wrongType("epoch", expected: .int, actual: epoch) }
            guard t >= 0 && t < 253_402_300_800 else { throw EQPError.invalidValue("epoch", "must be from 0 to 253402300799 (year 9999), got \(t)") }
            target = t
        case (nil, nil): throw EQPError.missing("now")
        default: throw EQPError.invalidValue("The request body", "must give either now or epoch, not both")
        }
        store.setClock(target)
        return clockJSON()
    }

    /// `{"seconds": N}`, N ≥ 0 (set the clock with PUT to go back).
    func advance(_ ctx: RequestContext) throws -> HTTPResponse {
        let o = try JSONBody.parse(ctx.request, expected: #"{"seconds": N}"#)
        guard case .object(let body) = o else { throw EQPError.wrongType("The request body", expected: .object, actual: o) }
        try ControlRequest.requireKnown(body, ["seconds"])
        guard let value = body["seconds"] else { throw EQPError.missing("seconds") }
        guard let seconds = value.intValue else { throw EQPError.wrongType("seconds", expected: .int, actual: value) }
        guard seconds >= 0 && seconds <= 100 * 365 * 86_400 else {
            throw EQPError.invalidValue("seconds", "must be from 0 to 3153600000 (a century); use PUT /_sandbox/clock to go back, got \(seconds)")
        }
        // Settles now too, so finished scans queue their callbacks before the next request.
        store.advanceClock(by: seconds)
        return clockJSON()
    }
}
