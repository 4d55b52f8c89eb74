/// Small text checks used by package validation.
enum PackageText {
    /// `http://...` or `https://...` with something after the scheme.
    static func isHTTPURL(_ s: String) -> Bool {
        let lower = s.lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            return lower.count > scheme.count && !s.contains(" ")
        }
        return false
    }

    /// A version such as `2.4`, `1.1.5`, `2.4.6-p3` or `v1.0.0`: a digit first (after an
    /// optional `v`), then digits, letters, `.`, `-` or `+`.
    static func isVersion(_ s: String) -> Bool {
        var bytes = Substring(s).utf8[...]
        if bytes.first == UInt8(ascii: "v") { bytes = bytes.dropFirst() }
        guard let first = bytes.first, isDigit(first) else { return false }
        return bytes.allSatisfy { isDigit($0) || isLetter($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
    }

    /// `123`, `123.4` or `123.45`.
    static func isAmount(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.utf8.allSatisfy(isDigit) else { return false }
        if parts.count == 2 {
            let fraction = parts[1]
            return (1...2).contains(fraction.utf8.count) && fraction.utf8.allSatisfy(isDigit)
        }
        return true
    }

    /// Whether `d` has no more than two decimals, allowing for binary rounding (15.5, 0.1 + 0.2).
    static func hasAtMostTwoDecimals(_ d: Double) -> Bool {
        let cents = d * 100
        return abs(cents - cents.rounded()) < 1e-6 * max(1, abs(cents))
    }

    /// The numeric parts of a version, for natural ordering: `2.4.10-p1` → [2, 4, 10, 1].
    static func versionComponents(_ s: String) -> [Int] {
        var out: [Int] = []
        var current: Int?
        for b in s.utf8 {
            if isDigit(b) {
                current = (current ?? 0) &* 10 &+ Int(b - 48)
            } else if let c = current {
                out.append(c)
                current = nil
            }
        }
        if let current { out.append(current) }
        return out
    }

    /// Splits on a multi-character separator: `"a//b/c//d"` by `"//"` → ["a", "b/c", "d"].
    static func split(_ text: Substring, by separator: String) -> [String] {
        let bytes = Array(text.utf8), sep = Array(separator.utf8)
        var parts: [String] = []
        var start = 0, i = 0
        while i < bytes.count {
            if i + sep.count <= bytes.count && bytes[i..<(i + sep.count)].elementsEqual(sep) {
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += sep.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
}

/// Composer package names (`vendor/package`), the form a package sku must have (error 1210).
public enum ComposerName {
    /// Composer's rule: lower-case letters and digits, parts joined by single `.`, `_` or `-`
    /// (the package part also allows `--`), exactly one `/` between vendor and package.
    public static func isValid(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return isValidPart(parts[0], allowDoubleDash: false) && isValidPart(parts[1], allowDoubleDash: true)
    }

    static func isValidPart(_ part: Substring, allowDoubleDash: Bool) -> Bool {
        let bytes = Array(part.utf8)
        guard let first = bytes.first, let last = bytes.last, isAlnum(first), isAlnum(last) else { return false }
        var run: [UInt8] = []
        for b in bytes {
            if isAlnum(b) {
                run.removeAll()
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") {
                run.append(b)
                let doubleDash = allowDoubleDash && run == [UInt8(ascii: "-"), UInt8(ascii: "-")]
                if run.count > 1 && !doubleDash { return false }
            } else {
                return false
            }
        }
        return true
    }

    static func isAlnum(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 97 && b <= 122) }

    /// The vendor and package of a valid name: `acme/one-click-checkout` → ("acme", "one-click-checkout").
    public static func split(_ name: String) -> (vendor: String, package: String)? {
        guard isValid(name), let slash = name.firstIndex(of: "/") else { return nil }
        return (String(name[..<slash]), String(name[name.index(after: slash)...]))
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingBlanks: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return s
    }
}
