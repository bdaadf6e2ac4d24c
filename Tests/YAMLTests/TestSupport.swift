import Diagnostics
@testable import YAML

/// Parses text as the file `t.yaml`.
func parse(_ text: String, limits: ParseLimits = ParseLimits()) throws(DiagnosticError) -> Node {
    try YAMLParser.parse(Array(text.utf8), file: "t.yaml", limits: limits)
}

/// The description of the single diagnostic that parsing `text` throws, or `nil` if it parses.
func parseError(_ text: String, limits: ParseLimits = ParseLimits()) -> String? {
    parseErrorDiagnostic(text, limits: limits)?.description
}

func parseErrorDiagnostic(_ text: String, limits: ParseLimits = ParseLimits()) -> Diagnostic? {
    do {
        _ = try parse(text, limits: limits)
        return nil
    } catch {
        return error.diagnostics.first
    }
}
