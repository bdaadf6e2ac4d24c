import Diagnostics
import Rendering
import Testing

/// A context made of a dictionary, for the engine's own tests.
private struct Object: TemplateObject, TemplateElement {
    var values: [String: TemplateValue]

    init(_ values: [String: TemplateValue]) {
        self.values = values
    }

    func value(forKey key: String) -> TemplateValue? {
        values[key]
    }
}

private func render(_ source: String, _ context: [String: TemplateValue] = [:], partials: [String: String] = [:]) throws -> String {
    var templates: [String: Template] = [:]
    for (name, text) in partials {
        templates[name] = try Template(text, name: name)
    }
    return try Template(source, name: "t").render(.object(Object(context)), templates: templates)
}

/// The error message of a template that does not parse.
private func parseError(_ source: String) -> String {
    do {
        _ = try Template(source, name: "t")
        return "parsed"
    } catch {
        return "\(error)"
    }
}

@Suite struct TemplateVariableTests {
    @Test func variablesAreHTMLEscapedUnlessTheTemplateIsText() throws {
        let context: [String: TemplateValue] = ["type": .text("Array<\"A&B\">")]
        #expect(try render("{{type}}", context) == "Array&lt;&quot;A&amp;B&quot;&gt;")
        #expect(try render("{{{type}}} {{& type}}", context) == "Array<\"A&B\"> Array<\"A&B\">")
        #expect(try render("{{% CONTENT_TYPE: TEXT}}\n{{type}}", context) == "Array<\"A&B\">")
        #expect(try render("{{% CONTENT_TYPE: TEXT}}\n{{type}}{{% CONTENT_TYPE: HTML}}{{type}}", context) == "Array<\"A&B\">Array&lt;&quot;A&amp;B&quot;&gt;")
    }

    @Test func aPartialEscapesByItsOwnContentType() throws {
        let context: [String: TemplateValue] = ["type": .text("[Int]<T>")]
        #expect(try render("{{% CONTENT_TYPE: TEXT}}\n{{type}} {{>p}}", context, partials: ["p": "{{type}}"]) == "[Int]<T> [Int]&lt;T&gt;")
        #expect(try render("{{type}} {{>p}}", context, partials: ["p": "{{% CONTENT_TYPE: TEXT}}{{type}}"]) == "[Int]&lt;T&gt; [Int]<T>")
    }

    @Test func flagsPrintAsBooleansAndMissingKeysAsNothing() throws {
        #expect(try render("[{{a}}][{{b}}][{{missing}}][{{list}}]", ["a": .flag(true), "b": .flag(false), "list": .list(["x"])]) == "[true][false][][]")
    }

    @Test func dottedNamesLookInsideTheFirstPartsValue() throws {
        let inner = Object(["name": .text("inner")])
        let context: [String: TemplateValue] = ["outer": .object(Object(["inner": .object(inner)])), "name": .text("top")]
        #expect(try render("{{outer.inner.name}}|{{outer.name}}|{{outer.missing.name}}", context) == "inner||")
    }

    @Test func keysAreLookedUpFromTheInnermostScopeOutwards() throws {
        let items: [Object] = [Object(["name": .text("a")]), Object(["name": .text("b"), "access": .text("private")])]
        let context: [String: TemplateValue] = ["access": .text("public"), "items": .list(items)]
        #expect(try render("{{#items}}{{access}} {{name}};{{/items}}", context) == "public a;private b;")
    }

    @Test func theImplicitIteratorIsTheCurrentElement() throws {
        #expect(try render("{{#lines}}<{{.}}>{{/lines}}", ["lines": .list(["a", "b&"])]) == "<a><b&amp;>")
        #expect(try render("{{#name}}({{.}}){{/name}}", ["name": .text("x")]) == "(x)")
    }
}

