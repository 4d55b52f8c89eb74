/// The `offset`/`limit` paging of list endpoints (filtering.md, "Paginating batch requests").
public struct PageRequest: Sendable, Equatable {
    public var offset: Int
    /// How many records to return; -1 returns all remaining records.
    public var limit: Int

    public static let defaultLimit = 20

    public init(offset: Int = 0, limit: Int = PageRequest.defaultLimit) {
        self.offset = offset
        self.limit = limit
    }

    /// Reads the raw query values; absent values take the defaults (0 and 20). A negative
    /// offset, a non-number, or a limit below -1 is a 400 (SANDBOX-NOTES.md).
    public static func parse(offset: String?, limit: String?) throws -> PageRequest {
        var page = PageRequest()
        if let offset {
            guard let v = Int(offset.trimmingSpaces), v >= 0 else {
                throw EQPErrorDefinition.invalidOffset.error(["value": offset])
            }
            page.offset = v
        }
        if let limit {
            guard let v = Int(limit.trimmingSpaces), v >= -1 else {
                throw EQPErrorDefinition.invalidLimit.error(["value": limit])
            }
            page.limit = v
        }
        return page
    }

    /// The requested slice, and how many records there were before paging (`X-Total-Count`).
    public func apply<T>(_ all: [T]) -> Page<T> {
        let start = min(offset, all.count)
        // limit can be as large as Int.max: compare against what is left, never add.
        let end = limit < 0 ? all.count : start + min(limit, all.count - start)
        return Page(items: Array(all[start..<end]), total: all.count)
    }
}

/// One page of a list plus the total number of matching records.
public struct Page<T> {
    public var items: [T]
    public var total: Int

    public init(items: [T], total: Int) {
        self.items = items
        self.total = total
    }

    public func map<U>(_ transform: (T) throws -> U) rethrows -> Page<U> {
        Page<U>(items: try items.map(transform), total: total)
    }
}

extension Page: Sendable where T: Sendable {}
extension Page: Equatable where T: Equatable {}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
