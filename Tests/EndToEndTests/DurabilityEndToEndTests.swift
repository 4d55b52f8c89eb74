import Formats
import Foundation
import Glibc
import HTTP1
import TestSupport
import XCTest

/// `--data-dir` against the real binary: SIGKILL under load, damaged journal tails, a damaged
/// snapshot.
final class DurabilityEndToEndTests: EndToEndTestCase {
    var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "eqp-e2e-durable-\(UUID().uuidString)"
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A sandbox on the data folder; `--compact-after 4K` has snapshots happen during the load.
    func launch(_ extra: [String] = []) throws -> Sandbox {
        try Sandbox(["--data-dir", directory, "--scan-delay", "0", "--compact-after", "4K", "--log-level", "debug"] + extra)
    }

    // MARK: SIGKILL under load

    /// One client's writes: each is acknowledged (answered 2xx) or unknown (in flight when the
    /// process died; it may or may not have happened, but only completely).
    enum Write {
        case upload(tag: String, files: [(name: String, bytes: [UInt8])])
        case packages(tag: String, names: [String])
        case profile(tag: String)
        case key(label: String)
    }

    final class Client {
        let index: Int
        let mageID: String
        let token: String
        var acknowledged: [Write] = []
        var unknown: [Write] = []
        var counter = 0

        init(index: Int, mageID: String, token: String) {
            self.index = index
            self.mageID = mageID
            self.token = token
        }

        /// The next write, cycling through the kinds.
        func next(round: Int) -> Write {
            counter += 1
            let tag = "c\(index)-r\(round)-w\(counter)"
            switch counter % 4 {
            case 0:
                return .upload(tag: tag, files: [("\(tag)-a.pdf", Array("%PDF-1.4 \(tag) ".utf8) + Array(repeating: UInt8(counter & 0xFF), count: 300)),
                                                 ("\(tag)-b.png", [0x89, 0x50, 0x4E, 0x47] + Array(tag.utf8))])
            case 1: return .packages(tag: tag, names: ["\(tag) one", "\(tag) two"])
            case 2: return .profile(tag: tag)
            default: return .key(label: tag)
            }
        }
    }

