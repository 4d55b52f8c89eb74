@testable import EQP
import Formats
import XCTest

/// filtering.md, packages.md "Sorting and Filtering", SANDBOX-NOTES.md "Filtering, sorting, paging".
final class PackageQueryTests: XCTestCase {
    static let t0 = UTCTimestamp.parse("2020-04-17 16:00:00")!

    static func record(_ seq: Int, _ fields: JSON, sku: String? = nil, version: String? = nil, itemID: String? = nil,
                       status: EQPStatus = .draft, created: Int? = nil, owner: String = "MAG123456789",
                       launched: Int? = nil) -> PackageRecord {
        PackageRecord(submissionID: "sub\(seq)", ownerMageID: owner, sequence: seq, itemID: itemID, sku: sku,
                      version: version, fields: fields.objectValue ?? JSONObject(), status: status, createdAt: created ?? t0 + seq * 3600,
                      originalLaunchDate: launched, latestLaunchDate: launched)
    }

    /// Six packages with something to tell each apart.
    static let records: [PackageRecord] = [
        record(1, ["type": "extension", "platform": "M2", "name": "One Click Checkout", "license_type": "bsd",
                   "release_notes": "First release", "long_description": "Checkout in ONE click",
                   "requested_launch_date": "2020-05-01 00:00:00", "stability": "stable"],
               sku: "acme/one-click-checkout", version: "1.9.0", itemID: "occ-1.9.0",
               status: EQPStatus(.releasedToStore, .approved, .approved), launched: t0 + 86_400),
        record(2, ["type": "extension", "platform": "M2", "name": "One Click Checkout", "license_type": "bsd",
                   "release_notes": "Fixes", "process_as_patch": "yes"],
               sku: "acme/one-click-checkout", version: "1.10.0", itemID: "occ-1.10.0",
               status: EQPStatus(.inProgress, .rejected, .approved)),
        record(3, ["type": "theme", "platform": "M2", "name": "Blue Theme", "license_type": "custom",
                   "custom_license_name": "ACME Theme Licence", "custom_license_url": "https://acme.test/LICENCE"],
               sku: "acme/theme-blue", version: "2.0.0", status: EQPStatus(.inProgress, .inAutomation, .draft)),
        record(4, ["type": "theme", "platform": "M1", "name": "Classic Theme", "license_type": "mit"],
               sku: "acme/theme-classic", version: "1.0.0", created: t0 - 86_400 * 30),
        record(5, ["type": "extension", "platform": "M1", "name": "alpha tools", "license_type": "osl", "stability": "beta"],
               sku: "beta/alpha-tools", version: "0.1.0", itemID: "ALPHA"),
        record(6, ["type": "shared_package", "platform": "M2", "name": "Shared Lib"], owner: "MAG000000002"),
    ]

    var index: PackageIndex {
        var index = PackageIndex()
        for record in Self.records { index.update(record) }
        return index
    }

    func ids(_ parameters: [(String, String)], owner: String? = nil, sku: String? = nil) throws -> [String] {
        try page(parameters, owner: owner, sku: sku).items
    }

    func page(_ parameters: [(String, String)], owner: String? = nil, sku: String? = nil) throws -> Page<String> {
        var query = try PackageQuery.parse(parameters.map { (name: $0.0, value: $0.1) })
        query.ownerMageID = owner
        query.exactSKU = sku
        return query.run(index)
    }

    func testNoParametersListsInCreationOrderPagedBy20() throws {
        XCTAssertEqual(try ids([]), ["sub1", "sub2", "sub3", "sub4", "sub5", "sub6"])
        XCTAssertEqual(try page([]).total, 6)
        XCTAssertEqual(try PackageQuery.parse([]).page, PageRequest(offset: 0, limit: 20))
    }

