import Formats
import XCTest

final class JSONTests: XCTestCase {
    func testParsesEveryKindAndKeepsMemberOrder() throws {
        let v = try JSON.parse(#" {"z":1,"a":[true,false,null],"m":{"x":-2.5e2,"s":"\u00e9\n\"q\""},"i":-0} "#)
        XCTAssertEqual(v.objectValue?.keys, ["z", "a", "m", "i"])
        XCTAssertEqual(v["z"], .int(1))
        XCTAssertEqual(v["a"], [true, false, nil])
        XCTAssertEqual(v["m"]?["x"], .double(-250))
        XCTAssertEqual(v["m"]?["s"]?.stringValue, "é\n\"q\"")
        XCTAssertEqual(v["i"], .int(0))
    }

    func testSerializesCompactlyInOrder() throws {
        let v: JSON = ["b": 1, "a": ["x", 2.5, nil, true], "c": ["k": "v\u{1}\"\\/"]]
        XCTAssertEqual(v.text, #"{"b":1,"a":["x",2.5,null,true],"c":{"k":"v\u0001\"\\/"}}"#)
    }

    func testRoundTripsThroughPrettyOutput() throws {
        let text = #"{"mage_id":"MAG123456789","prices":[{"price":15.5},{"price":45.0}],"e":{},"l":[]}"#
        let v = try JSON.parse(text)
        XCTAssertEqual(try JSON.parse(v.prettySerialized()), v)
        XCTAssertEqual(v.text, text)
    }

    func testSurrogatePairsAndUnicode() throws {
        XCTAssertEqual(try JSON.parse(#""\ud83d\ude00""#).stringValue, "😀")
        XCTAssertEqual(try JSON.parse("\"日本\"").stringValue, "日本")
        XCTAssertThrowsError(try JSON.parse(#""\ud83d""#))
        XCTAssertThrowsError(try JSON.parse(#""\ude00""#))
    }

    func testErrorsSayWhereAndWhat() {
        let cases: [(String, String)] = [
            ("", "unexpected end of input"),
            ("{", "unexpected end of input"),
            ("{\"a\" 1}", "expected ':'"),
            ("[1,]", "unexpected character"),
            ("[1 2]", "expected ',' or ']'"),
            ("{\"a\":1,}", "expected a member name"),
            ("01", "leading zeros"),
            ("1.", "digits expected after '.'"),
            ("tru", "unexpected end of input"),
            ("trux", "invalid literal"),
            ("\"a\nb\"", "unescaped control character"),
            ("\"\\x\"", "invalid escape"),
            ("1 2", "unexpected data after"),
            ("1e999", "out of range"),
        ]
        for (input, expected) in cases {
            XCTAssertThrowsError(try JSON.parse(input), input) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(input): \(error)")
            }
        }
        XCTAssertThrowsError(try JSON.parse("{\n  \"a\": x}")) { error in
            let e = error as! JSONParseError
            XCTAssertEqual(e.line, 2)
            XCTAssertEqual(e.column, 8)
        }
    }

    func testDeepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        XCTAssertThrowsError(try JSON.parse(deep)) { XCTAssertTrue("\($0)".contains("nesting")) }
        XCTAssertNoThrow(try JSON.parse(String(repeating: "[", count: 200) + String(repeating: "]", count: 200)))
    }

    func testInvalidUTF8IsRefused() {
        XCTAssertThrowsError(try JSON.parse([0x22, 0xFF, 0x22]))
    }

    func testObjectEditingKeepsPositions() {
        var o = JSONObject([("a", 1), ("b", 2)])
        o["a"] = 3
        o["c"] = 4
        o["b"] = nil
        XCTAssertEqual(o.keys, ["a", "c"])
        XCTAssertEqual(JSON.object(o).text, #"{"a":3,"c":4}"#)
        XCTAssertEqual(JSON.object(JSONObject([("x", 1), ("y", 2)])), JSON.object(JSONObject([("y", 2), ("x", 1)])))
    }

    func testNumberAccessors() {
        XCTAssertEqual(JSON.double(3.0).intValue, 3)
        XCTAssertNil(JSON.double(3.5).intValue)
        XCTAssertEqual(JSON.int(2).doubleValue, 2)
        XCTAssertEqual(JSON.double(.infinity).text, "null")
    }
}
