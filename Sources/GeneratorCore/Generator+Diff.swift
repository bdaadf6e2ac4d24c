import Diagnostics
import OpenAPIModel
import SpecDiff
import Translation

extension Generator {
    /// The surface of the client `generate` would make from a spec with these settings (names,
    /// filters and types apply as they do there): what `diff` compares.
    public static func surface(
        spec: [UInt8], fileName: String, config: GeneratorConfig = GeneratorConfig(), reader: SpecFileReader? = nil
    ) throws(DiagnosticError) -> (surface: Surface, diagnostics: [Diagnostic]) {
        let run = try stages(spec: spec, fileName: fileName, config: config, reader: reader) { document, options, diagnostics, _ throws(DiagnosticError) in
            Surface(files: try Translator.translate(document, options: options, diagnostics: &diagnostics))
        }
        return (run.output, run.diagnostics)
    }
}