    func testExactFilters() throws {
        XCTAssertEqual(try ids([("type", "theme")]), ["sub3", "sub4"])
        XCTAssertEqual(try ids([("type", "all")]).count, 6)
        XCTAssertEqual(try ids([("platform", "M1")]), ["sub4", "sub5"])
        XCTAssertEqual(try ids([("license_type", "bsd")]), ["sub1", "sub2"])
        XCTAssertEqual(try ids([("is_patch", "true")]), ["sub2"])
        XCTAssertEqual(try ids([("is_patch", "1")]), ["sub2"])
        XCTAssertEqual(try ids([("is_patch", "false")]).count, 5)
        XCTAssertEqual(try ids([("stability", "beta")]), ["sub5"])
        XCTAssertEqual(try ids([("process_as_patch", "yes")]), ["sub2"])
        XCTAssertEqual(try ids([("type", "theme"), ("platform", "M2")]), ["sub3"])
        assertPackageError(1231, "type must be one of all, extension, theme, shared_package; got 'plugin'") { try ids([("type", "plugin")]) }
        assertPackageError(1231, "platform must be one of M2, M1; got 'm2'") { try ids([("platform", "m2")]) }
        assertPackageError(1231, "is_patch must be true or false; got 'maybe'") { try ids([("is_patch", "maybe")]) }
        // An empty value filters nothing (clients send unset options as empty parameters).
        XCTAssertEqual(try ids([("type", "")]).count, 6)
    }

    func testEqpStatusFilters() throws {
        XCTAssertEqual(try ids([("eqp_status.overall", "released_to_store")]), ["sub1"])
        XCTAssertEqual(try ids([("eqp_status[technical]", "rejected")]), ["sub2"])
        XCTAssertEqual(try ids([("eqp_status.marketing", "approved")]), ["sub1", "sub2"])
        XCTAssertEqual(try ids([("eqp_status", "in_progress")]), ["sub2", "sub3"])
        assertPackageError(1231) { try ids([("eqp_status.overall", "live")]) }
    }

    func testSubstringFiltersAreCaseInsensitive() throws {
        XCTAssertEqual(try ids([("name", "CHECK")]), ["sub1", "sub2"])
        XCTAssertEqual(try ids([("name", "theme")]), ["sub3", "sub4"])
        XCTAssertEqual(try ids([("sku", "acme/")]), ["sub1", "sub2", "sub3", "sub4"])
        XCTAssertEqual(try ids([("version", "1.")]), ["sub1", "sub2", "sub4", "sub5"])
        XCTAssertEqual(try ids([("submission_id", "ub3")]), ["sub3"])
        XCTAssertEqual(try ids([("item_id", "alpha")]), ["sub5"])
        XCTAssertEqual(try ids([("long_description", "one CLICK")]), ["sub1"])
        XCTAssertEqual(try ids([("release_notes", "fix")]), ["sub2"])
        XCTAssertEqual(try ids([("custom_license_name", "licence")]), ["sub3"])
        XCTAssertEqual(try ids([("custom_license_url", "acme.test/licence")]), ["sub3"])
        // Unset fields never match.
        XCTAssertEqual(try ids([("item_id", "o")]), ["sub1", "sub2"])
    }

    func testDateFilters() throws {
        XCTAssertEqual(try ids([("created_at", "2020-04-17")]), ["sub1", "sub2", "sub3", "sub5", "sub6"])
        XCTAssertEqual(try ids([("created_at", "2020-04-17 18:00:00")]), ["sub2"])
        XCTAssertEqual(try ids([("created_at", "2020-04-17 17:00:00,2020-04-17 19:00:00")]), ["sub1", "sub2", "sub3"])
        XCTAssertEqual(try ids([("created_at", ",2020-04-16")]), ["sub4"])
        XCTAssertEqual(try ids([("created_at", "2020-04-17 20:00:00,")]), ["sub5", "sub6"])
        XCTAssertEqual(try ids([("created_at", "2020-03-01,2020-04-17")]).count, 6)
        XCTAssertEqual(try ids([("requested_launch_date", "2020-05-01")]), ["sub1"])
        XCTAssertEqual(try ids([("requested_launch_date", ",")]), ["sub1"])
        XCTAssertEqual(try ids([("original_launch_date", "2020-04-18")]), ["sub1"])
        XCTAssertEqual(try ids([("latest_launch_date", "2020-04-18 16:00:00")]), ["sub1"])
        XCTAssertEqual(try ids([("modified_at", "2020-04-17T21:00:00")]), ["sub5"])
        assertPackageError(1231, "created_at must be a day (2020-04-17), a time (2020-04-17 16:00:00) or a range START,END with either side empty; got 'yesterday'") {
            try ids([("created_at", "yesterday")])
        }
        assertPackageError(1231) { try ids([("created_at", "2020-02-30")]) }
        assertPackageError(1231) { try ids([("created_at", "2020-01-01,2020-01-02,2020-01-03")]) }
        assertPackageError(1231, "created_at range starts after it ends; got '2020-05-01,2020-04-01'") {
            try ids([("created_at", "2020-05-01,2020-04-01")])
        }
    }

