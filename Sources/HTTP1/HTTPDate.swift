/// The `Date` header format (RFC 9110 §5.6.7, IMF-fixdate), computed without Foundation.
public enum HTTPDate {
    /// `Sun, 06 Nov 1994 08:49:37 GMT` for the given seconds since 1970-01-01T00:00:00Z.
    public static func format(epochSeconds: Int) -> String {
        var days = epochSeconds / 86_400
        var seconds = epochSeconds % 86_400
        if seconds < 0 { seconds += 86_400; days -= 1 }
        let (year, month, day) = civil(fromDays: days)
        // 1970-01-01 was a Thursday.
        let weekday = ((days % 7) + 11) % 7

        var out: [UInt8] = []
        out.reserveCapacity(29)
        out.append(contentsOf: weekdayNames[weekday * 3..<weekday * 3 + 3])
        out.append(contentsOf: ", ".utf8)
        appendDigits(day, 2, &out)
        out.append(ASCII.space)
        out.append(contentsOf: monthNames[(month - 1) * 3..<(month - 1) * 3 + 3])
        out.append(ASCII.space)
        appendDigits(year, 4, &out)
        out.append(ASCII.space)
        appendDigits(seconds / 3600, 2, &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(seconds / 60 % 60, 2, &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(seconds % 60, 2, &out)
        out.append(contentsOf: " GMT".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    private static let weekdayNames = Array("SunMonTueWedThuFriSat".utf8)
    private static let monthNames = Array("JanFebMarAprMayJunJulAugSepOctNovDec".utf8)

    /// `value` in decimal, zero-padded to at least `width` digits.
    private static func appendDigits(_ value: Int, _ width: Int, _ out: inout [UInt8]) {
        let value = max(0, value)
        var divisor = 1, digits = 1
        while digits < width || divisor <= value / 10 { divisor *= 10; digits += 1 }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Days since the epoch to a proleptic Gregorian date (H. Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
