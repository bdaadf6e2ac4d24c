// A user's templates folder: its `.mustache` files over the built-in templates, checked before any
// spec is read so that template mistakes are reported against the user's files.

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Rendering

extension TemplateLibrary {
    /// The built-in templates with the `.mustache` files of `folder` replacing those of the same
    /// name, parsed once and checked: every template must parse, and every key, partial and parent
    /// the user's templates name must exist (`TemplateLint`).
    ///
    /// - Returns: the library, and a warning when the folder holds no templates.
    /// - Throws: `DiagnosticError` whose locations are the paths of the user's files.
    public static func load(folder: String) throws(DiagnosticError) -> (library: TemplateLibrary, warnings: [Diagnostic]) {
        let userTemplates = try read(folder)
        var library = TemplateLibrary.builtIn
        library.override(with: userTemplates)
        do throws(DiagnosticError) {
            _ = try library.renderer()
            let names = Set(library.sources.keys)
            let problems = userTemplates.keys.sorted().flatMap { name in
                TemplateLint.check(name: name, source: userTemplates[name] ?? "", templates: names)
            }
            if !problems.isEmpty { throw DiagnosticError(problems) }
        } catch {
            throw DiagnosticError(error.diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                if let name = diagnostic.location?.file {
                    diagnostic.location?.file = path(of: name, in: folder)
                }
                return diagnostic
            })
        }
        let warnings: [Diagnostic] = userTemplates.isEmpty
            ? [.warning("'\(folder)' holds no .mustache files; the built-in templates are used", at: nil)]
            : []
        return (library, warnings)
    }

    /// The `.mustache` files of a folder, by name without the extension.
    private static func read(_ folder: String) throws(DiagnosticError) -> [String: String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw DiagnosticError([.error("cannot read the templates folder '\(folder)'", at: nil)])
        }
        var templates: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = path(of: name, in: folder)
            guard let bytes = FileBytes.contents(atPath: path) else {
                throw DiagnosticError([.error("cannot read the template '\(path)'", at: nil)])
            }
            templates[String(name.dropLast(".mustache".count))] = String(decoding: bytes, as: UTF8.self)
        }
        return templates
    }

    private static func path(of name: String, in folder: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(name).path
    }
}