    func testSorting() throws {
        // filtering.md's example: M2 first, then by name, newest version first.
        XCTAssertEqual(try ids([("sort", "-platform,+name,-version")]), ["sub3", "sub2", "sub1", "sub6", "sub5", "sub4"])
        // A "+" decoded from a query string arrives as a space.
        XCTAssertEqual(try ids([("sort", " platform,-created_at")]), ["sub5", "sub4", "sub6", "sub3", "sub2", "sub1"])
        XCTAssertEqual(try ids([("sort", "name")]), ["sub5", "sub3", "sub4", "sub1", "sub2", "sub6"])
        // Versions sort naturally: 1.10.0 after 1.9.0; missing values first ascending.
        XCTAssertEqual(try ids([("sort", "version")]), ["sub6", "sub5", "sub4", "sub1", "sub2", "sub3"])
        XCTAssertEqual(try ids([("sort", "-version")]), ["sub3", "sub2", "sub1", "sub4", "sub5", "sub6"])
        // Ties keep creation order, in either direction.
        XCTAssertEqual(try ids([("sort", "license_type"), ("license_type", "bsd")]), ["sub1", "sub2"])
        XCTAssertEqual(try ids([("sort", "-name"), ("name", "one click")]), ["sub1", "sub2"])
        XCTAssertEqual(try ids([("sort", "eqp_status[overall],-type")]), ["sub4", "sub6", "sub5", "sub3", "sub2", "sub1"])
        XCTAssertEqual(try ids([("sort", "-requested_launch_date")]).first, "sub1")
        XCTAssertEqual(try ids([("sort", "type,")]), ["sub1", "sub2", "sub5", "sub6", "sub3", "sub4"])
        XCTAssertEqual(try PackageQuery.parseSort(" platform,-created_at,+name").map { "\($0.field):\($0.descending)" },
                       ["platform:false", "created_at:true", "name:false"])
    }

    func testUnknownFieldsNameTheUsableOnes() {
        let list = "submission_id, item_id, type, platform, name, long_description, sku, version, stability, release_notes, process_as_patch, is_patch, license_type, custom_license_name, custom_license_url, requested_launch_date, original_launch_date, latest_launch_date, eqp_status.overall, eqp_status.technical, eqp_status.marketing, created_at, modified_at"
        assertPackageError(1230, "Cannot sort on 'prices'; sortable fields: " + list) { try ids([("sort", "-prices")]) }
        assertPackageError(1230, "Cannot sort on ''; sortable fields: " + list) { try ids([("sort", "name,-")]) }
        assertPackageError(1229, "Cannot filter on 'categories'; filterable fields: " + list) { try ids([("categories", "x")]) }
        assertPackageError(1229) { try ids([("colour", "blue")]) }
        XCTAssertEqual(try PackageQuery.parse([(name: "style", value: "full")], reserved: ["style"]).filters, [])
        // Every filterable field of the schema is usable, and nothing else.
        XCTAssertEqual(PackageQueryField.all.map(\.name).joined(separator: ", "), list)
        for name in ["type", "platform", "item_id", "submission_id", "sku", "version", "name", "long_description", "release_notes",
                     "is_patch", "license_type", "custom_license_name", "custom_license_url", "requested_launch_date",
                     "created_at", "modified_at"] {
            XCTAssertNotNil(PackageQueryField.named(name), name)
        }
    }

    func testPagingEdges() throws {
        XCTAssertEqual(try ids([("limit", "2")]), ["sub1", "sub2"])
        XCTAssertEqual(try ids([("offset", "4"), ("limit", "20")]), ["sub5", "sub6"])
        let past = try page([("offset", "10")])
        XCTAssertEqual(past.items.count, 0)
        XCTAssertEqual(past.total, 6)
        XCTAssertEqual(try ids([("offset", "1"), ("limit", "-1")]).count, 5)
        let zero = try page([("limit", "0"), ("type", "theme")])
        XCTAssertEqual(zero.items.count, 0)
        XCTAssertEqual(zero.total, 2)
        XCTAssertEqual(try ids([("sort", "-created_at"), ("offset", "1"), ("limit", "2")]), ["sub5", "sub3"])
        assertPackageError(1040) { try ids([("offset", "-1")]) }
        assertPackageError(1040) { try ids([("offset", "x")]) }
        assertPackageError(1041) { try ids([("limit", "-2")]) }
        assertPackageError(1041) { try ids([("limit", "ten")]) }
        XCTAssertEqual(try ids([("offset", String(Int.max)), ("limit", String(Int.max))]), [])
    }

