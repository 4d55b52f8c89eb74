@testable import EQP
import Formats
import Foundation
import Storage
import XCTest

/// `--data-dir`: journal records, replay, compaction, damaged tails and snapshots.
final class DurableStateTests: XCTestCase {
    let links = TestWorld.links
    var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "eqp-durable-\(UUID().uuidString)"
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A store over `directory`; each call is a restart (the previous store must be gone).
    func open(clock: SandboxClock = .manual(at: TestWorld.start), ids: IDGenerator = .seeded(42), pace: Int = 3,
              compactAfter: Int = 1 << 30) throws -> (SandboxStore, RecoveryReport) {
        try SandboxStore.open(seed: TestWorld.seed(), clock: clock, ids: ids,
                              options: SandboxStore.Options(scanDelaySeconds: 2, reviewPaceSeconds: pace),
                              dataDirectory: directory, compactAfterBytes: compactAfter)
    }

    // MARK: Records

    func testJournalRecordOfEveryKindRoundTrips() throws {
        let store = try TestWorld.store()
        _ = try store.createUser(["first_name": "Ann"], links: links)
        _ = try store.upload(mageID: TestWorld.docsUser, parts: [UploadPart(name: "file[]", filename: "a.pdf", contentType: "application/pdf", bytes: [1, 2, 3])])
        _ = try store.queueOutcomes(sku: "acme/x", tool: .phpcs, status: .fail, count: 2)
        let state = store.state.withLock { $0 }
        var items = Array(state.allItems)
        items += [.order(.files, [.append("x"), .remove(["a", "b"]), .replace(["c"])]), .clock(ClockSetting(manual: true, value: 5, now: 5)),
                  .ids(UInt64.max - 3), .clear, .user("gone", nil), .package("gone", nil)]
        let record = JournalRecord(sequence: 77, items: items)
        let payload = try record.payload()
        let decoded = try JournalRecord(payload: payload)
        XCTAssertEqual(decoded.sequence, 77)
        XCTAssertEqual(decoded.items.count, items.count)
        // Member order of dictionaries may differ; JSON objects compare without it.
        XCTAssertTrue(try JSON.parse(decoded.payload(), maxDepth: 1024) == JSON.parse(payload, maxDepth: 1024),
                      "decoding and encoding again gives the same record")
        XCTAssertTrue(items.contains { if case .baseline = $0 { return true } else { return false } })
        XCTAssertFalse(String(decoding: payload, as: UTF8.self).contains("\"bytes\""), "file contents stay out of records")
    }

    func testFreshFolderStartsFromTheSeedAndSaysSo() throws {
        let (store, report) = try open()
        XCTAssertTrue(report.fresh)
        XCTAssertEqual(report.users, 2)
        XCTAssertEqual(store.dataDirectory, directory)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/snapshot"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory + "/files").count, report.files)
        XCTAssertEqual(try store.authenticate(token: TestWorld.demoToken), TestWorld.docsUser)
    }

    // MARK: Replay

    /// Snapshot + journal after a restart give exactly the live state: entities, list orders,
    /// counters, queued outcomes, the clock, the ID generator's position and file bytes.
    func testReplayOfSnapshotAndJournalEqualsTheLiveState() throws {
        var store: SandboxStore? = try open().0
        let clock = store!.clock
        try exercise(store!, clock: clock, round: 1)
        store!.compactNow()
        try exercise(store!, clock: clock, round: 2)
        let live = try Dump(store!)
        let now = clock.now
        store = nil
        store = try open().0
        try Dump(store!).assertEqual(live)
        XCTAssertEqual(store!.clock.now, now)
        // The seeded generator goes on where it was: a store that never restarted mints the same token.
        let token = try Self.tokenAfterRestartCheck(store!)
        store = nil
        try FileManager.default.removeItem(atPath: directory)
        let unbroken = try open().0
        try exercise(unbroken, clock: unbroken.clock, round: 1)
        unbroken.compactNow()
        try exercise(unbroken, clock: unbroken.clock, round: 2)
        XCTAssertEqual(try Self.tokenAfterRestartCheck(unbroken), token)
    }

    /// The next session token the store would mint (changes the state; used on two stores
    /// with the same history).
    static func tokenAfterRestartCheck(_ store: SandboxStore) throws -> String {
        try store.createSession(applicationID: TestWorld.otherAppID, applicationSecret: TestWorld.otherSecret, expiresIn: 60).token
    }

