import Foundation
import Testing
@testable import Translation

/// Which patterns the generated code checks: every one it accepts compiles with
/// NSRegularExpression, the engine of the generated code, and with Swift Regex.
@Suite struct PatternSyntaxTests {
    static let accepted = [
        #"^\d+(\.\d+)?$"#, #"^\+[1-9]\d{1,14}$"#, #"^[A-Z]{2}\d{2}[a-zA-Z0-9]{1,30}$"#, #"^[^\r\n]*$"#,
        #"^(?=.{1,140}$)[^\s]+(\s+[^\s]+)*$"#, #"^https://"#, #"^RA\d{6}$"#, #"a|b|"#, #"(?:ab)*?c+?d??"#,
        #"(?<year>\d{4})-(?!00)\d\d"#, #"[-a-z_.]"#, #"[a-]"#, #"[\]\[\\]"#, #"\x41\u00e9\t\n\r\f\v"#, #"\bword\B"#,
        #"[{}]"#, #"\{\}\(\)\/\-\ "#, "a\u{2028}b", #"x{3,}"#, #"\$"#,
    ]

    static let rejected: [(String, String)] = [
        (#"(?i)abc"#, "'(?i' is not ECMA-262 (inline flags, atomic groups and comments are not)"),
        (#"(?<=a)b"#, "lookbehind ('(?<=', '(?<!') is not read alike by NSRegularExpression and Swift Regex"),
        (#"(a)\1"#, "backreferences ('\\1') are not checked"),
        (#"a*+"#, "the possessive quantifier '*+' is not ECMA-262"),
        (#"\p{L}"#, "Unicode property escapes ('\\p{…}') need ECMA-262's u flag"),
        (#"\Aabc\z"#, "'\\A' is not an ECMA-262 escape"),
        (#"[[:alpha:]]"#, "'[' inside a character class (a nested set or a POSIX class in ICU) is not ECMA-262; '\\[' is the character"),
        (#"[a&&b]"#, "'&&' inside a character class is a set operation in NSRegularExpression and Swift Regex"),
        (#"[a--z]"#, "'--' inside a character class is a set operation in NSRegularExpression and Swift Regex"),
        (#"a{"#, "'{' does not start a quantifier ('{n}', '{n,}' or '{n,m}' with n ≤ m); '\\{' is the character"),
        (#"a{,3}"#, "'{' does not start a quantifier ('{n}', '{n,}' or '{n,m}' with n ≤ m); '\\{' is the character"),
        (#"a}"#, "a '}' that closes no quantifier; '\\}' is the character"),
        (#"a]"#, "a ']' outside a character class; '\\]' is the character"),
        (#"*a"#, "'*' has nothing to repeat"),
        (#"^*"#, "'*' has nothing to repeat"),
        (#"(?=a)*"#, "'*' has nothing to repeat"),
        (#"(a"#, "'(' is not closed"),
        (#"a)"#, "')' closes no group"),
        (#"[a"#, "'[' is not closed"),
        (#"[]"#, "an empty character class ('[]' or '[^]') is not read alike"),
        (#"[z-a]"#, "a range in a character class is out of order"),
        (#"[\d-z]"#, "a range in a character class cannot start or end with a class escape such as '\\d'"),
        (#"\0"#, "NSRegularExpression reads '\\0' as the start of an octal escape; '\\x00' is the NUL character"),
        (#"\cA"#, "Swift Regex does not read control escapes ('\\cX'); '\\xHH' is the character"),
        (#"\x4"#, "'\\x' takes exactly two hexadecimal digits"),
        (#"\u{41}"#, "'\\u' takes exactly four hexadecimal digits"),
        (#"abc\"#, "the pattern ends in a lone '\\'"),
        (#"(?<a>x)(?<a>y)"#, "two groups are named 'a'"),
        (#"\d{999999}"#, "it does not compile as a regular expression"),
    ]

    @Test(arguments: accepted)
    func anAcceptedPatternCompilesInBothEngines(pattern: String) throws {
        #expect(PatternSyntax.problem(pattern) == nil)
        #expect((try? NSRegularExpression(pattern: pattern)) != nil)
        #expect((try? Regex(pattern)) != nil)
    }

    @Test(arguments: rejected)
    func aRejectedPatternSaysWhy(pattern: String, problem: String) {
        #expect(PatternSyntax.problem(pattern) == problem)
    }
}
