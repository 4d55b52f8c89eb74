import Formats

/// A registered callback (callbacks.md). The password is kept for deliveries and never
/// rendered by any endpoint.
public struct APICallback: Sendable, Equatable, Codable {
    public var name: String?
    public var url: String
    public var username: String?
    public var password: String?

    public init(name: String? = nil, url: String, username: String? = nil, password: String? = nil) {
        self.name = name
        self.url = url
        self.username = username
        self.password = password
    }

    /// The profile's view of the callback: name, url, username; no password.
    public var publicJSON: JSON {
        var o = JSONObject()
        if let name { o.append("name", .string(name)) }
        o.append("url", .string(url))
        if let username { o.append("username", .string(username)) }
        return .object(o)
    }
}

/// One callback request waiting to be sent: the server drains these and POSTs `payload` to
/// `url` with Basic `username:password` (callbacks.md, "Authentication").
public struct CallbackDelivery: Sendable, Equatable {
    public var mageID: String
    public var url: String
    public var username: String?
    public var password: String?
    /// The `callback_event` value, such as `malware_scan_complete`.
    public var event: String
    public var payload: JSON
}
