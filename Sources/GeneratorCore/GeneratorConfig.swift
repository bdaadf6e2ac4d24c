// What shapes a run besides the spec itself: the settings of `ConfigFile.keys` in the form the
// pipeline takes them.

import Diagnostics
import OpenAPIModel
import Rendering
import Translation
import YAML

extension DocumentLimits {
    /// The default limits, each message naming the flag and the configuration key that raise it.
    static var advised: DocumentLimits {
        var limits = DocumentLimits()
        func advice(_ key: String) -> String {
            let flag = ConfigFile.keys.first { $0.name == key }!.flagName
            return "raise it with \(flag) (\(key) in the configuration file)"
        }
        limits.parse.advice = [.depth: advice("limits.nesting"), .nodes: advice("limits.nodes"), .aliasNodes: advice("limits.aliasNodes"), .bytes: advice("limits.documentMiB")]
        limits.advice = [.referenceDepth: advice("limits.referenceDepth"), .files: advice("limits.files")]
        return limits
    }
}

/// What shapes a run besides the spec itself.
public struct GeneratorConfig: Sendable {
    /// The access modifier of generated declarations.
    public var access: String = "public"
    /// The client type's name.
    public var clientTypeName: String = "Client"
    /// The files models and operations go to; `nil` (the `auto` setting) chooses from the number
    /// of models and operations (`OutputLayout.automatic`). The file set depends only on the layout.
    public var layout: OutputLayout?
    /// The templates, parsed (built-in ones, possibly overridden by the user's).
    public var templates: TemplateLibrary = .builtIn
    /// Which operations to generate (with the components they reach); empty keeps them all.
    public var filter = OperationFilter()
    /// Modules every generated file imports besides its own.
    public var imports: [String] = []
    /// Component schema name → Swift type name.
    public var schemaNames: [String: String] = [:]
    /// `Schema.property` → Swift property name.
    public var propertyNames: [String: String] = [:]
    /// operationId → Swift method name.
    public var operationNames: [String: String] = [:]
    /// Component schema name → an existing Swift type used instead of a generated one.
    public var types: [String: String] = [:]
    /// operationId → its pagination, over what is detected (the `pagination` setting).
    public var pagination: [String: PaginationOverride] = [:]
    /// What a spec may make the run do (nesting, nodes, size, reference depth, files); a message
    /// about a limit names the setting that raises it.
    public var limits = DocumentLimits.advised
    /// Refuse the flaws of published documents that otherwise generate with a warning (an `info`
    /// without `version`, a `description` that is not text, a `$ref` to a schema not defined, a
    /// path parameter not in its path).
    public var strict = false

    /// Never free the document and the contexts. For a process that exits once the files are
    /// written (the command-line tool): freeing their many small allocations would take a core's
    /// time while the run still needs it, and the memory goes back when the process exits. The
    /// YAML tree is freed either way, as soon as the document is decoded: it is larger than both.
    public var keepsIntermediates = false

    public init() {}
}

extension GeneratorConfig {
    /// The renderer of the templates, letting them include each other as deep as the nested types
    /// of a spec nested up to the nesting limit need (two levels for each of the spec's).
    func renderer() throws(DiagnosticError) -> Renderer {
        var renderer = try templates.renderer()
        renderer.includeDepthLimit = max(renderer.includeDepthLimit, 2 * limits.parse.maxDepth)
        return renderer
    }
}
