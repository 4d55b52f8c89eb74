import Glibc
import HTTP1
import Server
import TestSupport
import XCTest

final class HTTPServerTests: ServerTestCase {
    func testKeepAliveReusesOneConnection() throws {
        let c = try connect()
        for word in ["a", "b", "c"] {
            let r = try c.request("GET", "/echo/\(word)")
            XCTAssertEqual(r.status.code, 200)
            XCTAssertEqual(r.bodyText, "{\"word\":\"\(word)\"}")
            XCTAssertNil(r.headers["Connection"])
            XCTAssertNotNil(r.headers["Date"])
            XCTAssertEqual(r.headers["Content-Type"], "application/json")
            XCTAssertEqual(r.headers["Content-Length"], String(r.body.count))
        }
    }

    func testPipelinedRequestsAreAnsweredInOrder() throws {
        let c = try connect()
        var batch = ""
        for i in 0..<20 { batch += "GET /echo/w\(i) HTTP/1.1\r\nHost: x\r\n\r\n" }
        batch += "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
        try c.send(batch)
        for i in 0..<20 { XCTAssertEqual(try c.readResponse().bodyText, "{\"word\":\"w\(i)\"}") }
        XCTAssertEqual(try c.readResponse().bodyText, "hello")
    }

    func testConnectionCloseAndHTTP10() throws {
        let c = try connect()
        try c.send("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let r = try c.readResponse()
        XCTAssertEqual(r.headers["Connection"], "close")
        XCTAssertTrue(c.waitForClose())

        let d = try connect()
        try d.send("GET /hello HTTP/1.0\r\n\r\n")
        XCTAssertEqual(try d.readResponse().status.code, 200)
        XCTAssertTrue(d.waitForClose(), "HTTP/1.0 without keep-alive closes")

        let e = try connect()
        try e.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        XCTAssertEqual(try e.readResponse().headers["Connection"], "keep-alive")
        try e.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        XCTAssertEqual(try e.readResponse().status.code, 200)
    }

    func testChunkedRequestBody() throws {
        let c = try connect()
        try c.send("PUT /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: y\r\n\r\n")
        let r = try c.readResponse()
        XCTAssertEqual(r.bodyText, "hello world")
    }

    func testExpectContinue() throws {
        let c = try connect()
        try c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n")
        var buf = [UInt8](repeating: 0, count: 64)
        let n = recv(c.fd, &buf, buf.count, 0)
        XCTAssertEqual(String(decoding: buf[0..<max(0, n)], as: UTF8.self), "HTTP/1.1 100 Continue\r\n\r\n")
        try c.send("abc")
        XCTAssertEqual(try c.readResponse().bodyText, "abc")
    }

    func testHeadHasLengthButNoBody() throws {
        let c = try connect()
        let r = try c.request("HEAD", "/hello")
        XCTAssertEqual(r.status.code, 200)
        XCTAssertEqual(r.headers["Content-Length"], "17")
        XCTAssertTrue(r.body.isEmpty)
        // The connection is still in sync: the next response is read correctly.
        XCTAssertEqual(try c.request("GET", "/hello").bodyText, #"{"hello":"world"}"#)
    }

    func testNotFoundAndMethodNotAllowedAreJSON() throws {
        let c = try connect()
        let nf = try c.request("GET", "/nope")
        XCTAssertEqual(nf.status.code, 404)
        XCTAssertTrue(nf.bodyText.hasPrefix(#"{"code":404,"message":"#), nf.bodyText)
        let na = try c.request("DELETE", "/hello")
        XCTAssertEqual(na.status.code, 405)
        XCTAssertEqual(na.headers["Allow"], "GET, HEAD")
        XCTAssertTrue(na.bodyText.hasPrefix(#"{"code":405,"#))
        let trailing = try c.request("GET", "/echo/x/")
        XCTAssertEqual(trailing.status.code, 200, "trailing slash tolerated")
        let noContent = try c.request("DELETE", "/items/1")
        XCTAssertEqual(noContent.status.code, 204)
        XCTAssertNil(noContent.headers["Content-Length"])
    }

    func testPercentDecodingAndQueryPlus() throws {
        let c = try connect()
        XCTAssertEqual(try c.request("GET", "/echo/acme%2Fone%20click").bodyText, #"{"word":"acme/one click"}"#)
        XCTAssertEqual(try c.request("GET", "/query?sort=+platform,-created_at&q=a%26b").bodyText, "sort= platform,-created_at&q=a&b")
    }

    func testUnexpectedErrorIsJSON500AndServerKeepsServing() throws {
        let c = try connect()
        let r = try c.request("GET", "/boom")
        XCTAssertEqual(r.status.code, 500)
        XCTAssertTrue(r.bodyText.hasPrefix(#"{"code":500,"#))
        XCTAssertEqual(try c.request("GET", "/hello").status.code, 200)
    }

    func testMalformedRequestGets400ThenCloseWhileOthersAreServed() throws {
        let good = try connect()
        let bad = try connect()
        try bad.send("GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n")
        let r = try bad.readResponse()
        XCTAssertEqual(r.status.code, 400)
        XCTAssertEqual(r.headers["Connection"], "close")
        XCTAssertTrue(r.bodyText.hasPrefix(#"{"code":400,"message":"#), r.bodyText)
        XCTAssertTrue(bad.waitForClose())
        XCTAssertEqual(try good.request("GET", "/hello").status.code, 200)
    }

    func testOversizedBodyIsRefusedBeforeItIsSent() throws {
        server.shutdown()
        try startServer { $0.limits.maxBodyBytes = 1000 }
        let c = try connect()
        try c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n")
        let r = try c.readResponse()
        XCTAssertEqual(r.status.code, 413)
        XCTAssertTrue(r.bodyText.contains("\"code\":413"))
    }

    func testLongRequestLineAndHeaders() throws {
        let c = try connect()
        try c.send("GET /" + String(repeating: "a", count: 10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try c.readResponse().status.code, 414)
        let d = try connect()
        var text = "GET /hello HTTP/1.1\r\nHost: x\r\n"
        for i in 0..<200 { text += "X-H\(i): v\r\n" }
        try d.send(text + "\r\n")
        XCTAssertEqual(try d.readResponse().status.code, 431)
    }

    func testThousandConcurrentConnections() throws {
        var clients: [TestConnection] = []
        for _ in 0..<1000 { clients.append(try connect(timeout: 20)) }
        for (i, c) in clients.enumerated() { try c.send("GET /echo/c\(i) HTTP/1.1\r\nHost: x\r\n\r\n") }
        for (i, c) in clients.enumerated() {
            XCTAssertEqual(try c.readResponse().bodyText, "{\"word\":\"c\(i)\"}")
        }
        XCTAssertGreaterThanOrEqual(server.connectionCount, 1000)
    }

    func testSlowLorisIsCutWhileOthersAreServed() throws {
        server.shutdown()
        try startServer { $0.headerReadTimeout = 0.5 }
        let slow = try connect()
        try slow.send("GET /hello HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        let good = try connect()
        for _ in 0..<5 { XCTAssertEqual(try good.request("GET", "/hello").status.code, 200) }
        // The server answers 408 once the head deadline passes, then closes.
        let r = try slow.readResponse()
        XCTAssertEqual(r.status.code, 408)
        XCTAssertTrue(slow.waitForClose())
        XCTAssertEqual(try good.request("GET", "/hello").status.code, 200)
    }

    func testIdleKeepAliveConnectionIsClosed() throws {
        server.shutdown()
        try startServer { $0.idleTimeout = 0.3 }
        let c = try connect()
        XCTAssertEqual(try c.request("GET", "/hello").status.code, 200)
        XCTAssertTrue(c.waitForClose())
    }

    func testClientResettingMidResponseDoesNotHurtTheServer() throws {
        for _ in 0..<5 {
            let c = try connect()
            try c.send("GET /big/8 HTTP/1.1\r\nHost: x\r\n\r\n")
            var buf = [UInt8](repeating: 0, count: 1024)
            _ = recv(c.fd, &buf, buf.count, 0)
            c.reset()
        }
        let c = try connect()
        XCTAssertEqual(try c.request("GET", "/hello").status.code, 200)
        let big = try c.request("GET", "/big/2")
        XCTAssertEqual(big.body.count, 2 << 20)
    }

    /// At the limit, a new client takes the place of the connection that has waited longest
    /// for a request head (a slow-loris head here), which gets a 408; busy ones are not touched.
    func testAtTheLimitTheLongestWaitingHeadMakesRoom() throws {
        server.shutdown()
        try startServer { $0.maxConnections = 3; $0.evictionMinimumWait = 0; $0.eventLoops = 1 }
        // A connection starts waiting when the server accepts it, which may be after connect()
        // returns: wait for the accept (a bounded poll on a condition, not a sleep for luck).
        func accepted(_ count: Int) -> Bool {
            for _ in 0..<2_000 where server.connectionCount < count { usleep(1_000) }
            return server.connectionCount == count
        }
        let busy = try connect()
        XCTAssertEqual(try busy.request("GET", "/hello").status.code, 200)
        let slow = try connect()
        XCTAssertTrue(accepted(2))
        try slow.send("GET /hello HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        // Another request on `busy` makes it the most recent waiter.
        XCTAssertEqual(try busy.request("GET", "/hello").status.code, 200)
        let slower = try connect()
        XCTAssertTrue(accepted(3))
        try slower.send("GET /hel")
        XCTAssertEqual(try busy.request("GET", "/hello").status.code, 200)
        // The limit is reached; the newcomer is served, `slow` (waiting longest) gives way.
        let newcomer = try connect()
        XCTAssertEqual(try newcomer.request("GET", "/hello").status.code, 200)
        let cut = try slow.readResponse()
        XCTAssertEqual(cut.status.code, 408)
        XCTAssertTrue(slow.waitForClose())
        // The next newcomer takes `slower`'s place, and the busy connection still works.
        let second = try connect()
        XCTAssertEqual(try second.request("GET", "/hello").status.code, 200)
        XCTAssertTrue(slower.waitForClose())
        XCTAssertEqual(try busy.request("GET", "/hello").status.code, 200)
    }

    func testConnectionLimitAnswers503() throws {
        server.shutdown()
        // Connections that just had an answer are not made to give way (see the next test).
        try startServer { $0.maxConnections = 2; $0.evictionMinimumWait = 3600 }
        let a = try connect(), b = try connect()
        XCTAssertEqual(try a.request("GET", "/hello").status.code, 200)
        XCTAssertEqual(try b.request("GET", "/hello").status.code, 200)
        let c = try connect()
        let bytes = try c.readToEnd()
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).hasPrefix("HTTP/1.1 503"))
        a.close()
        // Once a slot frees up, new clients are served again.
        var served = false
        for _ in 0..<200 where !served {
            let d = try connect()
            if let r = try? d.request("GET", "/hello"), r.status.code == 200 { served = true }
        }
        XCTAssertTrue(served)
    }

    func testGracefulShutdownFinishesInFlightRequest() throws {
        // One loop: once the probe below is answered, the loop has also read the earlier
        // partial request, so shutdown cannot mistake that connection for an idle one.
        server.shutdown()
        try startServer { $0.eventLoops = 1 }
        let idle = try connect()
        XCTAssertEqual(try idle.request("GET", "/hello").status.code, 200)
        let busy = try connect()
        try busy.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nhello")
        // Make sure the server has read the partial request before shutdown starts.
        XCTAssertEqual(try connect().request("GET", "/hello").status.code, 200)
        let done = expectation(description: "shutdown returned")
        let s = server!
        Thread.detachNewThread {
            s.shutdown()
            done.fulfill()
        }
        XCTAssertTrue(idle.waitForClose(), "idle connections close at once")
        try busy.send("world")
        let r = try busy.readResponse()
        XCTAssertEqual(r.bodyText, "helloworld")
        XCTAssertEqual(r.headers["Connection"], "close")
        XCTAssertTrue(busy.waitForClose())
        wait(for: [done], timeout: 10)
        XCTAssertThrowsError(try connect(), "no longer accepting")
        server = nil
    }
}
