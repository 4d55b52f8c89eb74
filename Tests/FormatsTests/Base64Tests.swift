import Formats
import XCTest

final class Base64Tests: XCTestCase {
    /// RFC 4648 §10.
    private let vectors: [(String, String)] = [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ]

    func testRFC4648VectorsEncode() {
        for (plain, encoded) in vectors {
            XCTAssertEqual(Base64.encode(Array(plain.utf8)), encoded)
        }
    }

    func testRFC4648VectorsDecode() {
        for (plain, encoded) in vectors {
            XCTAssertEqual(Base64.decode(encoded), Array(plain.utf8), encoded)
        }
    }

    func testMissingPaddingIsAccepted() {
        XCTAssertEqual(Base64.decode("Zg"), Array("f".utf8))
        XCTAssertEqual(Base64.decode("Zm8"), Array("fo".utf8))
        XCTAssertEqual(Base64.decode("Zm9vYg"), Array("foob".utf8))
    }

    func testBasicAuthCredentials() {
        // RFC 7617 §2 example.
        XCTAssertEqual(Base64.encode(Array("Aladdin:open sesame".utf8)), "QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
        XCTAssertEqual(Base64.decode("QWxhZGRpbjpvcGVuIHNlc2FtZQ=="), Array("Aladdin:open sesame".utf8))
    }

    func testFullAlphabetAndHighBytes() {
        let bytes: [UInt8] = [0xFB, 0xFF, 0xBF, 0x00, 0x10, 0x83]
        XCTAssertEqual(Base64.encode(bytes), "+/+/ABCD")
        XCTAssertEqual(Base64.decode("+/+/ABCD"), bytes)
    }

    func testInvalidInputs() {
        let invalid = [
            "Zm9v!", "Zm 9v", "Zm9v\n", "Zm-_", "Z", "Zm9vY", "Z===", "Zg=", "Zm9v====",
            "Zg==Zg==", "=Zg=", "Zm=v", "Zm9vYmFy=", "é", "Zm9\u{0}",
        ]
        for text in invalid {
            XCTAssertNil(Base64.decode(text), text.debugDescription)
        }
    }

    func testRoundTripRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        for length in 0...100 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let encoded = Base64.encode(bytes)
            XCTAssertEqual(encoded.utf8.count, (length + 2) / 3 * 4)
            XCTAssertEqual(Base64.decode(encoded), bytes, "length \(length)")
            let unpadded = String(encoded.prefix { $0 != "=" })
            XCTAssertEqual(Base64.decode(unpadded), bytes, "unpadded length \(length)")
        }
    }
}
