@testable import EQP
import Foundation
import XCTest

/// The store is called from several event-loop threads at once.
final class ConcurrencyTests: XCTestCase {
    func testConcurrentOperationsStayConsistent() throws {
        let clock = SandboxClock.manual(at: TestWorld.start)
        let store = try SandboxStore(seedDirectory: TestWorld.seedDirectory, clock: clock, ids: .random())
        let threads = 8, perThread = 50
        let failures = NSLock()
        var errors: [String] = []
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            for i in 0..<perThread {
                do {
                    let grant = try store.createSession(applicationID: TestWorld.docsAppID, applicationSecret: TestWorld.docsSecret, expiresIn: nil)
                    _ = try store.authenticate(token: grant.token)
                    let outcomes = try store.upload(mageID: TestWorld.docsUser, parts: [
                        UploadPart(name: "file[]", filename: "f\(t)-\(i).png", contentType: "image/png", bytes: [UInt8(t), UInt8(i)]),
                    ])
                    guard case .stored = outcomes.first else { throw EQPError(code: 0, status: 0, message: "upload refused") }
                    _ = try store.createComposerKeys(mageID: TestWorld.docsUser, body: ["m2": [["label": .string("k\(t)-\(i)")]]])
                    if i % 10 == 0 { clock.advance(by: 1) }
                    _ = try store.files(mageID: TestWorld.docsUser, page: PageRequest(offset: 0, limit: 5))
                } catch {
                    failures.lock(); errors.append("\(error)"); failures.unlock()
                }
            }
        }
        XCTAssertEqual(errors, [])
        let files = try store.files(mageID: TestWorld.docsUser, page: PageRequest(offset: 0, limit: -1))
        XCTAssertEqual(files.total, 11 + threads * perThread)
        XCTAssertEqual(Set(files.items.map(\.fileUploadID)).count, files.total)
        XCTAssertEqual(try store.composerKeys(mageID: TestWorld.docsUser, query: KeyQuery(type: .m2)).m2?.count, 3 + threads * perThread)
        XCTAssertEqual(store.liveSessionCount(), 1 + threads * perThread)
        clock.advance(by: 10)
        XCTAssertTrue(try store.files(mageID: TestWorld.docsUser, page: PageRequest(offset: 0, limit: -1)).items.allSatisfy { $0.malwareStatus == .pass })
        XCTAssertEqual(store.drainCallbackEvents().count, threads * perThread)
    }
}
