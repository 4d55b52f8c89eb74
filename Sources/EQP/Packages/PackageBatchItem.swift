import Formats

/// The items of a batch POST/PUT answer (rest-api.md, "Batch response"; handling-errors.md):
/// each has `code` and `message`; a success carries the whole package, a failure echoes the
/// `item_id` the client sent so it can match answers to its items.
public enum PackageBatchItem {
    /// `{"code": 200, "message": "Success", "submission_id": ..., ...}`: the rendered package
    /// (from `PackageRecord.json`) after the code and message.
    public static func success(_ package: JSONObject) -> JSON {
        var o = JSONObject()
        o.append("code", 200)
        o.append("message", "Success")
        for (key, value) in package { o.append(key, value) }
        return .object(o)
    }

    /// `{"code": 1208, "message": "...", "item_id": ...}`; `item` is the item as sent (its
    /// `item_id` is echoed when it is a string, so the client recognises it).
    public static func failure(_ error: EQPError, item: JSON?) -> JSON {
        var o = JSONObject()
        o.append("code", .int(error.code))
        o.append("message", .string(error.message))
        // Echoed only when it is a string: an item_id of the wrong type is the item's error, and
        // echoing it would break the documented shape of the answer.
        if let itemID = item?["item_id"], case .string = itemID { o.append("item_id", itemID) }
        return .object(o)
    }
}
