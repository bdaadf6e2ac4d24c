// Core-schema (YAML 1.2) resolution of plain scalars, and explicit tags overriding it.

import Testing
@testable import YAML

private let plainCases: [(String, ResolvedScalar)] = [
    ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
    ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("false", .bool(false)),
    ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("tRUE", .string("tRUE")),
    ("0x1F", .int(31)), ("0o17", .int(15)), ("-12", .int(-12)), ("+3", .int(3)), ("0", .int(0)),
    ("007", .int(7)), ("0x", .string("0x")), ("0x-1", .string("0x-1")), ("0o8", .string("0o8")),
    ("-0x1F", .string("-0x1F")), ("1_000", .string("1_000")),
    ("1.5", .float(1.5)), ("1e3", .float(1000)), ("-2.5E-1", .float(-0.25)), (".5", .float(0.5)),
    ("5.", .float(5)), ("+1.0", .float(1)),
    (".inf", .float(.infinity)), ("+.Inf", .float(.infinity)), ("-.inf", .float(-.infinity)),
    ("1.2.3", .string("1.2.3")), ("12abc", .string("12abc")), ("1-2", .string("1-2")), ("e", .string("e")),
    ("1e", .string("1e")), ("e3", .string("e3")), (".", .string(".")), ("+", .string("+")), ("+.", .string("+.")),
    ("nan", .string("nan")), ("inf", .string("inf")), ("0x1p3", .string("0x1p3")), ("1.0.0", .string("1.0.0")),
    ("3.0.3", .string("3.0.3")), ("v1", .string("v1")),
]

@Test(arguments: plainCases)
func plainScalarResolution(text: String, expected: ResolvedScalar) throws {
    let doc = try parse("v: \(text)\n")
    #expect(doc["v"]?.resolved == expected, "\(text)")
}

@Test func signAloneIsAString() {
    // `v: -` would be a sequence entry, so this one is checked without the parser.
    #expect(ResolvedScalar.resolve(Scalar("-"), tag: nil) == .string("-"))
}

@Test func nanResolves() throws {
    for text in [".nan", ".NaN", ".NAN"] {
        guard case .float(let value) = try parse("v: \(text)")["v"]?.resolved else {
            Issue.record("\(text) is not a float")
            continue
        }
        #expect(value.isNaN)
    }
}

private let taggedCases: [(String, ResolvedScalar)] = [
    ("'12'", .string("12")), ("\"true\"", .string("true")), ("'~'", .string("~")),
    ("!!str 12", .string("12")), ("!!str true", .string("true")), ("!!str", .string("")),
    ("!!int \"12\"", .int(12)), ("!!int '0x10'", .int(16)), ("!!int abc", .string("abc")),
    ("!!float 3", .float(3)), ("!!float '2.5'", .float(2.5)), ("!!bool 'false'", .bool(false)),
    ("!!null ''", .null), ("!!binary aGVsbG8=", .string("aGVsbG8=")), ("!custom 12", .int(12)),
]

@Test(arguments: taggedCases)
func quotedAndTaggedResolution(text: String, expected: ResolvedScalar) throws {
    let doc = try parse("v: \(text)\n")
    #expect(doc["v"]?.resolved == expected, "\(text)")
}

@Test func typedAccessors() throws {
    let doc = try parse("i: 42\nf: 2.5\nb: false\ns: text\nn: ~\nversion: 1.0\n")
    #expect(doc["i"]?.int == 42)
    #expect(doc["i"]?.double == 42)
    #expect(doc["f"]?.double == 2.5)
    #expect(doc["f"]?.int == nil)
    #expect(doc["b"]?.bool == false)
    #expect(doc["s"]?.string == "text")
    #expect(doc["i"]?.string == nil)
    #expect(doc["n"]?.isNull == true)
    #expect(doc["version"]?.text == "1.0")
    #expect(doc["i"]?.kindDescription == "a number")
    #expect(doc["s"]?.kindDescription == "a string")
    #expect(doc.kindDescription == "a mapping")
}