    func testWholeResetAndImportAreReplayed() throws {
        var store: SandboxStore? = try open().0
        try exercise(store!, clock: store!.clock, round: 1)
        let exported = store!.exportState()
        store!.resetToSeed()
        _ = try store!.updateProfile(mageID: TestWorld.docsUser, body: ["first_name": "AfterReset"], links: links)
        store = nil
        store = try open().0
        XCTAssertEqual(try store!.profile(mageID: TestWorld.docsUser, style: .full, links: links)["first_name"], "AfterReset")
        _ = try store!.importState(exported.serialized())
        let live = try Dump(store!)
        store = nil
        store = try open().0
        try Dump(store!).assertEqual(live)
    }

    // MARK: Compaction

    func testCompactionKeepsEverythingAndDropsWhatItCovers() throws {
        var store: SandboxStore? = try open().0
        try exercise(store!, clock: store!.clock, round: 1)
        let doomed = try upload(store!, "doomed.pdf", Array("doomed".utf8))
        try store!.deleteFile(mageID: TestWorld.docsUser, id: doomed)
        let before = try segmentBytes()
        store!.compactNow()
        _ = try store!.updateProfile(mageID: TestWorld.otherUser, body: ["first_name": "After"], links: links)
        store!.compactNow()
        let live = try Dump(store!)
        let segments = try JournalSegments.list(directory)
        XCTAssertEqual(segments.count, 1, "covered segments are deleted")
        XCTAssertLessThan(try segmentBytes(), before)
        let blobs = try FileManager.default.contentsOfDirectory(atPath: directory + "/files")
        XCTAssertFalse(blobs.contains { $0.hasPrefix(doomed) }, "a deleted file's bytes go with the snapshot that no longer needs them")
        XCTAssertEqual(blobs.count, live.fileBytes.count)
        store = nil
        store = try open().0
        try Dump(store!).assertEqual(live)
    }

    func testCompactionStartsOnItsOwnAndWritesGoOnMeanwhile() throws {
        var store: SandboxStore? = try open(compactAfter: 4096).0
        for i in 0..<200 {
            _ = try store!.updateProfile(mageID: TestWorld.otherUser, body: ["first_name": .string("Name \(i)")], links: links)
        }
        // The background snapshot finishes on its own; wait for the journal to shrink.
        let deadline = Date().addingTimeInterval(10)
        while try (JournalSegments.list(directory).count > 2 || store!.durable!.isCompacting) && Date() < deadline { usleep(10_000) }
        XCTAssertLessThanOrEqual(try JournalSegments.list(directory).count, 2)
        let live = try Dump(store!)
        store = nil
        // The snapshot thread lets go of the store a moment after it finished.
        while true {
            do {
                store = try open().0
                break
            } catch let error as DirectoryInUse where Date() < deadline {
                _ = error
                usleep(10_000)
            }
        }
        try Dump(store!).assertEqual(live)
        XCTAssertEqual(try store!.profile(mageID: TestWorld.otherUser, style: .full, links: links)["first_name"], "Name 199")
    }

    // MARK: Damage

    func testTruncatedTailIsCutAndEarlierWritesSurvive() throws {
        let afterOne: Dump
        do {
            let (store, _) = try open()
            _ = try store.updateProfile(mageID: TestWorld.docsUser, body: ["first_name": "One"], links: links)
            afterOne = try Dump(store)
            _ = try store.updateProfile(mageID: TestWorld.docsUser, body: ["first_name": "Two"], links: links)
        }
        let segment = try XCTUnwrap(try JournalSegments.list(directory).last)
        let size = try FileManager.default.attributesOfItem(atPath: segment.path)[.size] as! Int
        truncate(segment.path, off_t(size - 5))
        let (recovered, report) = try open()
        let cut = try XCTUnwrap(report.cutTail)
        XCTAssertEqual(cut.segment, segment.path)
        XCTAssertEqual(cut.reason, "record cut short")
        try Dump(recovered).assertEqual(afterOne)
        XCTAssertEqual(try recovered.profile(mageID: TestWorld.docsUser, style: .full, links: links)["first_name"], "One")
    }

