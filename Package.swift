// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first; each module depends only on the ones above it in this list:
//   Sockets   POSIX sockets and the epoll event loop
//   HTTP1     bytes <-> HTTP/1.1 values (parser, encoder, multipart); no file descriptors
//   Formats   byte formats the domain reads and writes: JSON, MD5, Base64, ZIP/inflate, UTC times
//   Storage   durable files: CRC-framed records, the journal's segments and group commit, fsync
//   Server    connections, listener, router, outbound client (Sockets + HTTP1)
//   EQP       the EQP domain, no HTTP in it (Formats; Storage for --data-dir)
//   EQPRoutes HTTP <-> EQP (Server + EQP)
//   eqp-sandbox  the executable: configuration, seed loading, signals
let package = Package(
    name: "eqp-sandbox",
    products: [
        .executable(name: "eqp-sandbox", targets: ["eqp-sandbox"]),
    ],
    targets: [
        .target(name: "Sockets"),
        .target(name: "HTTP1"),
        .target(name: "Formats"),
        .target(name: "Storage", dependencies: ["Formats"]),
        .target(name: "Server", dependencies: ["Sockets", "HTTP1"]),
        .target(name: "EQP", dependencies: ["Formats", "Storage"]),
        .target(name: "EQPRoutes", dependencies: ["Server", "EQP", "Formats"]),
        .executableTarget(name: "eqp-sandbox", dependencies: ["EQPRoutes"]),

        // Test-only helpers: a blocking HTTP client and a launcher for the real binary.
        .target(name: "TestSupport", dependencies: ["HTTP1"], path: "Tests/TestSupport"),
        .testTarget(name: "HTTP1Tests", dependencies: ["HTTP1"]),
        .testTarget(name: "FormatsTests", dependencies: ["Formats"]),
        .testTarget(name: "EQPTests", dependencies: ["EQP", "Storage"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Formats"]),
        .testTarget(name: "ServerTests", dependencies: ["Server", "TestSupport"]),
        .testTarget(name: "EQPRoutesTests", dependencies: ["EQPRoutes"]),
        .testTarget(name: "EndToEndTests", dependencies: ["eqp-sandbox", "TestSupport", "Formats"]),
    ],
    swiftLanguageModes: [.v5]
)
