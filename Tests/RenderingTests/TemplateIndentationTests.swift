import Rendering
import Testing

/// A context made of a dictionary.
private struct Object: TemplateObject, TemplateElement {
    var values: [String: TemplateValue]

    func value(forKey key: String) -> TemplateValue? {
        values[key]
    }
}

private func render(_ source: String, _ values: [String: TemplateValue], partials: [String: String], parallel: Bool = false) throws -> String {
    var templates: [String: Template] = [:]
    for (name, text) in partials {
        templates[name] = try Template(text, name: name)
    }
    return try Template(source, name: "t").render(.object(Object(values: values)), templates: templates, parallel: parallel)
}

/// What the Mustache spec leaves open about indentation, as the engine decides it.
@Suite struct TemplateIndentationTests {
    @Test func anIndentedPartialIndentsItsLinesButNotEmptyOnesOrTheLinesOfAValue() throws {
        let partial = "{{#lines}}\n{{.}}\n{{/lines}}\n\n{{{text}}}\n"
        let values: [String: TemplateValue] = ["lines": .list(["a", "b"]), "text": .text("c\nd")]
        #expect(try render("{\n    {{>p}}\n}\n", values, partials: ["p": partial]) == "{\n    a\n    b\n\n    c\nd\n}\n")
    }

    @Test func aLongListInsideAnIndentedPartialRendersAsInOnePass() throws {
        let values: [String: TemplateValue] = ["items": .list((0..<200).map { Object(values: ["name": .text("n\($0)")]) })]
        // Runs start mid-line: only the first may indent.
        let partials = ["p": "{{#items}}{{name}},{{/items}}\n"]
        let once = try render("  {{>p}}\n{{#items}}{{name}} {{/items}}\n", values, partials: partials)
        #expect(try render("  {{>p}}\n{{#items}}{{name}} {{/items}}\n", values, partials: partials, parallel: true) == once)
        #expect(once.hasPrefix("  n0,n1,"))
    }

    /// `{{$block}}{{/block}}` alone on an indented line renders the line as before when nothing
    /// overrides it, and gives an override that indentation.
    @Test func aBlockPairAloneOnItsLineIndentsItsOverride() throws {
        let parent = "{\n    {{$members}}{{/members}}\n}\n"
        #expect(try render("{{>parent}}", [:], partials: ["parent": parent]) == "{\n\n}\n")
        let child = "{{<parent}}{{$members}}\nlet a = 1\nlet b = 2{{/members}}{{/parent}}"
        #expect(try render(child, [:], partials: ["parent": parent]) == "{\n    let a = 1\n    let b = 2\n}\n")
    }
}
