import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Translation

/// A generated file: its name in the output folder and its text.
public struct GeneratedFile: Hashable, Sendable {
    public var name: String
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// Renders file contexts with a template set.
public struct Renderer: Sendable {
    private let templates: [String: Template]

    /// Parses every template; every template that does not parse is a located error
    /// (`<name>.mustache:line:col: error: …`).
    public init(templates: TemplateSet) throws(DiagnosticError) {
        var parsed: [String: Template] = [:]
        var errors: [Diagnostic] = []
        for name in templates.sources.keys.sorted() {
            do throws(DiagnosticError) {
                parsed[name] = try Template(templates.sources[name] ?? "", name: name)
            } catch {
                errors += error.diagnostics
            }
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        self.templates = parsed
    }

    /// Renders one file.
    public func render(_ file: FileContext) throws(DiagnosticError) -> GeneratedFile {
        GeneratedFile(name: file.fileName, contents: TextLayout.normalize(try renderUnnormalized(file)))
    }

    /// A file's text as the templates produce it, before `TextLayout.normalize` (which `render`
    /// applies); with `parallel`, its longest lists on all cores.
    public func renderUnnormalized(_ file: FileContext, parallel: Bool = false) throws(DiagnosticError) -> String {
        try text(.object(file), template: file.template, fileName: file.fileName, parallel: parallel)
    }

    /// Renders the test file that decodes the spec's examples (template `example-tests`).
    public func render(_ examples: ExamplesContext, fileName: String) throws(DiagnosticError) -> GeneratedFile {
        GeneratedFile(name: fileName, contents: TextLayout.normalize(try text(.object(examples), template: "example-tests", fileName: fileName, parallel: true)))
    }

    private func text(_ context: TemplateValue, template name: String, fileName: String, parallel: Bool) throws(DiagnosticError) -> String {
        guard let template = templates[name] else {
            throw DiagnosticError([.error("no template named '\(name)' for \(fileName)", at: nil)])
        }
        return try template.render(context, templates: templates, parallel: parallel)
    }
}

extension TextLayout {
    /// `\n` line endings; the layout markers applied (each level indents non-empty lines by 4
    /// spaces); trailing whitespace removed; runs of blank lines collapsed to one; no blank line
    /// right after `{` or before `}`; exactly one newline at the end.
    public static func normalize(_ text: String) -> String {
        // Works on UTF-8 bytes: every rule looks only at ASCII (spaces, tabs, braces, line breaks)
        // and at the markers, which are whole lines.
        var text = text
        return text.withUTF8 { bytes in normalize(bytes) }
    }

    private static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let markerIn = Array(indentIn.utf8)
        let markerOut = Array(indentOut.utf8)
        let newline = UInt8(ascii: "\n")
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var depth = 0
        // Whether the last line written was blank, ended with `{`, or nothing has been written yet.
        var lastWasBlank = false
        var lastEndsWithBrace = false
        var wroteAny = false
        var start = 0
        while start <= bytes.count {
            var end = bytes.count
            if start < bytes.count, let base = bytes.baseAddress,
               let found = memchr(base + start, Int32(newline), bytes.count - start) {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            while lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: " ") || bytes[lineEnd - 1] == UInt8(ascii: "\t") { lineEnd -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
            start = end + 1
            if line.count == markerIn.count {
                if line.elementsEqual(markerIn) {
                    depth += 1
                    continue
                }
                if line.elementsEqual(markerOut) {
                    depth = max(0, depth - 1)
                    continue
                }
            }
            if line.isEmpty {
                // One blank line at most, never at the start or right after `{`.
                if wroteAny, !lastWasBlank, !lastEndsWithBrace {
                    output.append(newline)
                    lastWasBlank = true
                }
                continue
            }
            // No blank line right before `}`.
            if lastWasBlank, line.first(where: { $0 != UInt8(ascii: " ") }) == UInt8(ascii: "}") {
                output.removeLast()
                lastWasBlank = false
            }
            for _ in 0..<depth { output.append(contentsOf: "    ".utf8) }
            output.append(contentsOf: line)
            output.append(newline)
            lastWasBlank = false
            lastEndsWithBrace = line.last == UInt8(ascii: "{")
            wroteAny = true
        }
        if lastWasBlank { output.removeLast() }
        if output.isEmpty { output.append(newline) }
        return String(decoding: output, as: UTF8.self)
    }
}
