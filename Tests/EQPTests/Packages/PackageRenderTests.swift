@testable import EQP
import Formats
import XCTest

/// The GET shape of packages.md "Get package details" and the batch item shapes.
final class PackageRenderTests: XCTestCase {
    /// The response example of "Get package details", verbatim.
    static let getExample = #"""
[
  {
    "submission_id" : "f4eacd72be",
    "type" : "extension",
    "platform" : "M2",
    "version_compatibility" : [
      {
        "edition" : "CE",
        "versions" : ["2.3", "2.4"]
      },
      {
        "edition" : "EE",
        "versions" : ["2.3", "2.4"]
      },
      {
        "edition" : "ECE",
        "versions" : ["2.3", "2.4"]
      }
    ],
    "name" : "One Click Checkout",
    "short_description" : "",
    "long_description" : "<Long description here>",
    "sku" : "acme/one-click-checkout",
    "version" : "1.1.5",
    "release_notes" : "<Release notes here>",
    "artifact" : {
      "file_upload_id" : "5c11e656057b42.97931218.5",
      "filename" : "acme_one-click-checkout.zip",
      "content_type" : "application/zip",
      "size" : 182934,
      "malware_status" : "pass",
      "file_hash" : "f53f5db985b8815f1ce6fd4b48a0439a"
    },
    "documentation_artifacts" : {
      "user" : {
        "file_upload_id" : "5c644d97bb7c41.37505716.6",
        "filename" : "user.pdf",
        "content_type" : "application/pdf",
        "size" : 48392,
        "malware_status" : "pass",
        "file_hash" : "7f99e16a20457859fc0c86b5676a62ca"
      },
      "installation" : {
        "file_upload_id" : "5c644daf21fee4.39102137.2",
        "filename" : "installation.pdf",
        "content_type" : "application/pdf",
        "size" : 34876,
        "malware_status" : "pass",
        "file_hash" : "94392b98f02c56083995d23f02e460ab"
      },
      "reference" : {
        "file_upload_id" : "5c644f4dcb1900.18508194.9",
        "filename" : "reference.pdf",
        "content_type" : "application/pdf",
        "size" : 23845,
        "malware_status" : "pass",
        "file_hash" : "ec78ded664c71d80acf0e29f5dbafe2b"
      }
    },
    "media_artifacts" : {
      "icon_image" : {
        "file_upload_id" : "5c129cd41ba478.65767699.1",
        "filename" : "icon.png",
        "content_type" : "image/png",
        "size" : 37492,
        "malware_status" : "pass",
        "file_hash" : "dd0d04057cd1420afb76d6afa838d394"
      },
      "gallery_images" : [
        {
          "file_upload_id" : "5c644fa344e5d7.04253635.8",
          "filename" : "acme-logo.png",
          "content_type" : "image/png",
          "size" : 23947,
          "malware_status" : "pass",
          "file_hash" : "515f2eaf3cd4e43c32fda89a004306aa"
        },
        {
          "file_upload_id" : "5c648b98446065.77844389.4",
          "filename" : "catalog_demo.png",
          "content_type" : "image/png",
          "size" : 37492,
          "malware_status" : "pass",
          "file_hash" : "8da78313887fdc3d2506f39c46ccde4e"
        },
        {
          "file_upload_id" : "5c648b984d0228.21794482.7",
          "filename" : "cart-demo.png",
          "content_type" : "image/png",
          "size" : 38023,
          "malware_status" : "pass",
          "file_hash" : "30b6fef138e1433e6f8ff23a45b2fbb9"
        },
        {
          "file_upload_id" : "5c648b98698ed0.64632056.3",
          "filename" : "click-demo.png",
          "content_type" : "image/png",
          "size" : 48293,
          "malware_status" : "pass",
          "file_hash" : "0ced4d071dddc6e354acfa11f56a56f1"
        },
        {
          "file_upload_id" : "5c648b986a3d98.83415858.0",
          "filename" : "click-success.png",
          "content_type" : "image/png",
          "size" : 39482,
          "malware_status" : "pass",
          "file_hash" : "dfa3183472cc265a5510be1da0fe444c"
        }
      ],
      "video_urls" : [
        "https://www.youtube.com/watch?v=l33T2-YC4tk",
        "https://www.youtube.com/watch?v=682p52tFcmY"
      ]
    },
    "categories" : [
      "//Extensions//Payments & Security//Checkout Enhancements"
    ],
    "pricing_model" : {
       "pricing_type" : "one-time",
       "payment_period" : 1
    },
    "prices" : [
      {
        "edition" : "CE",
        "currency_code" : "USD",
        "price" : 15.50
      },
      {
        "edition" : "EE",
        "currency_code" : "USD",
        "price" : 45.00,
        "installation_price" : 0.00
      },
      {
        "edition" : "ECE",
        "currency_code" : "USD",
        "price" : 30.00,
        "installation_price" : 0.00
      }
    ],
    "license_type" : "bsd",
    "eqp_status" :  {
      "overall" : "in_progress",
      "technical" : "rejected",
      "marketing" : "approved"
    },
    "created_at": "2020-04-17 16:00:00",
    "modified_at": "2020-04-17 22:00:00"
  }
]
"""#

    func docRecord() throws -> PackageRecord {
        var record = try PackageFixtures.docRecord(status: EQPStatus(.inProgress, .rejected, .approved))
        record.modifiedAt = UTCTimestamp.parse("2020-04-17 22:00:00")!
        return record
    }

    /// `json` without the `url` of file references (the example predates that member).
    func withoutURLs(_ json: JSON) -> JSON {
        switch json {
        case .array(let a): return .array(a.map(withoutURLs))
        case .object(var o):
            if o["file_upload_id"] != nil { o["url"] = nil }
            return .object(JSONObject(o.members.map { ($0.key, withoutURLs($0.value)) }))
        default: return json
        }
    }

    func testRenderingMatchesTheDocumentedExample() throws {
        let example = try XCTUnwrap(JSON.parse(Self.getExample).arrayValue?.first?.objectValue)
        let rendered = try docRecord().json(files: PackageFixtures.files)
        // Every documented member, with the documented value, in the documented order.
        for (key, value) in example {
            XCTAssertEqual(rendered[key].map(withoutURLs), value, key)
        }
        XCTAssertEqual(rendered.keys.filter { example.contains($0) }, example.keys)
        XCTAssertEqual(rendered.keys, [
            "submission_id", "type", "platform", "version_compatibility", "name", "short_description", "long_description",
            "sku", "version", "release_notes", "is_patch", "artifact", "documentation_artifacts", "media_artifacts",
            "categories", "pricing_model", "prices", "license_type", "eqp_status", "actions_now_available",
            "created_at", "modified_at",
        ])
        XCTAssertEqual(rendered["actions_now_available"], "technical.draft,technical.submit,marketing.recall,overall.cancel")
        XCTAssertEqual(rendered["artifact"]?["url"], "http://127.0.0.1:8080/rest/v1/files/download/5c11e656057b42.97931218.5/acme_one-click-checkout.zip")
        XCTAssertEqual(rendered["is_patch"], false)
    }

    func testOptionalFieldsAppearWhenSet() throws {
        var record = try docRecord()
        record.itemID = "occ-1.1.5"
        record.originalLaunchDate = UTCTimestamp.parse("2020-04-18 10:00:00")
        record.latestLaunchDate = UTCTimestamp.parse("2020-04-19 10:00:00")
        record.fields["requested_launch_date"] = "2020-04-18 10:00:00"
        record.fields["launch_on_approval"] = false
        record.fields["process_as_patch"] = "yes"
        let max = MaxVersionLaunched(submissionID: "a1b2c3d4e5", version: "1.1.4", status: EQPStatus(.releasedToStore, .approved, .approved))
        let rendered = record.json(files: PackageFixtures.files, maxVersionLaunched: max, actionsStyle: .object)
        XCTAssertEqual(Array(rendered.keys.prefix(3)), ["submission_id", "item_id", "type"])
        XCTAssertEqual(rendered["is_patch"], true)
        XCTAssertEqual(rendered["original_launch_date"], "2020-04-18 10:00:00")
        XCTAssertEqual(rendered["latest_launch_date"], "2020-04-19 10:00:00")
        XCTAssertEqual(rendered["requested_launch_date"], "2020-04-18 10:00:00")
        XCTAssertEqual(rendered["max_version_launched"]?.text,
                       #"{"submission_id":"a1b2c3d4e5","version":"1.1.4","eqp_status":{"overall":"released_to_store","technical":"approved","marketing":"approved"}}"#)
        XCTAssertEqual(rendered["actions_now_available"]?.text,
                       #"{"overall":["cancel"],"technical":["draft","submit"],"marketing":["recall"]}"#)
        let order = rendered.keys
        XCTAssertLessThan(order.firstIndex(of: "license_type")!, order.firstIndex(of: "launch_on_approval")!)
        XCTAssertLessThan(order.firstIndex(of: "max_version_launched")!, order.firstIndex(of: "eqp_status")!)
    }

    func testUnknownFilesStayAsReferences() throws {
        var record = try docRecord()
        record.fields["artifact"] = ["file_upload_id": "gone.1"]
        XCTAssertEqual(record.json(files: PackageFixtures.files)["artifact"], ["file_upload_id": "gone.1"])
        XCTAssertEqual(record.json(files: .none)["documentation_artifacts"]?["user"], ["file_upload_id": "5c644d97bb7c41.37505716.6"])
    }

    func testBatchItems() throws {
        let package = try docRecord().json(files: PackageFixtures.files)
        let success = PackageBatchItem.success(package)
        let keys = success.objectValue!.keys
        XCTAssertEqual(Array(keys.prefix(3)), ["code", "message", "submission_id"])
        XCTAssertEqual(success["code"], 200)
        XCTAssertEqual(success["message"], "Success")
        // The POST answer of "Submit a package" lists these, in this order.
        let documented = ["code", "message", "submission_id", "eqp_status", "created_at", "modified_at"]
        XCTAssertEqual(keys.filter(documented.contains), documented)

        let item: JSON = ["item_id": "occ-1.1.5", "name": "x"]
        let failure = PackageBatchItem.failure(EQPError(.insufficientTechnical), item: item)
        XCTAssertEqual(failure.text, #"{"code":1208,"message":"Insufficient information for Technical Submission","item_id":"occ-1.1.5"}"#)
        let noItemID = PackageBatchItem.failure(EQPError(.invalidSKU), item: nil)
        XCTAssertEqual(noItemID.objectValue?.keys, ["code", "message"])
        XCTAssertEqual(noItemID["message"], "Invalid SKU given. SKU must be of the form 'vendor_name/package_name'")
        // An item_id of the wrong type is not echoed: the answer keeps its documented shape.
        XCTAssertNil(PackageBatchItem.failure(EQPError(.invalidSKU), item: ["item_id": 7])["item_id"])
    }

    func testMaxVersionLaunched() {
        func version(_ id: String, _ v: String, _ overall: EQPStatus.Overall) -> PackageRecord {
            PackageRecord(submissionID: id, ownerMageID: "m", sequence: 1, version: v,
                          status: EQPStatus(overall, .approved, .approved), createdAt: 0)
        }
        let records = [version("a", "1.9.0", .releasedToStore), version("b", "1.10.0", .releasedToStore),
                       version("c", "2.0.0", .approved), version("d", "1.11.0", .developerRemovedFromStore)]
        XCTAssertEqual(MaxVersionLaunched.among(records)?.submissionID, "b")
        XCTAssertNil(MaxVersionLaunched.among([records[2]]))
    }

    func testNewVersionsCarryOverDescriptiveFields() throws {
        let previous = try docRecord()
        let carried = previous.carryOver()
        XCTAssertEqual(carried.keys, ["type", "platform", "version_compatibility", "name", "long_description",
                                      "documentation_artifacts", "media_artifacts", "categories", "pricing_model",
                                      "prices", "license_type"])
        // A release script's minimal new-version POST.
        let item = try PackageFixtures.validated("""
        {"action": {"technical": "submit", "marketing": "submit"}, "sku": "acme/one-click-checkout", "type": "extension",
         "platform": "M2", "version": "1.1.6", "release_notes": "Fixes", "artifact": {"file_upload_id": "5c11e656057b42.97931218.5"},
         "license_type": "mit"}
        """)
        let next = PackageRecord(submissionID: "n3xtv3rs10", ownerMageID: "MAG123456789", sequence: 2,
                                 now: PackageFixtures.now + 60, item: item, carriedOver: carried)
        XCTAssertEqual(next.sku, "acme/one-click-checkout")
        XCTAssertEqual(next.version, "1.1.6")
        XCTAssertEqual(next.fields["license_type"], "mit")
        XCTAssertEqual(next.fields["release_notes"], "Fixes")
        XCTAssertEqual(next.fields["name"], "One Click Checkout")
        XCTAssertEqual(next.status, .draft)
        XCTAssertNoThrow(try SubmissionRequirements.checkTechnical(next, files: PackageFixtures.files))
        XCTAssertNoThrow(try SubmissionRequirements.checkMarketing(next, files: PackageFixtures.files))
    }

    func testMergeReplacesTopLevelFieldsAndClearsNulls() throws {
        var record = try docRecord()
        let item = try PackageFixtures.validated(#"{"documentation_artifacts": {"installation": {"file_upload_id": "5c644daf21fee4.39102137.2"}}, "prices": null, "item_id": "x1"}"#, .update)
        XCTAssertEqual(record.changedFields(item), ["documentation_artifacts", "prices", "item_id"])
        record.merge(item, now: PackageFixtures.now + 5)
        XCTAssertEqual(record.fields["documentation_artifacts"], ["installation": ["file_upload_id": "5c644daf21fee4.39102137.2"]])
        XCTAssertNil(record.fields["prices"])
        XCTAssertEqual(record.itemID, "x1")
        XCTAssertEqual(record.modifiedAt, PackageFixtures.now + 5)
        let nothing = try PackageFixtures.validated(#"{"prices": null}"#, .update)
        XCTAssertEqual(record.changedFields(nothing), [])
    }
}
