import Glibc
import HTTP1
import Server

/// Serves the repository's OpenAPI contract (`openapi/eqp-sandbox.openapi.json`) at
/// `GET /_sandbox/openapi.json`, found like the seed data: in the working directory (as with
/// `swift run`) or next to or above the binary (the container image copies it beside the seed).
enum OpenAPIDocument {
    static let relativePath = "openapi/eqp-sandbox.openapi.json"

    static func register(on router: Router) {
        let bytes = locate().flatMap(read)
        router.get("/_sandbox/openapi.json") { _ in
            guard let bytes else {
                throw HTTPError(.notFound, "The OpenAPI document was not found next to the binary (\(relativePath))")
            }
            return .json(.ok, bytes)
        }
    }

    static func locate() -> String? {
        var candidates = [relativePath]
        if let exe = SeedLocation.executableDirectory() {
            var dir = exe
            for _ in 0..<5 {
                candidates.append(dir + "/" + relativePath)
                guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { break }
                dir = String(dir[..<slash])
            }
        }
        return candidates.first { access($0, R_OK) == 0 }
    }

    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return n == 0 ? out : nil }
            out.append(contentsOf: chunk[0..<n])
        }
    }
}