    func testScopes() throws {
        XCTAssertEqual(try ids([], owner: "MAG000000002"), ["sub6"])
        XCTAssertEqual(try ids([("sort", "-version")], owner: "MAG123456789", sku: "acme/one-click-checkout"), ["sub2", "sub1"])
        XCTAssertEqual(try ids([("version", "1.10")], sku: "acme/one-click-checkout"), ["sub2"])
        XCTAssertEqual(try page([], owner: "MAG123456789").total, 5)
    }

    func testIndexFollowsUpdatesAndRemovals() throws {
        var index = self.index
        var renamed = Self.records[3]
        renamed.fields["name"] = "Zebra Theme"
        renamed.status = EQPStatus(.inProgress, .inAutomation, .awaitingMarketingReview)
        index.update(renamed)
        XCTAssertEqual(index.count, 6)
        let byName = try PackageQuery.parse([(name: "name", value: "zebra")])
        XCTAssertEqual(byName.run(index).items, ["sub4"])
        XCTAssertEqual(try PackageQuery.parse([(name: "name", value: "classic")]).run(index).items, [])
        XCTAssertEqual(try PackageQuery.parse([(name: "eqp_status.marketing", value: "awaiting_marketing_review")]).run(index).items, ["sub4"])
        index.remove(submissionID: "sub2")
        index.remove(submissionID: "nope")
        XCTAssertEqual(index.count, 5)
        XCTAssertFalse(index.contains(submissionID: "sub2"))
        XCTAssertEqual(try PackageQuery.parse([(name: "sort", value: "name")]).run(index).items, ["sub5", "sub3", "sub1", "sub6", "sub4"])
        XCTAssertEqual(try PackageQuery.parse([(name: "sku", value: "one-click")]).run(index).items, ["sub1"])
        index.remove(submissionID: "sub4")
        XCTAssertEqual(try PackageQuery.parse([]).run(index).items, ["sub1", "sub3", "sub5", "sub6"])
        index.removeAll()
        XCTAssertEqual(index.count, 0)
        XCTAssertEqual(try PackageQuery.parse([]).run(index).total, 0)
    }

    func testTextColumnCompactsGarbage() throws {
        var index = PackageIndex()
        let long = String(repeating: "x", count: 1000)
        for round in 0..<200 {
            for i in 0..<3 {
                index.update(Self.record(i, ["name": .string("\(round) \(long) \(i)")]))
            }
        }
        let nameSlot = PackageIndex.textSlot[PackageQueryField.named("name")!.index]!
        XCTAssertLessThan(index.texts[nameSlot].bytes.count, 200_000)
        XCTAssertEqual(try PackageQuery.parse([(name: "name", value: "199 x")]).run(index).items, ["sub0", "sub1", "sub2"])
        XCTAssertEqual(try PackageQuery.parse([(name: "name", value: "198 ")]).run(index).items, [])
        XCTAssertEqual(try PackageQuery.parse([(name: "sort", value: "-name")]).run(index).items, ["sub2", "sub1", "sub0"])
    }

    func testVersionOrderEdgeCases() throws {
        let versions = ["2.4.0", "2.4", "10.0.0", "2.4.0.1", "2.10", "20240115.1", "2.4.6-p1", "2.4.6", "v2.4.6", "0.9"]
        let records = versions.enumerated().map { Self.record($0.offset, [:], version: $0.element) }
        let sorted = try PackageQuery.parse([(name: "sort", value: "version"), (name: "limit", value: "-1")]).run(records.map(PackageIndexEntry.init))
        XCTAssertEqual(sorted.items.map { versions[Int($0.dropFirst(3))!] },
                       ["0.9", "2.4", "2.4.0", "2.4.0.1", "2.4.6", "v2.4.6", "2.4.6-p1", "2.10", "10.0.0", "20240115.1"])
        XCTAssertEqual(PackageVersionOrder.compare("1.10.0", "1.9.2"), .descending)
        XCTAssertEqual(PackageVersionOrder.compare("2.4", "2.4.0"), .ascending)
        XCTAssertEqual(PackageVersionOrder.compare("1.0.0", "1.0.0"), .same)
    }

