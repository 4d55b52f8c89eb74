import Glibc
import HTTP1
import Sockets

/// One accepted connection: reads bytes into the parser, answers each complete request in
/// order (pipelining), writes without ever blocking, and enforces the deadlines.
/// Lives on exactly one event loop; the only owner of its socket.
final class HTTPConnection: EventHandler {
    let socket: Socket
    unowned let worker: ServerWorker
    let remoteAddress: String
    private var parser: HTTPRequestParser
    private var output = OutputQueue()
    private var closeAfterFlush = false
    private var readingPaused = false
    private var wantsWrite = false
    private var peerClosedInput = false
    private(set) var isClosed = false
    /// Monotonic deadline of the current phase (idle, head, body, or stalled write).
    private(set) var deadline: UInt64 = 0
    private var phaseStart: UInt64 = 0
    private var phase = Phase.idle
    /// Requests answered on this connection.
    private(set) var requestCount = 0
    /// A response held back by `ConnectionDirective.delayHeader`: until its timer fires the
    /// socket is out of epoll and nothing else on this connection is read, answered or timed out.
    private var holdingResponse = false

    enum Phase { case idle, head, body, closing }

    init(socket: Socket, remoteAddress: String, worker: ServerWorker) {
        self.socket = socket
        self.remoteAddress = remoteAddress
        self.worker = worker
        self.parser = HTTPRequestParser(limits: worker.configuration.limits)
        self.phaseStart = worker.loop.now
        updateDeadline()
    }

    /// Idle between requests with nothing to write: safe to close during shutdown.
    var isIdle: Bool { phase == .idle && output.isEmpty && !parser.hasPartialRequest && !holdingResponse }

    // MARK: reading