@Suite struct TemplateSectionTests {
    @Test func sectionsRenderForTrueTextObjectsAndEachElement() throws {
        let context: [String: TemplateValue] = [
            "yes": .flag(true), "no": .flag(false), "empty": .list([String]()), "text": .text(""),
            "object": .object(Object(["x": .text("1")])), "list": .list(["a", "b", "c"]),
        ]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#text}}T{{/text}}{{#missing}}M{{/missing}}", context) == "YT")
        #expect(try render("{{#object}}{{x}}{{/object}}{{#list}}{{.}},{{/list}}", context) == "1a,b,c,")
    }

    @Test func invertedSectionsRenderForFalseEmptyAndMissing() throws {
        let context: [String: TemplateValue] = ["yes": .flag(true), "no": .flag(false), "empty": .list([String]()), "list": .list(["a"]), "text": .text("")]
        #expect(try render("{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^empty}}E{{/empty}}{{^list}}L{{/list}}{{^text}}T{{/text}}{{^missing}}M{{/missing}}", context) == "NEM")
    }

    @Test func standaloneTagsTakeTheirLineWithThem() throws {
        let template = "a\n  {{#list}}\n  {{.}}\n  {{/list}}  \n{{! a comment }}\nb\r\n{{#list}}\r\n{{.}}\r\n{{/list}}\r\nc"
        #expect(try render(template, ["list": .list(["x", "y"])]) == "a\n  x\n  y\nb\r\nx\r\ny\r\nc")
    }

    @Test func tagsThatShareALineAreNotStandalone() throws {
        #expect(try render(" {{#a}}x{{/a}} \n", ["a": .flag(true)]) == " x \n")
        #expect(try render("{{a}}\n", ["a": .text("v")]) == "v\n")
    }

    @Test func setDelimitersChangeTheTagSyntax() throws {
        #expect(try render("{{=<% %>=}}\n<%name%> {{name}}\n<%={{ }}=%>\n{{name}}", ["name": .text("n")]) == "n {{name}}\nn")
    }
}

@Suite struct TemplatePartialTests {
    @Test func aStandalonePartialIndentsEveryLineItRenders() throws {
        let partials = ["item": "{{#lines}}\n{{.}}\n{{/lines}}\n"]
        #expect(try render("begin\n    {{>item}}\nend\n", ["lines": .list(["one", "", "two"])], partials: partials) == "begin\n    one\n\n    two\nend\n")
        #expect(try render("x {{>item}}y", ["lines": .list(["one", "two"])], partials: partials) == "x one\ntwo\ny")
    }

    @Test func aPartialSeesTheCurrentScope() throws {
        let partials = ["name": "{{name}}"]
        let context: [String: TemplateValue] = ["items": .list([Object(["name": .text("a")]), Object(["name": .text("b")])])]
        #expect(try render("{{#items}}{{>name}}{{/items}}", context, partials: partials) == "ab")
    }

    @Test func anUnknownPartialRendersNothing() throws {
        #expect(try render("a{{>nope}}b") == "ab")
    }

    @Test func partialsThatIncludeEachOtherForeverAreAnError() throws {
        #expect {
            _ = try render("{{>loop}}", partials: ["loop": "x{{>loop}}"])
        } throws: { error in
            "\(error)".contains("templates include each other more than 100 levels deep (at 'loop')")
        }
    }
}

@Suite struct TemplateInheritanceTests {
    /// An override takes the indentation of the block it replaces (the spec's block reindentation),
    /// so the members block is indented where it stands.
    private let parent = "{{% CONTENT_TYPE: TEXT}}\nstruct {{name}}: {{$conformances}}Codable{{/conformances}} {\n    {{$members}}\n    {{/members}}\n}\n"

    @Test func blocksRenderTheirDefaultWithoutAParent() throws {
        #expect(try render(parent, ["name": .text("A")]) == "struct A: Codable {\n}\n")
    }

    @Test func aParentTagReplacesOnlyTheBlocksItNames() throws {
        let child = "{{<parent}}\nignored text\n{{$members}}\n    var x = {{name}}\n{{/members}}\n{{/parent}}\n"
        #expect(try render(child, ["name": .text("A")], partials: ["parent": parent]) == "struct A: Codable {\n    var x = A\n}\n")
    }