    func testCorruptChecksumIsCutAndTheJournalGoesOn() throws {
        do {
            let (store, _) = try open()
            _ = try store.updateProfile(mageID: TestWorld.docsUser, body: ["first_name": "One"], links: links)
            _ = try store.updateProfile(mageID: TestWorld.docsUser, body: ["first_name": "Two"], links: links)
        }
        _ = try open() // a restart: records are read, a new segment begins
        // Restarts open a new segment; damage the one holding the records.
        let segment = try XCTUnwrap(try JournalSegments.list(directory).first)
        var bytes = try XCTUnwrap(FileManager.default.contents(atPath: segment.path))
        bytes[bytes.count - 3] ^= 0x55
        try bytes.write(to: URL(fileURLWithPath: segment.path))
        // Not the newest segment any more: damage in the middle of the journal is an error...
        XCTAssertThrowsError(try open()) { error in
            XCTAssertTrue("\(error)".contains("is damaged at byte"), "\(error)")
        }
        // ...while as the newest one it is a tail to cut.
        for later in try JournalSegments.list(directory).dropFirst() { try FileManager.default.removeItem(atPath: later.path) }
        var (recovered, report): (SandboxStore?, RecoveryReport) = try open()
        XCTAssertEqual(report.cutTail?.reason, "checksum mismatch")
        XCTAssertEqual(try recovered!.profile(mageID: TestWorld.docsUser, style: .full, links: links)["first_name"], "One")
        _ = try recovered!.updateProfile(mageID: TestWorld.docsUser, body: ["first_name": "Three"], links: links)
        recovered = nil
        recovered = try open().0
        XCTAssertEqual(try recovered!.profile(mageID: TestWorld.docsUser, style: .full, links: links)["first_name"], "Three")
        recovered = nil
        XCTAssertNil(try open().1.cutTail, "the cut is made once")
    }

