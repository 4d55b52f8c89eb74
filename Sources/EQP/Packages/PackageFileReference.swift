import Formats

/// A place in a package where it refers to an uploaded file, such as
/// `media_artifacts.gallery_images[2]` → `5c644fa344e5d7.04253635.8`.
public struct PackageFileReference: Sendable, Equatable {
    /// The JSON path of the reference object (its `file_upload_id` is inside).
    public var path: String
    public var fileUploadID: String
    public var role: Role

    /// What the file is for, which decides the review flow that needs it scanned.
    public enum Role: String, Sendable, Equatable {
        case artifact, documentation, media, sharedPackage

        /// Whether a submission of `flow` requires this file to have passed its malware scan.
        public func isChecked(for flow: EQPFlow) -> Bool {
            switch self {
            case .artifact, .sharedPackage: return flow == .technical
            case .documentation: return flow == .technical || flow == .marketing
            case .media: return flow == .marketing
            }
        }
    }

    public init(path: String, fileUploadID: String, role: Role) {
        self.path = path
        self.fileUploadID = fileUploadID
        self.role = role
    }

    /// Every file reference in `fields`, in document order: artifact, shared_packages[N].artifact
    /// (by file_upload_id), documentation_artifacts.*, media_artifacts.icon_image and
    /// gallery_images[N].
    public static func all(in fields: JSONObject) -> [PackageFileReference] {
        var out: [PackageFileReference] = []
        _ = mapReferences(in: fields) { ref, value in
            out.append(ref)
            return value
        }
        return out
    }

    /// `fields` with each reference object replaced by `transform(reference, object)`; the one
    /// place that knows where references live (validation, submission checks, rendering).
    public static func mapReferences(in fields: JSONObject,
                                     _ transform: (PackageFileReference, JSON) -> JSON) -> JSONObject {
        var out = fields
        func mapped(_ value: JSON, _ path: String, _ role: Role) -> JSON {
            guard let id = value["file_upload_id"]?.stringValue else { return value }
            return transform(PackageFileReference(path: path, fileUploadID: id, role: role), value)
        }
        if let artifact = out["artifact"] { out["artifact"] = mapped(artifact, "artifact", .artifact) }
        if let shared = out["shared_packages"]?.arrayValue {
            out["shared_packages"] = .array(shared.enumerated().map { i, entry in
                guard var o = entry.objectValue, let artifact = o["artifact"] else { return entry }
                o["artifact"] = mapped(artifact, "shared_packages[\(i)].artifact", .sharedPackage)
                return .object(o)
            })
        }
        if var docs = out["documentation_artifacts"]?.objectValue {
            for kind in PackageVocabulary.documentationKinds {
                if let doc = docs[kind] { docs[kind] = mapped(doc, "documentation_artifacts." + kind, .documentation) }
            }
            out["documentation_artifacts"] = .object(docs)
        }
        if var media = out["media_artifacts"]?.objectValue {
            if let icon = media["icon_image"] { media["icon_image"] = mapped(icon, "media_artifacts.icon_image", .media) }
            if let gallery = media["gallery_images"]?.arrayValue {
                media["gallery_images"] = .array(gallery.enumerated().map { i, image in
                    mapped(image, "media_artifacts.gallery_images[\(i)]", .media)
                })
            }
            out["media_artifacts"] = .object(media)
        }
        return out
    }

    /// `fields` with every reference expanded to the file's record (unknown files stay as
    /// `{"file_upload_id": ...}`), as GET returns them.
    public static func expand(_ fields: JSONObject, files: FileLookup) -> JSONObject {
        mapReferences(in: fields) { ref, value in files(ref.fileUploadID)?.json ?? value }
    }
}
