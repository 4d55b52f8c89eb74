import EQP
import Formats
import XCTest

/// A store with instant scans and reviews, plus the uploads a submission needs.
struct PackageWorld {
    let store: SandboxStore
    let clock: SandboxClock
    var user = TestWorld.docsUser

    init(pace: Int = 0, mode: ReviewMode = .sandbox) throws {
        clock = .manual(at: TestWorld.start)
        store = try TestWorld.store(options: SandboxStore.Options(scanDelaySeconds: 0, reviewPaceSeconds: pace, reviewMode: mode),
                                    clock: clock)
    }

    /// A module ZIP whose composer.json names `sku` and `version`.
    static func moduleZip(sku: String = "acme/fast-cart", version: String = "1.0.0", compress: Bool = true) -> [UInt8] {
        var zip = ZipWriter()
        zip.add(path: "composer.json", data: Array(#"{"name": "\#(sku)", "version": "\#(version)", "type": "magento2-module"}"#.utf8),
                compress: compress)
        zip.add(path: "registration.php", data: Array("<?php\n".utf8), compress: compress)
        return zip.finish()
    }

    func upload(_ filename: String, _ type: String, _ bytes: [UInt8], as mageID: String? = nil) throws -> String {
        let outcomes = try store.upload(mageID: mageID ?? user, parts: [UploadPart(name: "file[]", filename: filename, contentType: type, bytes: bytes)])
        guard case .stored(let info) = outcomes[0] else { throw XCTSkip("upload failed: \(outcomes)") }
        return info.fileUploadID
    }

    /// Uploads a ZIP, a user guide, an icon and one gallery image; answers a complete POST item.
    func completeItem(sku: String = "acme/fast-cart", version: String = "1.0.0", name: String = "Fast Cart",
                      releaseNotes: String = "First release", action: String = #"{"technical": "submit", "marketing": "submit"}"#,
                      extra: String = "") throws -> String {
        let zip = try upload("fast-cart.zip", "application/zip", Self.moduleZip(sku: sku, version: version))
        let pdf = try upload("user.pdf", "application/pdf", Array("%PDF-1.4 guide \(name)".utf8))
        let icon = try upload("icon.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 1, 2, UInt8(name.count)])
        let shot = try upload("shot.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 3, 4, UInt8(name.count)])
        return """
        {"action": \(action), "type": "extension", "platform": "M2",
         "version_compatibility": [{"edition": "CE", "versions": ["2.4"]}], "name": "\(name)",
         "long_description": "A faster cart.", "release_notes": "\(releaseNotes)",
         "artifact": {"file_upload_id": "\(zip)"},
         "documentation_artifacts": {"user": {"file_upload_id": "\(pdf)"}},
         "media_artifacts": {"icon_image": {"file_upload_id": "\(icon)"}, "gallery_images": [{"file_upload_id": "\(shot)"}]},
         "categories": ["//Extensions//Payments & Security//Checkout Enhancements"],
         "prices": [{"edition": "CE", "currency_code": "USD", "price": 10}],
         "license_type": "mit"\(extra)}
        """
    }

    func post(_ items: String..., as mageID: String? = nil) throws -> [JSON] {
        try store.createPackages(mageID: mageID ?? user, items: items.map { try JSON.parse(Array($0.utf8)) }, links: TestWorld.links)
    }

    func put(_ id: String, _ body: String) throws -> JSON {
        guard case .object(let o) = try JSON.parse(Array(body.utf8)) else { throw XCTSkip("not an object") }
        return try store.updatePackage(mageID: user, id: id, body: o, links: TestWorld.links)
    }

    func get(_ id: String) throws -> JSON { try store.package(mageID: user, submissionID: id, links: TestWorld.links) }

    func list(_ query: [(String, String)] = []) throws -> Page<JSON> {
        try store.packages(mageID: user, query: query.map { (name: $0.0, value: $0.1) }, links: TestWorld.links)
    }
}

extension JSON {
    var statusTriple: String {
        "\(self["eqp_status"]?["overall"]?.stringValue ?? "-")/\(self["eqp_status"]?["technical"]?.stringValue ?? "-")/\(self["eqp_status"]?["marketing"]?.stringValue ?? "-")"
    }
}
