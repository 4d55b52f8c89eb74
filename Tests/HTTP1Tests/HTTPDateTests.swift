import Foundation
import XCTest
@testable import HTTP1

final class HTTPDateTests: XCTestCase {
    func testKnownValues() {
        XCTAssertEqual(HTTPDate.format(epochSeconds: 784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT")
        XCTAssertEqual(HTTPDate.format(epochSeconds: 0), "Thu, 01 Jan 1970 00:00:00 GMT")
        XCTAssertEqual(HTTPDate.format(epochSeconds: -1), "Wed, 31 Dec 1969 23:59:59 GMT")
        XCTAssertEqual(HTTPDate.format(epochSeconds: 951_782_400), "Tue, 29 Feb 2000 00:00:00 GMT")
        XCTAssertEqual(HTTPDate.format(epochSeconds: 1_700_000_000), "Tue, 14 Nov 2023 22:13:20 GMT")
        XCTAssertEqual(HTTPDate.format(epochSeconds: 4_102_444_799), "Thu, 31 Dec 2099 23:59:59 GMT")
    }

    func testAgreesWithFoundation() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let t = Int(seed >> 33) % 5_000_000_000   // 1970 ... 2128
            XCTAssertEqual(HTTPDate.format(epochSeconds: t), formatter.string(from: Date(timeIntervalSince1970: TimeInterval(t))), "\(t)")
        }
    }
}