    /// Sends one write; true when answered 2xx, throws when the connection failed.
    func send(_ write: Write, for client: Client, to sandbox: Sandbox) throws -> Bool {
        let auth = Sandbox.bearer(client.token)
        let r: HTTPResponse
        switch write {
        case .upload(_, let files):
            r = try sandbox.upload(files.map { FormPart(filename: $0.name, contentType: $0.name.hasSuffix(".pdf") ? "application/pdf" : "image/png", bytes: $0.bytes) },
                                   token: client.token)
        case .packages(_, let names):
            let items = names.map { #"{"action": {"technical": "draft"}, "type": "extension", "platform": "M2", "name": "\#($0)"}"# }
            r = try sandbox.send("POST", "/rest/v1/products/packages", headers: [auth, Sandbox.jsonType], body: Array("[\(items.joined(separator: ","))]".utf8))
        case .profile(let tag):
            r = try sandbox.send("PUT", "/rest/v1/users/\(client.mageID)", headers: [auth, Sandbox.jsonType],
                                 body: Array(#"{"first_name": "\#(tag)", "last_name": "\#(tag)", "personal_profile": {"bio": "\#(tag)"}}"#.utf8))
        case .key(let label):
            r = try sandbox.send("POST", "/rest/v1/users/\(client.mageID)/keys", headers: [auth, Sandbox.jsonType],
                                 body: Array(#"{"m2": [{"label": "\#(label)", "uid": "\#(client.mageID)"}]}"#.utf8))
        }
        // Every item of these batches succeeds; an item error would be a test bug.
        if r.status.code == 200, let body = try? JSON.parse(r.body), case .array(let items) = body {
            for item in items where item["code"]?.intValue.map({ $0 != 200 }) ?? false { XCTFail("item refused: \(r.bodyText)") }
        }
        return (200..<300).contains(r.status.code)
    }

    /// Four clients write concurrently; after `killAfter` acknowledged writes in all, SIGKILL.
    func load(_ sandbox: Sandbox, _ clients: [Client], round: Int, killAfter: Int) {
        final class Tally: @unchecked Sendable {
            let lock = NSLock()
            var acknowledged = 0
        }
        let tally = Tally(), lock = tally.lock
        let pid = sandbox.process.process.processIdentifier
        DispatchQueue.concurrentPerform(iterations: clients.count) { i in
            let client = clients[i]
            for _ in 0..<500 {
                let write = client.next(round: round)
                let ok: Bool
                do {
                    ok = try send(write, for: client, to: sandbox)
                } catch {
                    // The process is gone: this write may or may not have been made.
                    lock.withLock { client.unknown.append(write) }
                    return
                }
                guard ok else {
                    XCTFail("\(write) refused")
                    return
                }
                let reached = lock.withLock { () -> Bool in
                    client.acknowledged.append(write)
                    tally.acknowledged += 1
                    return tally.acknowledged == killAfter
                }
                if reached { kill(pid, SIGKILL) }
            }
        }
        sandbox.process.process.waitUntilExit()
        XCTAssertEqual(sandbox.process.process.terminationReason, .uncaughtSignal)
    }

    /// Every acknowledged write is there; every unknown one is there completely or not at all.
    func verify(_ sandbox: Sandbox, _ clients: [Client]) throws {
        for client in clients {
            let files = try json(sandbox.get("/rest/v1/files/uploads?limit=-1", token: client.token)).arrayValue ?? []
            let packages = try json(sandbox.get("/rest/v1/products/packages?limit=-1", token: client.token)).arrayValue ?? []
            let profile = try json(sandbox.get("/rest/v1/users/\(client.mageID)", token: client.token))
            let keys = try json(sandbox.get("/rest/v1/users/\(client.mageID)/keys", token: client.token))["m2"]?.arrayValue ?? []
            let fileNames = files.compactMap { $0["filename"]?.stringValue }
            let packageNames = packages.compactMap { $0["name"]?.stringValue }
            let labels = Set(keys.compactMap { $0["label"]?.stringValue })

            /// How many of the write's parts are present: all, none, or (a failure) some.
            func presence(_ write: Write) throws -> (present: Int, of: Int) {
                switch write {
                case .upload(_, let parts):
                    var n = 0
                    for part in parts {
                        let matches = files.filter { $0["filename"]?.stringValue == part.name }
                        XCTAssertLessThanOrEqual(matches.count, 1, "\(part.name) stored twice")
                        guard let file = matches.first else { continue }
                        n += 1
                        let url = try XCTUnwrap(file["url"]?.stringValue)
                        XCTAssertEqual(try download(url, from: sandbox).body, part.bytes, "\(part.name): the bytes come back exactly")
                    }
                    return (n, parts.count)
                case .packages(_, let names):
                    for name in names { XCTAssertLessThanOrEqual(packageNames.filter { $0 == name }.count, 1, "\(name) stored twice") }
                    return (names.filter(packageNames.contains).count, names.count)
                case .profile(let tag):
                    return (profile["first_name"]?.stringValue == tag ? 1 : 0, 1)
                case .key(let label):
                    return (labels.contains(label) ? 1 : 0, 1)
                }
            }

            for write in client.acknowledged {
                if case .profile = write { continue } // later profile writes replace earlier ones
                let p = try presence(write)
                XCTAssertEqual(p.present, p.of, "acknowledged \(write) of client \(client.index) is missing after the crash")
            }
            var resolved: [Write] = []
            for write in client.unknown {
                let p = try presence(write)
                XCTAssertTrue(p.present == 0 || p.present == p.of, "\(write) is half there: \(p.present) of \(p.of)")
                if p.present == p.of { resolved.append(write) }
            }
            // The profile: the last acknowledged write, or the one in flight after it; each
            // write set three fields, and they are never mixed.
            let initial = "Client \(client.index)"
            let lastAcknowledged = client.acknowledged.last { if case .profile = $0 { return true } else { return false } }
            var candidates = [initial]
            if case .profile(let tag)? = lastAcknowledged { candidates = [tag] }
            for case .profile(let tag) in client.unknown { candidates.append(tag) }
            let name = profile["first_name"]?.stringValue ?? ""
            XCTAssertTrue(candidates.contains(name), "profile shows \(name), expected one of \(candidates)")
            if name != initial {
                XCTAssertEqual(profile["last_name"]?.stringValue, name, "one profile write, all of it")
                XCTAssertEqual(profile["personal_profile"]?["bio"]?.stringValue, name, "one profile write, all of it")
            }
            XCTAssertEqual(Set(fileNames).count, fileNames.count, "no file twice")
            // From now on the unknown writes are known.
            client.acknowledged += resolved
            client.unknown = []
        }
        XCTAssertEqual(try sandbox.get("/_sandbox/state", token: nil).status.code, 200)
    }

    func testAcknowledgedWritesSurviveSIGKILLUnderLoad() throws {
        var random = SplitMix(seed: 20_261_123)
        var sandbox = try launch()
        var clients: [Client] = []
        for i in 0..<4 {
            let user = try json(sandbox.sendJSON("POST", "/_sandbox/users", #"{"first_name": "Client \#(i)"}"#, token: nil), status: 201)
            let key = try XCTUnwrap(user["access_keys"]?[0])
            let token = try mintToken(sandbox, appID: key["application_id"]!.stringValue!, secret: key["application_secret"]!.stringValue!)
            clients.append(Client(index: i, mageID: user["mage_id"]!.stringValue!, token: token))
        }
        var snapshotsUnderLoad = 0, inFlight = 0
        for round in 1...3 {
            let killAfter = 20 + Int(random.next() % 61)
            load(sandbox, clients, round: round, killAfter: killAfter)
            XCTAssertGreaterThanOrEqual(clients.reduce(0) { $0 + $1.acknowledged.count }, killAfter)
            snapshotsUnderLoad += sandbox.process.readStderr().components(separatedBy: "snapshot written").count - 1
            inFlight += clients.reduce(0) { $0 + $1.unknown.count }
            sandbox = try launch()
            // Session tokens are durable too: the clients go on with theirs.
            try verify(sandbox, clients)
        }
        XCTAssertEqual(sandbox.process.stop(), 0)
        XCTAssertTrue(sandbox.process.readStderr().contains("state is durable in \(directory): recovered"))
        XCTAssertGreaterThan(snapshotsUnderLoad, 0, "snapshots were taken while clients wrote")
        XCTAssertGreaterThan(inFlight, 0, "some writes were in flight (or refused) at the kills")
    }

    // MARK: Damaged files

    func journalSegments() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("journal-") }.sorted().map { directory + "/" + $0 }
    }

    func firstName(_ sandbox: Sandbox) throws -> String? {
        try json(sandbox.get("/rest/v1/users/\(World.mageID)"))["first_name"]?.stringValue
    }

    func setFirstName(_ name: String, _ sandbox: Sandbox) throws {
        try json(sandbox.sendJSON("PUT", "/rest/v1/users/\(World.mageID)", #"{"first_name": "\#(name)"}"#))
    }

    func testDamagedJournalTailIsCutWithOneLogLineAndTheServerGoesOn() throws {
        var sandbox = try launch()
        try setFirstName("Kept", sandbox)
        try setFirstName("Flipped", sandbox)
        XCTAssertEqual(sandbox.process.stop(signal: SIGKILL), SIGKILL)
        // A bit flipped in the last record: checksum mismatch.
        let damaged = try XCTUnwrap(try journalSegments().last)
        var bytes = try XCTUnwrap(FileManager.default.contents(atPath: damaged))
        bytes[bytes.count - 2] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: damaged))

        sandbox = try launch()
        XCTAssertEqual(try firstName(sandbox), "Kept", "the damaged record is gone, the one before it is not")
        try setFirstName("After the cut", sandbox)
        XCTAssertEqual(sandbox.process.stop(), 0)
        var log = sandbox.process.readStderr()
        XCTAssertEqual(log.components(separatedBy: "journal tail cut").count - 1, 1, log)
        XCTAssertTrue(log.contains("WARN journal tail cut: checksum mismatch"), log)
        XCTAssertTrue(log.contains("file=\(damaged)"), log)

        // Half a record at the end (a torn append): cut short.
        let newest = try XCTUnwrap(try journalSegments().last)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: newest))
        handle.seekToEndOfFile()
        handle.write(Data([0x40, 0, 0, 0, 0x12, 0x34]))
        handle.closeFile()
        sandbox = try launch()
        XCTAssertEqual(try firstName(sandbox), "After the cut")
        XCTAssertEqual(sandbox.process.stop(), 0)
        log = sandbox.process.readStderr()
        XCTAssertTrue(log.contains("WARN journal tail cut: record cut short"), log)

        // Cut once: the next start is clean.
        sandbox = try launch()
        XCTAssertEqual(try firstName(sandbox), "After the cut")
        XCTAssertEqual(sandbox.process.stop(), 0)
        XCTAssertFalse(sandbox.process.readStderr().contains("journal tail cut"))
    }

    func testDamagedSnapshotStopsStartUpWithAClearMessage() throws {
        let sandbox = try launch()
        try setFirstName("Snap", sandbox)
        XCTAssertEqual(sandbox.process.stop(), 0)
        var bytes = try XCTUnwrap(FileManager.default.contents(atPath: directory + "/snapshot"))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: directory + "/snapshot"))
        let run = try SandboxProcess.run(["--port", "0", "--data-dir", directory])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("eqp-sandbox: snapshot \(directory)/snapshot is damaged"), run.stderr)
        XCTAssertEqual(run.stdout, "", "no ready line")
    }

    func testOneDataFolderServesOneSandbox() throws {
        let first = try startSandbox(["--data-dir", directory])
        let second = try SandboxProcess.run(["--port", "0", "--data-dir", directory])
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("data folder \(directory) is in use by another eqp-sandbox process"), second.stderr)
        let config = try json(first.get("/_sandbox/config", token: nil))
        XCTAssertEqual(config["data_dir"]?.stringValue, directory)
    }
}

/// Seeded randomness for the test's choices (where to kill).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
