import EQP
import Formats
import HTTP1
import Server
import Synchronization

/// One delivery attempt of a callback, as the control API shows it.
public struct CallbackAttempt: Sendable {
    public var deliveryID: Int
    public var attempt: Int
    public var mageID: String
    public var event: String
    public var url: String
    /// Sandbox-clock time the attempt finished, `YYYY-MM-DD HH:MM:SS`.
    public var time: String
    public var payload: JSON
    /// The receiver's status code, if it answered.
    public var status: Int?
    /// Why the attempt failed, if it did (refused, timed out, non-2xx...).
    public var error: String?
    /// Whether another attempt is scheduled after this one.
    public var willRetry: Bool

    public var json: JSON {
        var o = JSONObject()
        o.append("delivery_id", .int(deliveryID))
        o.append("attempt", .int(attempt))
        o.append("mage_id", .string(mageID))
        o.append("callback_event", .string(event))
        o.append("url", .string(url))
        o.append("time", .string(time))
        o.append("status", status.map { .int($0) } ?? .null)
        o.append("error", error.map { .string($0) } ?? .null)
        o.append("will_retry", .bool(willRetry))
        o.append("payload", payload)
        return .object(o)
    }
}

/// Sends queued callbacks (callbacks.md) with Basic auth through the outbound client, off the
/// request path, retrying failures with exponential back-off a bounded number of times, and
/// remembers every attempt (the newest `historyLimit`).
public final class CallbackDispatcher: Sendable {
    private let client: HTTPClient
    private let store: SandboxStore
    public let maxAttempts: Int
    public let firstBackoff: Double
    public let timeout: Double
    private let historyLimit: Int
    private let state = Mutex<(nextID: Int, attempts: [CallbackAttempt])>((1, []))

    public init(client: HTTPClient, store: SandboxStore, maxAttempts: Int = 5, firstBackoff: Double = 1,
                timeout: Double = 5, historyLimit: Int = 1000) {
        self.client = client
        self.store = store
        self.maxAttempts = maxAttempts
        self.firstBackoff = firstBackoff
        self.timeout = timeout
        self.historyLimit = historyLimit
    }

    /// Settles what the sandbox clock says is due and sends whatever callbacks that queued.
    /// Called on a short timer by the executable.
    public func pump() {
        store.tick()
        for delivery in store.drainCallbackEvents() { send(delivery) }
    }

    public func send(_ delivery: CallbackDelivery) {
        let id = state.withLock { s -> Int in
            defer { s.nextID += 1 }
            return s.nextID
        }
        attempt(delivery, id: id, number: 1)
    }

    private func attempt(_ delivery: CallbackDelivery, id: Int, number: Int) {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if delivery.username != nil || delivery.password != nil {
            let credentials = "\(delivery.username ?? ""):\(delivery.password ?? "")"
            headers.add("Authorization", "Basic " + Base64.encode(Array(credentials.utf8)))
        }
        let request = OutboundRequest(url: delivery.url, method: .POST, headers: headers, body: delivery.payload.serialized())
        client.send(request, timeout: timeout) { [self] result in
            var status: Int?
            var error: String?
            switch result {
            case .success(let response):
                status = response.status.code
                if !(200..<300).contains(response.status.code) { error = "receiver answered \(response.status.code)" }
            case .failure(let e):
                error = e.description
            }
            // An https URL or a malformed one will never work: retrying would only add noise.
            let permanent = error.map { $0.contains("not supported") || $0.contains("not a valid") } ?? false
            let retry = error != nil && !permanent && number < maxAttempts
            record(CallbackAttempt(deliveryID: id, attempt: number, mageID: delivery.mageID, event: delivery.event,
                                   url: delivery.url, time: UTCTimestamp.format(store.clock.now), payload: delivery.payload,
                                   status: status, error: error, willRetry: retry))
            if retry {
                let delay = firstBackoff * Double(1 << (number - 1))
                client.schedule(after: delay) { [self] in attempt(delivery, id: id, number: number + 1) }
            }
        }
    }

    private func record(_ a: CallbackAttempt) {
        state.withLock { s in
            s.attempts.append(a)
            if s.attempts.count > historyLimit { s.attempts.removeFirst(s.attempts.count - historyLimit) }
        }
    }

    /// Every recorded attempt, oldest first.
    public var attempts: [CallbackAttempt] { state.withLock { $0.attempts } }

    public func clearHistory() { state.withLock { $0.attempts.removeAll() } }
}