    func readable() {
        guard !isClosed, !readingPaused else { return }
        let buffer = worker.readBuffer
        while true {
            let n: Int?
            do {
                n = try socket.read(into: buffer)
            } catch {
                close()
                return
            }
            guard let count = n else { break }
            if count == 0 {
                peerClosedInput = true
                break
            }
            parser.append(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            if count < buffer.count { break }
            // A full buffer: answer what is parsed before reading more, so a flood of
            // pipelined requests cannot grow the parser's buffer without bound.
            processInput()
            if isClosed || readingPaused || closeAfterFlush || holdingResponse { break }
        }
        processInput()
        if isClosed || holdingResponse { return }
        if peerClosedInput {
            // The client finished sending (shutdown(SHUT_WR) or close). Anything answered is
            // still written; a half-sent request can never complete.
            closeAfterFlush = true
            if output.isEmpty { close(); return }
            worker.loop.modify(socket.fd, readable: false, writable: true)
            wantsWrite = true
        }
        flush()
    }

    /// Parses and answers as many buffered requests as possible.
    private func processInput() {
        while !isClosed && !closeAfterFlush && !holdingResponse {
            if output.byteCount >= worker.configuration.outputHighWater {
                pauseReading()
                return
            }
            let event: HTTPParserEvent?
            do {
                event = try parser.next()
            } catch let error as HTTPParseError {
                fail(error.status, error.message)
                return
            } catch {
                fail(.badRequest, "Malformed request")
                return
            }
            guard let event else { break }
            switch event {
            case .head(let head):
                enter(.body)
                // RFC 9110 §10.1.1: invite the body only if it has not already arrived.
                if head.expectsContinue && head.version == .http1_1 && parser.isReadingBody {
                    output.append(HTTPResponseEncoder.continueLine)
                }
            case .request(let request):
                answer(request)
            }
        }
        if !isClosed && !closeAfterFlush && !holdingResponse && phase != .body {
            enter(parser.hasPartialRequest ? .head : .idle)
        }
    }

    private func answer(_ request: HTTPRequest) {
        let started = worker.loop.now
        var response = worker.responder.respond(to: request, remoteAddress: remoteAddress)
        requestCount += 1
        let directive = ConnectionDirective.take(from: &response)
        if directive.delaySeconds > 0 {
            hold(request, response, started: started, delay: directive.delaySeconds, drop: directive.drop)
            return
        }
        if directive.drop {
            close()
            return
        }
        write(request, response, started: started)
    }

    /// Queues a response's bytes and settles keep-alive.
    private func write(_ request: HTTPRequest, _ response: HTTPResponse, started: UInt64) {
        var response = response
        var keepAlive = request.head.keepAlive && !worker.isShuttingDown
        if response.headers.hasToken("close", in: "Connection") {
            keepAlive = false
            response.headers.remove("Connection")
        }
        var head: [UInt8] = []
        head.reserveCapacity(192 + response.headers.count * 32)
        HTTPResponseEncoder.writeHead(response, date: worker.dateHeader(), keepAlive: keepAlive,
                                      requestVersion: request.head.version, into: &head)
        let isHEAD = request.method == .HEAD
        if !isHEAD && response.body.count <= 4096 {
            // Small bodies ride in the head's buffer: one chunk, one iovec.
            head.append(contentsOf: response.body)
            output.append(head)
        } else {
            output.append(head)
            if !isHEAD { output.append(response.body) }
        }
        worker.observe(request, response, started, remoteAddress)
        if !keepAlive { closeAfterFlush = true }
        enter(.idle)
    }

    /// Parks the connection for `delay` seconds, then writes `response` (or closes, for a drop)
    /// and carries on with whatever was pipelined behind it. Leaving epoll for the wait means
    /// no wake-ups at all, not even for a peer's hang-up; a write after the wait finds out.
    private func hold(_ request: HTTPRequest, _ response: HTTPResponse, started: UInt64, delay: Double, drop: Bool) {
        holdingResponse = true
        // Answers to earlier pipelined requests go out now, not after this one's delay.
        flush()
        if isClosed { return }
        worker.loop.deregister(socket.fd)
        deadline = worker.loop.now &+ MonotonicClock.seconds(delay + worker.configuration.writeTimeout)
        worker.loop.schedule(after: delay) { [weak self] in
            guard let self, !self.isClosed else { return }
            self.holdingResponse = false
            if drop {
                self.close()
                return
            }
            do {
                try self.worker.loop.register(self.socket.fd, self, readable: true)
            } catch {
                self.close()
                return
            }
            self.wantsWrite = false
            self.readingPaused = false
            self.write(request, response, started: started)
            self.processInput()
            if self.isClosed { return }
            if self.peerClosedInput { self.closeAfterFlush = true }
            self.flush()
        }
    }

    /// Answers a request the parser refused, then closes: the byte stream cannot be trusted.
    private func fail(_ status: HTTPStatus, _ message: String) {
        var head: [UInt8] = []
        let response = HTTPResponse.error(status, message: message)
        HTTPResponseEncoder.writeHead(response, date: worker.dateHeader(), keepAlive: false,
                                      requestVersion: .http1_1, into: &head)
        head.append(contentsOf: response.body)
        output.append(head)
        closeAfterFlush = true
        worker.observeFailure(status, message, remoteAddress)
    }

    private func pauseReading() {
        guard !readingPaused else { return }
        readingPaused = true
        worker.loop.modify(socket.fd, readable: false, writable: true)
        wantsWrite = true
    }

    // MARK: writing

    func writable() {
        guard !isClosed else { return }
        flush()
    }

    /// Writes what the socket takes now; asks for writability only while bytes remain.
    private func flush() {
        guard !isClosed else { return }
        while !output.isEmpty {
            let written: Int
            do {
                written = try output.write { iov in try socket.send(iov) }
            } catch {
                close() // EPIPE, ECONNRESET: the peer is gone; nothing to tell it.
                return
            }
            if written == 0 {
                if !wantsWrite {
                    wantsWrite = true
                    worker.loop.modify(socket.fd, readable: !readingPaused && !peerClosedInput, writable: true)
                }
                if phase != .closing { phaseStart = worker.loop.now }
                deadline = worker.loop.now &+ MonotonicClock.seconds(worker.configuration.writeTimeout)
                return
            }
        }
        if closeAfterFlush {
            close()
            return
        }
        if wantsWrite || readingPaused {
            wantsWrite = false
            let resume = readingPaused
            readingPaused = false
            worker.loop.modify(socket.fd, readable: true, writable: false)
            if resume {
                processInput()
                flush()
                return
            }
        }
        updateDeadline()
    }

    // MARK: deadlines

    private func enter(_ newPhase: Phase) {
        if newPhase != phase {
            phase = newPhase
            phaseStart = worker.loop.now
        } else if newPhase == .idle {
            phaseStart = worker.loop.now
        }
        updateDeadline()
    }

    private func updateDeadline() {
        let c = worker.configuration
        let seconds: Double
        switch phase {
        case .idle: seconds = c.idleTimeout
        case .head: seconds = c.headerReadTimeout
        case .body: seconds = c.bodyReadTimeout
        case .closing: seconds = c.writeTimeout
        }
        deadline = phaseStart &+ MonotonicClock.seconds(seconds)
    }

    /// Called by the worker's sweep once `deadline` has passed.
    func deadlineExpired() {
        guard !isClosed, !holdingResponse else { return }
        if !output.isEmpty {
            close() // the peer stopped reading
            return
        }
        switch phase {
        case .idle:
            close()
        case .head, .body, .closing:
            // RFC 9110 §15.5.9: 408 tells the client why before the connection goes.
            let message = phase == .body ? "Timed out reading the request body" : "Timed out reading the request head"
            phase = .closing
            readingPaused = true
            fail(.requestTimeout, message)
            flush()
            if !isClosed {
                deadline = worker.loop.now &+ MonotonicClock.seconds(1)
            }
        }
    }

    /// Since when this connection has been waiting for a request (idle) or for the rest of a
    /// head it started, or nil when it is doing anything else: a candidate to make room at the
    /// limit.
    var waitingForHead: (since: UInt64, started: Bool)? {
        guard !isClosed, !holdingResponse, output.isEmpty, phase == .idle || phase == .head else { return nil }
        return (phaseStart, phase == .head)
    }

    /// Closed to make room for a new connection at the limit: a head still arriving gets the
    /// 408 the header timeout would have sent, an idle connection just closes (nginx drains
    /// idle keep-alive connections the same way when it runs short).
    func evict() {
        if phase == .head {
            phase = .closing
            readingPaused = true
            fail(.requestTimeout, "Timed out reading the request head (the server is at its connection limit)")
            flush()
        }
        close()
    }

    /// Finish the current exchange, then close (graceful shutdown).
    func closeWhenIdle() {
        if isIdle { close() } else { closeAfterFlush = closeAfterFlush || phase == .idle }
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        worker.loop.deregister(socket.fd)
        socket.close()
        output.removeAll()
        worker.connectionClosed(self)
    }
}
