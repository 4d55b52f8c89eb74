import EQP
import Formats
import XCTest

/// Builds stores over the bundled seed-data with a manual clock and deterministic IDs.
enum TestWorld {
    /// 2024-01-01 00:00:00 UTC.
    static let start = 1_704_067_200
    static let docsUser = "MAG123456789"
    static let otherUser = "MAG000000002"
    static let docsAppID = "AQ17NZ49WC"
    static let docsSecret = "8820c99614d65f923df7660276f20e029d73e2ca"
    static let otherAppID = "JD42QX7K3M"
    static let otherSecret = "5f0c1e3a9b7d2468ace013579bdf2468ace01357"
    static let demoToken = "baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7"
    static let links = DownloadLinks(baseURL: "http://127.0.0.1:8080")

    /// The repository's seed-data folder, found from this file's location.
    static var seedDirectory: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)  // Tests/EQPTests/TestWorld.swift
        return parts.joined(separator: "/") + "/seed-data"
    }

    static func seed() throws -> Seed { try SeedLoader.load(directory: seedDirectory) }

    static func store(options: SandboxStore.Options = SandboxStore.Options(), clock: SandboxClock = .manual(at: start)) throws -> SandboxStore {
        SandboxStore(seed: try seed(), clock: clock, ids: .seeded(42), options: options)
    }

    /// A seed made of one document given as text.
    static func seed(_ text: String, name: String = "test.json", directory: String? = nil) throws -> Seed {
        try SeedLoader.load(documents: [(name, Array(text.utf8))], directory: directory)
    }
}

/// Asserts that `body` throws an `EQPError` with `code`, and returns it for further checks.
@discardableResult
func assertEQPError<T>(_ code: Int, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T) -> EQPError? {
    do {
        _ = try body()
        XCTFail("expected error \(code), got success", file: file, line: line)
    } catch let error as EQPError {
        XCTAssertEqual(error.code, code, "message: \(error.message)", file: file, line: line)
        return error
    } catch {
        XCTFail("expected EQPError \(code), got \(error)", file: file, line: line)
    }
    return nil
}

/// Asserts that loading a seed fails with this file, path, and a problem containing `problem`.
func assertSeedError(file: String, path: String, problem: String, sourceFile: StaticString = #filePath, line: UInt = #line,
                     _ body: () throws -> Seed) {
    do {
        _ = try body()
        XCTFail("expected a seed error at \(path)", file: sourceFile, line: line)
    } catch let error as SeedError {
        XCTAssertEqual(error.file, file, "\(error)", file: sourceFile, line: line)
        XCTAssertEqual(error.path, path, "\(error)", file: sourceFile, line: line)
        XCTAssertTrue(error.problem.contains(problem), "\(error)", file: sourceFile, line: line)
    } catch {
        XCTFail("expected SeedError, got \(error)", file: sourceFile, line: line)
    }
}

extension JSON {
    /// Members of an object in order, for shape assertions.
    var keys: [String] { objectValue?.keys ?? [] }
}
