import Diagnostics
import YAML

extension Document {
    /// Decodes and validates a document from its YAML tree.
    ///
    /// Reports every problem it finds (not only the first) as located diagnostics: missing or
    /// mistyped fields, unsupported versions (Swagger 2.0, unknown `openapi:`), unresolved,
    /// wrong-kind and cyclic `$ref`s, remote references. Warnings (e.g. skipped webhooks) go to
    /// `diagnostics`; errors are thrown.
    public static func decode(_ root: Node, file: String, diagnostics: inout DiagnosticCollector) throws(DiagnosticError) -> Document {
        fatalError("not implemented")
    }
}