    @Test func theOutermostOverrideWins() throws {
        let middle = "{{<parent}}{{$conformances}}Middle{{/conformances}}{{$members}}middle\n{{/members}}{{/parent}}"
        let child = "{{<middle}}{{$conformances}}Outer{{/conformances}}{{/middle}}"
        #expect(try render(child, ["name": .text("A")], partials: ["parent": parent, "middle": middle]) == "struct A: Outer {\n    middle\n}\n")
    }
}

@Suite struct TemplateParseErrorTests {
    @Test func anUnclosedSectionIsReportedWhereItOpens() {
        #expect(parseError("{{header}}\n{{#models}}\n{{name}}\n") == "t.mustache:2:1: error: template does not parse: 'models' is opened here and never closed")
    }

    @Test func aClosingTagMustMatchTheOpenSection() {
        #expect(parseError("{{#a}}\n  {{#b}}{{/a}}") == "t.mustache:2:9: error: template does not parse: closing tag 'a' does not match 'b', opened at 2:3")
        #expect(parseError("x {{/a}}") == "t.mustache:1:3: error: template does not parse: closing tag 'a' has no open section")
    }

    @Test func anUnclosedTagIsReportedWhereItStarts() {
        #expect(parseError("ab\nc {{name") == "t.mustache:2:3: error: template does not parse: tag is never closed (expected '}}')")
    }

    @Test func unsupportedFeaturesAreNamed() {
        #expect(parseError("{{uppercased(name)}}").hasSuffix("'uppercased(name)': function-style transforms are not supported; the context values are final text"))
        #expect(parseError("{{>*name}}").hasSuffix("dynamic names ('*name') are not supported"))
        #expect(parseError("{{% CONTENT_TYPE: JSON}}").hasSuffix("unknown content type 'JSON' (TEXT or HTML)"))
        #expect(parseError("{{=<% %>}}").hasSuffix("a delimiter tag ends with '=', as in {{=<% %>=}}"))
        #expect(parseError("{{a b}}").hasSuffix("'a b' is not a key"))
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(parseError("é€ {{#a}}") == "t.mustache:1:4: error: template does not parse: 'a' is opened here and never closed")
    }
}

@Suite struct ParallelRenderingTests {
    /// Long lists are cut into runs rendered on all cores: the text must be the one a single pass
    /// gives, nested lists, outer keys and partials included.
    @Test func runsJoinToTheSameTextAsOnePass() throws {
        let items = (0..<500).map { index in
            Object(["name": .text("item\(index)"), "tags": .list((0..<(index % 4)).map { "t\($0)" })])
        }
        let context: [String: TemplateValue] = ["access": .text("public"), "items": .list(items)]
        let template = try Template("{{#items}}{{access}} {{name}}:{{#tags}} {{.}}{{/tags}}\n{{>line}}{{/items}}", name: "t")
        let partials = ["line": try Template("-- {{name}}\n", name: "line")]
        let once = try template.render(.object(Object(context)), templates: partials)
        let split = try template.render(.object(Object(context)), templates: partials, parallel: true)
        #expect(split == once)
        #expect(once.hasPrefix("public item0:\n-- item0\npublic item1: t0\n-- item1\n"))
        #expect(once.hasSuffix("public item499: t0 t1 t2\n-- item499\n"))
    }

    @Test func anErrorInARunIsThrown() {
        let items = (0..<200).map { _ in Object([:]) }
        #expect {
            _ = try Template("{{#items}}{{>loop}}{{/items}}", name: "t")
                .render(.object(Object(["items": .list(items)])), templates: ["loop": try Template("{{>loop}}", name: "loop")], parallel: true)
        } throws: { error in
            "\(error)".contains("templates include each other more than 100 levels deep")
        }
    }
}
