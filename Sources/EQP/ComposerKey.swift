import Formats

/// A Magento 2 Composer key pair (users.md, "Magento 2 keys"). Labels are unique per `uid`.
public struct ComposerKey: Sendable, Equatable, Codable {
    public var label: String
    public var userKey: String
    public var passwordKey: String
    public var isEnabled: Bool
    /// The owning mage_id, or an org_id of one of the user's organizations.
    public var uid: String

    public init(label: String, userKey: String, passwordKey: String, isEnabled: Bool, uid: String) {
        self.label = label
        self.userKey = userKey
        self.passwordKey = passwordKey
        self.isEnabled = isEnabled
        self.uid = uid
    }

    public var json: JSON {
        [
            "label": .string(label),
            "user_key": .string(userKey),
            "password_key": .string(passwordKey),
            "is_enabled": .bool(isEnabled),
            "uid": .string(uid),
        ]
    }
}

/// A Magento 1 product key (users.md): read-only, defined by seed data.
public struct M1Key: Sendable, Equatable, Codable {
    public var productName: String
    public var productKey: String

    public init(productName: String, productKey: String) {
        self.productName = productName
        self.productKey = productKey
    }

    public var json: JSON { ["product_name": .string(productName), "product_key": .string(productKey)] }
}
