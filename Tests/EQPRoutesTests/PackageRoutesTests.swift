import EQP
import Formats
import HTTP1
import XCTest

final class PackageRoutesTests: APITestCase {
    override var options: SandboxStore.Options { SandboxStore.Options(scanDelaySeconds: 0, reviewPaceSeconds: 0) }

    let packages = "/rest/v1/products/packages"

    /// Drafts named `names` (no files needed), in order.
    func drafts(_ names: [String], type: String = "extension") {
        let items = names.map { #"{"type": "\#(type)", "platform": "M2", "name": "\#($0)", "item_id": "item-\#($0)", "release_notes": "notes \#($0)"}"# }
        let r = send(.POST, packages, json: "[" + items.joined(separator: ",") + "]")
        XCTAssertEqual(r.status.code, 200)
    }

    func names(_ target: String) -> (names: [String], total: String?) {
        let r = send(.GET, target)
        XCTAssertEqual(r.status.code, 200, String(decoding: r.body, as: UTF8.self))
        return ((body(r).arrayValue ?? []).map { $0["name"]?.stringValue ?? "" }, r.headers["X-Total-Count"])
    }

    func testWholeRequestErrors() {
        assertError(send(.POST, packages, json: #"{"name": "x"}"#), status: 400, code: 1204)
        XCTAssertEqual(send(.POST, packages, json: "[{").status.code, 400)
        XCTAssertEqual(send(.POST, packages, token: nil, json: "[]").status.code, 401)
        XCTAssertEqual(names(packages).total, "1")
    }

    func testDocsTestResultExamples() {
        let summary = assertJSON(send(.GET, packages + "/f4eacd72be/status"))
        XCTAssertEqual(summary.arrayValue?.count, 4)
        let marketing = assertJSON(send(.GET, "/rest/v1/f4eacd72be/status/marketing/6"))
        XCTAssertEqual(marketing["reports"]?["details"]?["message"]?.stringValue,
                       "Please correct grammar and spelling issues. See attached screenshots for more information.")
        let phpcs = assertJSON(send(.GET, "/rest/v1/f4eacd72be/status/phpcs/8"))
        XCTAssertEqual(phpcs["reports"]?.arrayValue?.map { $0["php_version"]?.stringValue ?? "" }, ["7.1.16", "5.6.38"])
        let varnish = assertJSON(send(.GET, packages + "/f4eacd72be/status/varnish/8"))
        XCTAssertEqual(varnish["reports"]?[0]?["magento_version"]?.stringValue, "2.2.3")
        XCTAssertEqual(assertJSON(send(.GET, packages + "/sku/acme%2Fone-click-checkout/status")).arrayValue?.count, 4)
        assertError(send(.GET, packages + "/f4eacd72be/status/phpcs/99"), status: 404, code: 1234)
    }

    func testSingleObjectEndpointsAnd404s() throws {
        drafts(["Alpha"])
        XCTAssertEqual(assertJSON(send(.GET, packages + "/f4eacd72be/"))["name"]?.stringValue, "One Click Checkout")
        XCTAssertEqual(assertJSON(send(.GET, packages + "/items/item-Alpha"))["name"]?.stringValue, "Alpha")
        assertError(send(.GET, packages + "/nope"), status: 404, code: 1206)
        assertError(send(.GET, packages + "/items/nope"), status: 404, code: 1206)
        assertError(send(.GET, packages + "/item/nope/status"), status: 404, code: 1206)
        // Another user sees none of it.
        let other = try token()
        assertError(send(.GET, packages + "/f4eacd72be", token: other), status: 404, code: 1206)
        assertError(send(.GET, "/rest/v1/f4eacd72be/status/marketing/6", token: other), status: 404, code: 1206)
        let list = send(.GET, packages, token: other)
        XCTAssertEqual(list.headers["X-Total-Count"], "0")
        assertError(send(.PUT, packages + "/f4eacd72be", token: other, json: #"{"name": "Mine"}"#), status: 404, code: 1206)
    }

    func testListsSkusAndItemsAreNotSubmissionIDs() {
        XCTAssertEqual(names(packages + "/skus").names, ["One Click Checkout"])
        XCTAssertEqual(names(packages + "/items").names, ["One Click Checkout"])
        XCTAssertEqual(names(packages + "/skus/acme%2Fone-click-checkout").names, ["One Click Checkout"])
        XCTAssertEqual(names(packages + "/skus/acme/one-click-checkout?version=1.1.5").names, ["One Click Checkout"])
        XCTAssertEqual(names(packages + "/skus/acme%2Fone-click-checkout?version=1.1").names, [])
    }

    func testFiltersSortAndPaging() {
        drafts(["Bravo", "alpha", "Charlie"])
        drafts(["Theme One"], type: "theme")
        XCTAssertEqual(names(packages + "?type=theme").names, ["Theme One"])
        XCTAssertEqual(names(packages + "?name=ALP").names, ["alpha"])
        XCTAssertEqual(names(packages + "?release_notes=notes%20b").names, ["Bravo"])
        XCTAssertEqual(names(packages + "?item_id=item-C").names, ["Charlie"])
        XCTAssertEqual(names(packages + "?created_at=2024-01-01").names.count, 4)
        XCTAssertEqual(names(packages + "?created_at=2020-04-17").names, ["One Click Checkout"])
        XCTAssertEqual(names(packages + "?created_at=,2020-12-31").names, ["One Click Checkout"])
        XCTAssertEqual(names(packages + "?modified_at=2024-01-01%2000:00:00,").names.count, 4)
        XCTAssertEqual(names(packages + "?is_patch=false").names.count, 5)
        XCTAssertEqual(names(packages + "?sort=name").names, ["alpha", "Bravo", "Charlie", "One Click Checkout", "Theme One"])
        XCTAssertEqual(names(packages + "?sort=-type,+name").names, ["Theme One", "alpha", "Bravo", "Charlie", "One Click Checkout"])
        let page = names(packages + "?sort=name&offset=1&limit=2")
        XCTAssertEqual(page.names, ["Bravo", "Charlie"])
        XCTAssertEqual(page.total, "5")
        XCTAssertEqual(names(packages + "?offset=10").names, [])
        XCTAssertEqual(names(packages + "?limit=-1").names.count, 5)
        XCTAssertEqual(names(packages + "?limit=0").names, [])
        XCTAssertEqual(send(.GET, packages + "?limit=-2").status.code, 400)
        XCTAssertEqual(send(.GET, packages + "?offset=-1").status.code, 400)
        assertError(send(.GET, packages + "?colour=red"), status: 400, code: 1229)
        assertError(send(.GET, packages + "?sort=colour"), status: 400, code: 1230)
        assertError(send(.GET, packages + "?created_at=yesterday"), status: 400, code: 1231)
    }

    func testPutByItemIDAndBatchPut() {
        drafts(["Delta"])
        let one = assertJSON(send(.PUT, packages + "/item-Delta", json: #"{"long_description": "Now longer"}"#))
        XCTAssertEqual(one["long_description"]?.stringValue, "Now longer")
        let id = one["submission_id"]?.stringValue ?? ""
        let batch = assertJSON(send(.PUT, packages, json: #"[{"submission_id": "\#(id)", "name": "Delta 2"}, {"name": "x"}, {"submission_id": "zzz"}]"#))
        XCTAssertEqual(batch.arrayValue?.map { $0["code"]?.intValue ?? 0 }, [200, 1207, 1206])
        // Technical submit of a draft without files: 1208 as an item error, 4xx on the single PUT.
        assertError(send(.PUT, packages + "/" + id, json: #"{"action": {"technical": "submit"}}"#), status: 400, code: 1208)
    }
}
