import Formats

extension PackageQuery {
    /// Reads a list request's query parameters (already percent-decoded, `+` as space).
    /// `reserved` names parameters the route handles itself, which are skipped.
    public static func parse(_ parameters: [(name: String, value: String)], reserved: Set<String> = []) throws -> PackageQuery {
        var query = PackageQuery()
        var offset: String?, limit: String?
        for (name, value) in parameters where !name.isEmpty && !reserved.contains(name) {
            switch name {
            case "offset": offset = value
            case "limit": limit = value
            case "sort": query.sort = try parseSort(value)
            default: if let filter = try parseFilter(name, value) { query.filters.append(filter) }
            }
        }
        query.page = try PageRequest.parse(offset: offset, limit: limit)
        return query
    }

    /// `-platform,+name, created_at` → [platform desc, name asc, created_at asc].
    public static func parseSort(_ text: String) throws -> [PackageSortKey] {
        var keys: [PackageSortKey] = []
        for token in text.split(separator: ",", omittingEmptySubsequences: false) {
            var t = token.trimmingBlanks
            if t.isEmpty { continue }
            var descending = false
            if t.first == "-" {
                descending = true
                t = t.dropFirst().trimmingBlanks
            } else if t.first == "+" {
                t = t.dropFirst().trimmingBlanks
            }
            guard let field = PackageQueryField.named(String(t)) else {
                throw EQPErrorDefinition.invalidPackageSort.error(["field": String(t), "fields": PackageQueryField.namesList])
            }
            keys.append(PackageSortKey(field: field.name, descending: descending, index: field.index))
        }
        return keys
    }

    /// The filter `name=value` asks for; nil when it filters nothing (`type=all`, an empty value).
    public static func parseFilter(_ name: String, _ rawValue: String) throws -> PackageFilter? {
        guard let field = PackageQueryField.named(name) else {
            throw EQPErrorDefinition.invalidPackageFilter.error(["field": name, "fields": PackageQueryField.namesList])
        }
        let value = String(Substring(rawValue).trimmingBlanks)
        if value.isEmpty { return nil }
        func invalid(_ problem: String) -> EQPError {
            EQPErrorDefinition.invalidPackageFilterValue.error(["field": field.name, "problem": problem])
        }
        let test: PackageFilter.Test
        switch field.filter {
        case .exact(let allowed):
            guard allowed.contains(value) else {
                throw invalid("must be one of \(allowed.joined(separator: ", ")); got '\(rawValue)'")
            }
            if field.name == "type" && value == "all" { return nil }
            test = .equals(Array(value.utf8))
        case .boolean:
            switch value.lowercased() {
            case "true", "1": test = .equals(Array("true".utf8))
            case "false", "0": test = .equals(Array("false".utf8))
            default: throw invalid("must be true or false; got '\(rawValue)'")
            }
        case .substring:
            test = .contains(Array(value.lowercased().utf8))
        case .date:
            guard let (from, to) = dateRange(value) else {
                throw invalid("must be a day (2020-04-17), a time (2020-04-17 16:00:00) or a range START,END with either side empty; got '\(rawValue)'")
            }
            guard from <= to else { throw invalid("range starts after it ends; got '\(rawValue)'") }
            test = .between(from, to)
        }
        return PackageFilter(field: field.name, index: field.index, test: test)
    }

    /// Inclusive bounds: a day covers its 86,400 seconds; a time is one second; `START,END`
    /// runs from START's first second to END's last, either side open when empty.
    static func dateRange(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingBlanks }
        switch parts.count {
        case 1:
            guard let (from, to) = instant(parts[0]) else { return nil }
            return (from, to)
        case 2:
            var from = Int.min, to = Int.max
            if !parts[0].isEmpty { guard let bounds = instant(parts[0]) else { return nil }; from = bounds.0 }
            if !parts[1].isEmpty { guard let bounds = instant(parts[1]) else { return nil }; to = bounds.1 }
            return (from, to)
        default:
            return nil
        }
    }

    /// The first and last second a day or a time stands for.
    static func instant(_ text: Substring) -> (Int, Int)? {
        guard let t = UTCTimestamp.parse(text) else { return nil }
        return text.utf8.count == 10 ? (t, t + 86_399) : (t, t)
    }
}