    /// The bounded heap gives exactly what a full sort gives, for every window.
    func testPartialSelectionMatchesFullSort() throws {
        var generator = PackageTestRandom(seed: 42)
        let names = ["alpha", "beta", "gamma", "delta", "Alpha", "BETA"]
        var records: [PackageRecord] = []
        for i in 0..<400 {
            let name = names[Int(generator.next() % 6)]
            let type = PackageVocabulary.types[Int(generator.next() % 3)]
            let fields: JSON = ["name": .string(name), "type": .string(type)]
            let version = "1.\(generator.next() % 12).0"
            let created = Self.t0 + Int(generator.next() % 50)
            records.append(Self.record(i, fields, version: version, created: created))
        }
        let entries = records.map(PackageIndexEntry.init)
        for sort in ["name,-version", "-created_at", "type,name,-created_at", ""] {
            let full = try PackageQuery.parse([(name: "sort", value: sort), (name: "limit", value: "-1")]).run(entries).items
            for (offset, limit) in [(0, 1), (0, 20), (7, 13), (90, 5), (395, 20), (399, 1)] {
                let window = try PackageQuery.parse([(name: "sort", value: sort), (name: "offset", value: String(offset)),
                                                     (name: "limit", value: String(limit))]).run(entries)
                XCTAssertEqual(window.items, Array(full[offset..<min(full.count, offset + limit)]), "\(sort) \(offset) \(limit)")
                XCTAssertEqual(window.total, 400)
            }
        }
    }

    /// 100,000 packages, a sub-string filter, a two-key sort and a page of 20: correct, and
    /// the time printed for information.
    func testHundredThousandPackages() throws {
        var generator = PackageTestRandom(seed: 7)
        let words = ["checkout", "payment", "shipping", "seo", "search", "gift", "invoice", "cart"]
        var entries: [PackageIndexEntry] = []
        entries.reserveCapacity(100_000)
        for i in 0..<100_000 {
            let first = words[Int(generator.next() % 8)].initialCapital, second = words[Int(generator.next() % 8)]
            let fields: JSON = ["name": .string("\(first) \(second) \(i)"), "platform": i % 3 == 0 ? "M1" : "M2", "type": "extension"]
            let created = Self.t0 + Int(generator.next() % 1_000_000)
            entries.append(PackageIndexEntry(Self.record(i, fields, sku: "vendor\(i % 97)/module-\(i)",
                                                         version: "\(i % 5).\(i % 11).0", created: created)))
        }
        let index = PackageIndex(entries)
        let query = try PackageQuery.parse([(name: "name", value: "CHECKOUT"), (name: "sort", value: "-platform,+created_at"),
                                            (name: "offset", value: "40"), (name: "limit", value: "20")])
        let start = ContinuousClock.now
        let result = query.run(index)
        let elapsed = ContinuousClock.now - start
        print("100,000 packages: substring filter + two-key sort + page of 20 in \(elapsed)")

        let expected = entries.filter { String(decoding: $0.nameBytes, as: UTF8.self).contains("checkout") }
            .sorted { a, b in
                let pa = String(decoding: a.platformBytes, as: UTF8.self), pb = String(decoding: b.platformBytes, as: UTF8.self)
                if pa != pb { return pa > pb }
                if a.createdAt != b.createdAt { return a.createdAt < b.createdAt }
                return a.sequence < b.sequence
            }
        XCTAssertEqual(result.total, expected.count)
        XCTAssertEqual(result.items, expected[40..<60].map(\.submissionID))
    }
}

/// A small deterministic generator for test data.
struct PackageTestRandom {
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

extension PackageIndexEntry {
    func key(_ name: String) -> PackageKey { keys[PackageQueryField.named(name)!.index] }
    var nameBytes: [UInt8] { if case .text(let b) = key("name") { return b } else { return [] } }
    var platformBytes: [UInt8] { if case .text(let b) = key("platform") { return b } else { return [] } }
    var createdAt: Int { if case .number(let n) = key("created_at") { return n } else { return 0 } }
}

extension String {
    var initialCapital: String { prefix(1).uppercased() + dropFirst() }
}
