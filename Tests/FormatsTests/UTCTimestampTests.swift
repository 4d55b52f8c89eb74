import Formats
import XCTest

final class UTCTimestampTests: XCTestCase {
    func testFormatsKnownInstants() {
        XCTAssertEqual(UTCTimestamp.format(0), "1970-01-01 00:00:00")
        XCTAssertEqual(UTCTimestamp.format(1_587_139_200), "2020-04-17 16:00:00")
        XCTAssertEqual(UTCTimestamp.format(951_782_400), "2000-02-29 00:00:00")
        XCTAssertEqual(UTCTimestamp.format(-1), "1969-12-31 23:59:59")
        XCTAssertEqual(UTCTimestamp.formatDate(1_587_139_200), "2020-04-17")
    }

    func testParsesDocumentedForms() {
        XCTAssertEqual(UTCTimestamp.parse("2020-04-17 16:00:00"), 1_587_139_200)
        XCTAssertEqual(UTCTimestamp.parse("2020-04-17T16:00:00"), 1_587_139_200)
        XCTAssertEqual(UTCTimestamp.parse("2020-04-17"), 1_587_081_600)
        // users.md shows a single-digit hour: "2020-07-21 8:09:10".
        XCTAssertEqual(UTCTimestamp.parse("2020-07-21 8:09:10"), UTCTimestamp.parse("2020-07-21 08:09:10"))
    }

    func testRejectsInvalidDates() {
        for bad in ["", "2020-13-01", "2021-02-29", "2020-04-31", "2020-04-17 24:00:00", "2020-04-17 16:60:00",
                    "2020/04/17", "2020-04-17 16:00", "2020-04-17 16:00:00Z", "abcd-ef-gh"] {
            XCTAssertNil(UTCTimestamp.parse(bad), bad)
        }
    }

    func testRoundTripsAcrossCenturies() {
        var t = -2_000_000_000
        while t < 5_000_000_000 {
            XCTAssertEqual(UTCTimestamp.parse(UTCTimestamp.format(t)), t)
            t += 86_399 * 37
        }
    }
}
