import Glibc
import HTTP1
import Server
import Sockets

/// `eqp-sandbox healthcheck`: asks the sandbox configured by the same flags and variables for
/// `GET /_sandbox/health` and exits 0 on a 200. It lets a container image declare a
/// HEALTHCHECK without shipping curl.
enum HealthCheck {
    static func run(_ configuration: ServerConfiguration) -> Int32 {
        // A wildcard listen address is reached through loopback.
        var host = configuration.host
        if host == "0.0.0.0" { host = "127.0.0.1" }
        if host == "::" { host = "::1" }
        do {
            let address = try SocketAddress.resolve(host: host, port: configuration.port)
            let fd = socket(address.family, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw SocketError("socket") }
            defer { close(fd) }
            var tv = timeval(tv_sec: 3, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            var storage = address.storage
            let rc = withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, address.length) }
            }
            guard rc == 0 else { throw SocketError("connect \(address)") }
            let request = Array("GET /_sandbox/health HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8)
            guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else {
                throw SocketError("send")
            }
            var parser = HTTPResponseParser()
            var buf = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buf.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n <= 0 {
                    if let r = try parser.finishAtEOF() { return report(r) }
                    throw SocketError("recv")
                }
                parser.append(Array(buf[0..<n]))
                if let r = try parser.next() { return report(r) }
            }
        } catch {
            fputs("eqp-sandbox healthcheck: \(host):\(configuration.port) unreachable: \(error)\n", stderr)
            return 1
        }
    }

    static func report(_ response: HTTPResponse) -> Int32 {
        let body = String(decoding: response.body, as: UTF8.self)
        if response.status.code == 200 {
            print("eqp-sandbox healthcheck: ok \(body)")
            return 0
        }
        fputs("eqp-sandbox healthcheck: \(response.status) \(body)\n", stderr)
        return 1
    }
}
