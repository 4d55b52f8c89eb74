/// The content types files.md recognises for uploads ("Recognized Content-Types").
public enum FileContentTypes {
    /// Every accepted type, in the order files.md lists them.
    public static let recognised: [String] = [
        "image/png", "image/jpeg", "image/gif", "application/pdf",
        "application/zip", "application/x-zip-compressed", "application/octet-stream",
    ]

    /// Types usable as a profile image ("avatar" in files.md).
    public static let images: [String] = ["image/png", "image/jpeg", "image/gif"]

    /// The media type without parameters, lowercased: `Image/PNG; x=y` → `image/png`.
    public static func essence(_ contentType: String) -> String {
        let main = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return String(main.filter { $0 != " " && $0 != "\t" }).lowercased()
    }

    /// The type a filename's extension implies, for parts sent without a Content-Type.
    public static func guess(forFilename filename: String) -> String? {
        guard let dot = filename.lastIndex(of: ".") else { return nil }
        switch filename[filename.index(after: dot)...].lowercased() {
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "pdf": return "application/pdf"
        case "zip": return "application/zip"
        default: return nil
        }
    }
}