    func testCorruptSnapshotIsAnErrorNotAFreshStart() throws {
        _ = try open()
        var bytes = try XCTUnwrap(FileManager.default.contents(atPath: directory + "/snapshot"))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: directory + "/snapshot"))
        XCTAssertThrowsError(try open()) { error in
            guard case DurableStateError.snapshotDamaged = error else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("snapshot \(self.directory)/snapshot is damaged"), "\(error)")
        }
    }

    func testMissingFileContentIsAnError() throws {
        let id = try upload(try open().0, "keep.pdf", Array("keep me".utf8))
        for name in try FileManager.default.contentsOfDirectory(atPath: directory + "/files") where name.hasPrefix(id) {
            try FileManager.default.removeItem(atPath: directory + "/files/" + name)
        }
        XCTAssertThrowsError(try open()) { error in
            XCTAssertTrue("\(error)".contains("the bytes of file \(id)"), "\(error)")
        }
    }

    func testASecondProcessCannotShareTheFolder() throws {
        let (store, _) = try open()
        XCTAssertThrowsError(try open()) { error in
            XCTAssertTrue("\(error)".contains("in use by another eqp-sandbox process"), "\(error)")
        }
        _ = store
    }

    /// A field added to the state must be journaled: this list has to be extended on purpose.
    func testEveryStateFieldIsPersistedOrDerived() {
        let persisted = ["users", "userOrder", "sessions", "files", "fileOrder", "metrics", "userBaselines", "packages"]
        let derived = ["pendingScans", "outbox"]
        XCTAssertEqual(Mirror(reflecting: SandboxState()).children.compactMap(\.label).sorted(), (persisted + derived).sorted(),
                       "a new SandboxState field: journal it (Persistence/SandboxState+Changes.swift) or rebuild it on replay")
        let packagePersisted = ["records", "order", "nextSequence", "nextRunID", "outcomes", "reviewDue", "held", "awaitingManifest"]
        let packageDerived = ["index", "byOwner", "timetable"]
        XCTAssertEqual(Mirror(reflecting: PackageState()).children.compactMap(\.label).sorted(), (packagePersisted + packageDerived).sorted())
    }

    // MARK: Helpers

    func segmentBytes() throws -> Int {
        try JournalSegments.list(directory).reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1.path)[.size] as! Int) }
    }

    func upload(_ store: SandboxStore, _ name: String, _ bytes: [UInt8], as user: String = TestWorld.docsUser) throws -> String {
        let type = name.hasSuffix(".zip") ? "application/zip" : name.hasSuffix(".png") ? "image/png" : "application/pdf"
        let outcomes = try store.upload(mageID: user, parts: [UploadPart(name: "file[]", filename: name, contentType: type, bytes: bytes)])
        guard case .stored(let info) = outcomes[0] else { throw XCTSkip("upload refused: \(outcomes)") }
        return info.fileUploadID
    }

    /// Touches every kind of state: files (scans pending and finished, one deleted), profile and
    /// callbacks, Composer and access keys, sessions, a created user, packages in review with a
    /// hold, a decision and queued outcomes, a per-user reset, the clock.
    func exercise(_ store: SandboxStore, clock: SandboxClock, round: Int) throws {
        let me = TestWorld.docsUser
        let zip = try upload(store, "m\(round).zip", PackageWorld.moduleZip(sku: "acme/durable\(round)", version: "1.0.\(round)"))
        let pdf = try upload(store, "guide\(round).pdf", Array("%PDF guide \(round)".utf8))
        let icon = try upload(store, "icon\(round).png", [0x89, 0x50, 0x4E, 0x47, UInt8(round)])
        let gone = try upload(store, "gone\(round).pdf", Array("gone".utf8))
        try store.deleteFile(mageID: me, id: gone)
        _ = try upload(store, "late\(round).pdf", Array("late \(round)".utf8), as: TestWorld.otherUser)
        _ = try store.updateProfile(mageID: me, body: try JSON.parse(#"{"first_name": "Round \#(round)", "api_callbacks": [{"url": "http://127.0.0.1:9/cb", "username": "u", "password": "p\#(round)"}]}"#), links: links)
        _ = try store.createComposerKeys(mageID: me, body: try JSON.parse(#"{"m2": [{"label": "durable \#(round)", "uid": "\#(me)"}]}"#))
        let key = try store.createAccessKey(mageID: TestWorld.otherUser, name: "round \(round)")
        _ = try store.regenerateAccessKey(mageID: TestWorld.otherUser, applicationID: key.applicationID)
        _ = try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: TestWorld.docsSecret, expiresIn: 600)
        let created = try store.createUser(["first_name": .string("Created \(round)")], links: links)
        _ = try store.createSession(applicationID: created.accessKeys[0].applicationID, applicationSecret: created.accessKeys[0].applicationSecret, expiresIn: nil)
        clock.advance(by: 3)
        store.tick()
        let item = """
        {"action": {"technical": "submit", "marketing": "submit"}, "type": "extension", "platform": "M2",
         "version_compatibility": [{"edition": "CE", "versions": ["2.4"]}], "name": "Durable \(round)",
         "long_description": "Kept.", "release_notes": "Round \(round)", "item_id": "item-\(round)",
         "artifact": {"file_upload_id": "\(zip)"}, "documentation_artifacts": {"user": {"file_upload_id": "\(pdf)"}},
         "media_artifacts": {"icon_image": {"file_upload_id": "\(icon)"}, "gallery_images": [{"file_upload_id": "\(icon)"}]},
         "categories": ["//Extensions//Payments & Security//Checkout Enhancements"],
         "prices": [{"edition": "CE", "currency_code": "USD", "price": 10}], "license_type": "mit"}
        """
        let posted = try store.createPackages(mageID: me, items: [try JSON.parse(item)], links: links)
        let id = try XCTUnwrap(posted[0]["submission_id"]?.stringValue, "\(posted)")
        _ = try store.createPackages(mageID: me, items: [try JSON.parse(#"{"action": {"technical": "draft"}, "type": "extension", "platform": "M2", "name": "Draft \#(round)"}"#)], links: links)
        _ = try store.decideReview(submissionID: id, tool: .varnish, status: .fail, links: links)
        _ = try store.queueOutcomes(sku: "acme/durable\(round)", tool: .phpcs, status: .error, count: 2, reports: ["note": "kept"])
        store.advanceClock(by: 4)
        _ = try store.holdReview(submissionID: id, true, links: links)
        store.setClock(clock.now + 30)
        _ = try store.resetUser(mageID: TestWorld.otherUser, links: links)
        _ = try store.holdReview(submissionID: id, false, links: links)
        _ = try store.stepReview(submissionID: id, links: links)
    }
}

/// Everything durable about a store, in a form two stores can be compared by.
struct Dump {
    var items: [String: JSON] = [:]
    var fileBytes: [String: [UInt8]] = [:]
    var export: JSON
    var lists: [String: JSON] = [:]

    init(_ store: SandboxStore) throws {
        let state = store.state.withLock { $0 }
        for item in state.allItems {
            guard case .array(let a) = try item.json() else { continue }
            let kind = a[0].stringValue ?? "?"
            items[a.count == 3 ? "\(kind):\(a[1].stringValue ?? "")" : kind] = .array(a)
        }
        for file in state.files.values { fileBytes[file.id] = file.bytes }
        items["pendingScans"] = .array(state.pendingScans.ids.sorted().map { .string($0) })
        export = store.exportState()
        for user in state.userOrder {
            lists["packages \(user)"] = .array(try store.packages(mageID: user, query: [("limit", "-1"), ("sort", "-created_at,name")], links: TestWorld.links).items)
            lists["files \(user)"] = .array(try store.files(mageID: user, page: PageRequest(limit: -1)).items.map { $0.json(links: TestWorld.links) })
        }
    }

    func assertEqual(_ other: Dump, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(Set(items.keys), Set(other.items.keys), file: file, line: line)
        for (key, value) in items where other.items[key] != value {
            XCTFail("\(key): \(value.text) != \(other.items[key]?.text ?? "missing")", file: file, line: line)
        }
        XCTAssertEqual(fileBytes, other.fileBytes, "file contents", file: file, line: line)
        XCTAssertEqual(export, other.export, "GET /_sandbox/state", file: file, line: line)
        XCTAssertEqual(lists, other.lists, "package and file lists", file: file, line: line)
    }
}
