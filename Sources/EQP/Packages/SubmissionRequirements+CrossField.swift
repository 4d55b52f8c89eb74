import Formats

extension SubmissionRequirements {
    /// "Editions must match `version_compatibility`" (packages.md, "prices"): the set of editions
    /// priced equals the set of editions supported, each priced once (1218, 1202). A package
    /// without prices (free) or without compatibility yet is not compared.
    public static func checkEditions(_ f: JSONObject) throws {
        guard let prices = f["prices"]?.arrayValue, !prices.isEmpty,
              let compatibility = f["version_compatibility"]?.arrayValue, !compatibility.isEmpty else { return }
        let priced = try uniqueEditions(prices, "prices", "give one price per edition")
        let supported = try uniqueEditions(compatibility, "version_compatibility", "list each edition once")
        guard Set(priced) == Set(supported) else {
            throw EQPErrorDefinition.editionMismatch.error([
                "prices": priced.joined(separator: ", "), "compatibility": supported.joined(separator: ", "),
            ])
        }
    }

    static func uniqueEditions(_ list: [JSON], _ path: String, _ advice: String) throws -> [String] {
        var seen: [String] = []
        for (i, entry) in list.enumerated() {
            guard let edition = entry["edition"]?.stringValue else {
                throw EQPError(.packageFieldValue, ["field": "\(path)[\(i)].edition", "problem": "is required"])
            }
            if seen.contains(edition) {
                throw EQPError(.packageFieldValue,
                               ["field": "\(path)[\(i)].edition", "problem": "repeats \"\(edition)\"; \(advice)"])
            }
            seen.append(edition)
        }
        return seen
    }

    /// "A list of one to three categories, all from the same main category, expressed as a
    /// path" with `//` separators (1219).
    public static func checkCategories(_ categories: [String]) throws {
        guard (1...3).contains(categories.count) else {
            throw EQPErrorDefinition.invalidCategories.error(["field": "categories", "problem": "must list 1 to 3 categories, got \(categories.count)"])
        }
        var main: (name: String, index: Int)?
        for (i, path) in categories.enumerated() {
            guard let category = mainCategory(of: path) else {
                throw EQPErrorDefinition.invalidCategories.error(["field": "categories[\(i)]", "problem":
                    "must be a path such as \"//Extensions//Payments & Security//Checkout Enhancements\", got \"\(path)\""])
            }
            if categories[..<i].contains(path) {
                throw EQPErrorDefinition.invalidCategories.error(["field": "categories[\(i)]", "problem": "repeats \"\(path)\""])
            }
            if let main, main.name != category {
                throw EQPErrorDefinition.invalidCategories.error(["field": "categories", "problem":
                    "must all be from the same main category, got \"\(main.name)\" (categories[\(main.index)]) and \"\(category)\" (categories[\(i)])"])
            }
            if main == nil { main = (category, i) }
        }
    }

    /// The main category of a category path. Paths start at the store's root section, as in
    /// the docs' examples `//Extensions//Payments & Security//Checkout Enhancements` and
    /// `//Extension//Marketing//SEO/SEM`: the main category is the element below the root
    /// (`Payments & Security`, `Marketing`); a path without a root section starts with its main
    /// category. Nil when the text is not a `//` path or names only the root.
    public static func mainCategory(of path: String) -> String? {
        guard path.hasPrefix("//") else { return nil }
        let elements = PackageText.split(path.dropFirst(2), by: "//")
        guard !elements.isEmpty, !elements.contains(where: { Substring($0).trimmingBlanks.isEmpty }) else { return nil }
        let roots: Set<String> = ["extension", "extensions", "theme", "themes"]
        if roots.contains(elements[0].lowercased()) {
            return elements.count >= 2 ? elements[1] : nil
        }
        return elements[0]
    }

    /// `pricing_model`: "the value must either be `1` for one-time payments, or `12` for annual
    /// subscriptions" (1202).
    public static func checkPricingModel(_ f: JSONObject) throws {
        guard let type = f["pricing_model"]?["pricing_type"]?.stringValue,
              let period = f["pricing_model"]?["payment_period"]?.intValue else { return }
        let expected = type == "subscription" ? 12 : 1
        if period != expected {
            throw EQPError(.packageFieldValue, ["field": "pricing_model.payment_period",
                                                "problem": "must be \(expected) for pricing_type \"\(type)\", got \(period)"])
        }
    }
}
