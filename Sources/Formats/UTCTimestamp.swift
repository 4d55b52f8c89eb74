/// The EQP timestamp format `YYYY-MM-DD HH:MM:SS`, always UTC (rest-api.md "UTC timestamps"),
/// converted to and from seconds since the Unix epoch without Foundation.
public enum UTCTimestamp {
    /// Formats seconds since 1970-01-01 00:00:00 UTC.
    public static func format(_ epochSeconds: Int) -> String {
        let (days, secs) = floorDivMod(epochSeconds, 86_400)
        let (y, m, d) = civil(fromDays: days)
        var out = ""
        out.reserveCapacity(19)
        out += pad(y, 4); out += "-"; out += pad(m, 2); out += "-"; out += pad(d, 2); out += " "
        out += pad(secs / 3600, 2); out += ":"; out += pad(secs % 3600 / 60, 2); out += ":"; out += pad(secs % 60, 2)
        return out
    }

    /// Only the date part, `YYYY-MM-DD`.
    public static func formatDate(_ epochSeconds: Int) -> String { String(format(epochSeconds).prefix(10)) }

    /// Parses `YYYY-MM-DD HH:MM:SS` (also with a `T` separator, or a single-digit hour as in
    /// users.md's "2020-07-21 8:09:10") or a bare `YYYY-MM-DD` (midnight). `nil` if invalid.
    public static func parse(_ text: some StringProtocol) -> Int? {
        let s = Array(text.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= s.count else { return nil }
            var v = 0
            for i in from..<(from + len) {
                guard s[i] >= 48 && s[i] <= 57 else { return nil }
                v = v * 10 + Int(s[i] - 48)
            }
            return v
        }
        guard s.count >= 10, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"),
              let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2),
              (1...12).contains(mo), d >= 1, d <= daysInMonth(y, mo) else { return nil }
        var h = 0, mi = 0, se = 0
        if s.count > 10 {
            guard s[10] == UInt8(ascii: " ") || s[10] == UInt8(ascii: "T") else { return nil }
            // Hour may have one or two digits.
            var p = 11
            if p + 1 < s.count, s[p + 1] == UInt8(ascii: ":") {
                guard let hh = num(p, 1) else { return nil }; h = hh; p += 2
            } else {
                guard let hh = num(p, 2), p + 2 < s.count, s[p + 2] == UInt8(ascii: ":") else { return nil }; h = hh; p += 3
            }
            guard let mm = num(p, 2), p + 2 < s.count, s[p + 2] == UInt8(ascii: ":"), let ss = num(p + 3, 2),
                  p + 5 == s.count else { return nil }
            mi = mm; se = ss
            guard h < 24, mi < 60, se < 60 else { return nil }
        }
        return days(fromCivil: y, mo, d) * 86_400 + h * 3600 + mi * 60 + se
    }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func floorDivMod(_ a: Int, _ b: Int) -> (Int, Int) {
        let q = a / b, r = a % b
        return r < 0 ? (q - 1, r + b) : (q, r)
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    // Howard Hinnant's days-from-civil algorithms (proleptic Gregorian calendar).
    static func days(fromCivil y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
