// What shapes a run besides the spec itself: the settings of `ConfigFile.keys` in the form the
// pipeline takes them.

import OpenAPIModel
import Translation

/// What shapes a run besides the spec itself.
public struct GeneratorConfig: Sendable {
    /// The access modifier of generated declarations.
    public var access: String = "public"
    /// The client type's name.
    public var clientTypeName: String = "Client"
    /// How many files models and operations are spread over, so the compiler can build them in
    /// parallel. The file set depends only on this number, never on the spec.
    public var shards: Int = 1
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

    /// Never free the YAML tree, the document and the contexts. For a process that exits once the
    /// files are written (the command-line tool): freeing their many small allocations would take a
    /// core's time while the run still needs it, and the memory goes back when the process exits.
    /// It raises peak memory little: the peak is while the tree and the document both exist.
    public var keepsIntermediates = false

    public init() {}
}
