/// A dictionary that, while `tracking` is on, remembers which keys were written or removed
/// since the journal last took them (`takeTouched()`). `SandboxState` keeps its entities in
/// these, so the durable journal learns exactly what a write changed without every write path
/// having to say so. With tracking off (no `--data-dir`) it is a plain dictionary behind one
/// well-predicted branch per write.
struct TrackedMap<Key: Hashable & Sendable, Value: Sendable>: Sendable, Sequence {
    private(set) var storage: [Key: Value] = [:]
    var tracking = false
    private(set) var touched: Set<Key> = []

    init() {}

    init(_ storage: [Key: Value]) { self.storage = storage }

    subscript(key: Key) -> Value? {
        get { storage[key] }
        _modify {
            if tracking { touched.insert(key) }
            yield &storage[key]
        }
    }

    subscript(key: Key, default defaultValue: @autoclosure () -> Value) -> Value {
        get { storage[key, default: defaultValue()] }
        _modify {
            if tracking { touched.insert(key) }
            yield &storage[key, default: defaultValue()]
        }
    }

    var count: Int { storage.count }
    var isEmpty: Bool { storage.isEmpty }
    var keys: Dictionary<Key, Value>.Keys { storage.keys }
    var values: Dictionary<Key, Value>.Values { storage.values }

    func makeIterator() -> Dictionary<Key, Value>.Iterator { storage.makeIterator() }

    @discardableResult
    mutating func removeValue(forKey key: Key) -> Value? {
        if tracking { touched.insert(key) }
        return storage.removeValue(forKey: key)
    }

    /// Removes every entry `shouldRemove` picks (each removal is tracked).
    mutating func removeAll(where shouldRemove: (Key, Value) throws -> Bool) rethrows {
        let gone = try storage.filter { try shouldRemove($0.key, $0.value) }.map(\.key)
        guard !gone.isEmpty else { return }
        for key in gone { removeValue(forKey: key) }
    }

    /// The keys written or removed since the last call, and forgets them.
    mutating func takeTouched() -> Set<Key> {
        guard !touched.isEmpty else { return [] }
        defer { touched = [] }
        return touched
    }
}

/// An ordered list of IDs that, while `tracking` is on, logs its appends and removals so the
/// journal can replay them: list order (creation order of users, files, packages) is part of
/// what clients see.
struct TrackedList<Element: Hashable & Sendable>: Sendable, RandomAccessCollection {
    enum Operation: Sendable, Equatable {
        case append(Element)
        case remove(Set<Element>)
        case replace([Element])
    }

    private(set) var elements: [Element] = []
    var tracking = false
    private(set) var log: [Operation] = []

    init() {}

    init(_ elements: [Element]) { self.elements = elements }

    var startIndex: Int { elements.startIndex }
    var endIndex: Int { elements.endIndex }
    subscript(position: Int) -> Element { elements[position] }

    mutating func append(_ element: Element) {
        if tracking { log.append(.append(element)) }
        elements.append(element)
    }

    mutating func removeAll(where shouldRemove: (Element) throws -> Bool) rethrows {
        var gone = Set<Element>()
        try elements.removeAll { e in
            guard try shouldRemove(e) else { return false }
            gone.insert(e)
            return true
        }
        if tracking && !gone.isEmpty { log.append(.remove(gone)) }
    }

    mutating func replaceAll(with new: [Element]) {
        if tracking { log.append(.replace(new)) }
        elements = new
    }

    /// Applies a logged operation (replay), untracked.
    mutating func apply(_ operation: Operation) {
        switch operation {
        case .append(let e): elements.append(e)
        case .remove(let gone): elements.removeAll { gone.contains($0) }
        case .replace(let new): elements = new
        }
    }

    mutating func takeLog() -> [Operation] {
        guard !log.isEmpty else { return [] }
        defer { log = [] }
        return log
    }
}

/// A set that, while `tracking` is on, remembers the members inserted or removed since the
/// journal last took them.
struct TrackedSet<Element: Hashable & Sendable>: Sendable, Sequence {
    private(set) var storage: Set<Element> = []
    var tracking = false
    private(set) var touched: Set<Element> = []

    init() {}

    var count: Int { storage.count }
    var isEmpty: Bool { storage.isEmpty }

    func contains(_ element: Element) -> Bool { storage.contains(element) }

    func makeIterator() -> Set<Element>.Iterator { storage.makeIterator() }

    @discardableResult
    mutating func insert(_ element: Element) -> (inserted: Bool, memberAfterInsert: Element) {
        if tracking { touched.insert(element) }
        return storage.insert(element)
    }

    @discardableResult
    mutating func remove(_ element: Element) -> Element? {
        if tracking { touched.insert(element) }
        return storage.remove(element)
    }

    mutating func takeTouched() -> Set<Element> {
        guard !touched.isEmpty else { return [] }
        defer { touched = [] }
        return touched
    }
}
