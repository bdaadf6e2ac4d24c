import Foundation
import Testing

/// The package root (two levels above this file's folder).
private let packageRoot: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/")
}()

private func read(_ relativePath: String) throws -> String {
    try String(contentsOfFile: packageRoot + "/" + relativePath, encoding: .utf8)
}

/// The generated files, read as source text.
private let generatedFiles = [
    "Sources/HostileClient/Client.swift", "Sources/HostileClient/Models.swift",
    "Sources/HostileClient/Operations.swift", "Sources/HostileClient/Support.swift",
    "Tests/HostileClientTests/SpecExampleTests.swift",
]

/// What the build alone would not catch: a payload that got out inside a type (where it declares a
/// member the canary cannot redeclare) or one that hides code from a reviewer without changing it.
@Suite struct GeneratedSourceTests {
    @Test(arguments: generatedFiles)
    func payloadsStayInCommentsAndLiterals(file: String) throws {
        let code = SwiftCode.withoutCommentsAndLiterals(try read(file))
        for marker in ["injected", "undeclared"] {
            for line in code.split(separator: "\n") where line.contains(marker) {
                Issue.record("\(file): a payload is code: \(line)")
            }
        }
    }

    @Test(arguments: generatedFiles)
    func nothingHidesOrBreaksALine(file: String) throws {
        let text = try read(file)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isControl = value < 0x20 && value != 0x0A || (0x7F...0x9F).contains(value)
            let isHidden = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                || [0x200E, 0x200F, 0x061C, 0x2028, 0x2029, 0xE000, 0xE001].contains(value)
            if isControl || isHidden {
                Issue.record("\(file): U+\(String(value, radix: 16, uppercase: true)) is in the source")
            }
        }
    }

    /// The operations' methods are still declared after their doc comments (a comment that ate a
    /// line would take its declaration with it, or leave a brace that no longer matches).
    @Test func everyOperationIsDeclared() throws {
        let code = SwiftCode.withoutCommentsAndLiterals(try read("Sources/HostileClient/Operations.swift"))
        for start in ["func funcInjectedOperationID1", "func funcInjectedPostOperationID1", "func `init`(", "func type(", "func typePages(", "func typeItems("] {
            #expect(code.components(separatedBy: "    public " + start).count == 2, "\(start)")
        }
    }

    /// Canary.swift declares what each payload of the spec would declare, no more and no less.
    @Test func theCanaryDeclaresEveryPayloadOfTheSpec() throws {
        let spec = try read("spec/hostile/hostile.yaml")
        let canary = try read("Sources/HostileClient/Canary.swift")
        let pattern = try Regex(#"(func|let) (injected[A-Za-z]+[0-9]+)\b"#)
        let declared = { (text: String) in Set(text.matches(of: pattern).map { String($0.output[2].substring ?? "") }) }
        let inSpec = declared(spec)
        #expect(inSpec.count == 69 * 9)
        #expect(declared(canary) == inSpec)
    }

    @Test func theScannerSeesCodeOnly() {
        let source = ##"""
            let a = "x\(b("y"))z" // c
            /* d /* e */ f */ let g = #"h"i\#(j)"#
            let k = """
                l "m"
                """
            """##
        #expect(SwiftCode.withoutCommentsAndLiterals(source) == "let a = \"\"(b(\"\")) \n let g = \"\"(j)\nlet k = \"\"")
    }
}

/// Just enough of Swift's lexical structure to tell code from comments and string literals:
/// `//` and nested `/* */` comments, and string literals (`"…"`, `"""…"""`, with any number of `#`)
/// whose interpolations are code again.
enum SwiftCode {
    static func withoutCommentsAndLiterals(_ source: String) -> String {
        var scanner = Scanner(scalars: Array(source.unicodeScalars))
        scanner.code(inInterpolation: false)
        return String(scanner.output)
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var output = String.UnicodeScalarView()

        func starts(_ text: String, at position: Int? = nil) -> Bool {
            let position = position ?? index
            let pattern = Array(text.unicodeScalars)
            return position + pattern.count <= scalars.count && Array(scalars[position..<(position + pattern.count)]) == pattern
        }

        /// Code up to the end, or up to the `)` that closes an interpolation.
        mutating func code(inInterpolation: Bool) {
            var depth = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if starts("//") {
                    while index < scalars.count, scalars[index] != "\n", scalars[index] != "\r" { index += 1 }
                } else if starts("/*") {
                    blockComment()
                } else if let (hashes, multiline) = literalStart() {
                    output.append(contentsOf: "\"\"".unicodeScalars)
                    literal(hashes: hashes, multiline: multiline)
                } else {
                    if inInterpolation, scalar == "(" { depth += 1 }
                    if inInterpolation, scalar == ")" {
                        if depth == 0 { index += 1; return }
                        depth -= 1
                    }
                    output.append(scalar)
                    index += 1
                }
            }
        }

        mutating func blockComment() {
            var depth = 0
            while index < scalars.count {
                if starts("/*") { depth += 1; index += 2 } else if starts("*/") {
                    depth -= 1
                    index += 2
                    if depth == 0 { return }
                } else { index += 1 }
            }
        }

        /// At `#…#"` or `"`: the number of `#`s and whether the literal is multi-line; moves past
        /// the opening delimiter.
        mutating func literalStart() -> (Int, Bool)? {
            var position = index
            while position < scalars.count, scalars[position] == "#" { position += 1 }
            guard position < scalars.count, scalars[position] == "\"" else { return nil }
            let hashes = position - index
            let multiline = starts("\"\"\"", at: position)
            index = position + (multiline ? 3 : 1)
            return (hashes, multiline)
        }

        /// The text of a literal, up to and past its closing delimiter; interpolations are code.
        mutating func literal(hashes: Int, multiline: Bool) {
            let pounds = String(repeating: "#", count: hashes)
            let close = (multiline ? "\"\"\"" : "\"") + pounds
            while index < scalars.count {
                if starts("\\" + pounds) {
                    index += 1 + hashes
                    if index < scalars.count, scalars[index] == "(" {
                        output.append("(")
                        index += 1
                        code(inInterpolation: true)
                        output.append(")")
                    } else {
                        index += 1
                    }
                } else if starts(close) {
                    index += close.unicodeScalars.count
                    return
                } else {
                    index += 1
                }
            }
        }
    }
}
