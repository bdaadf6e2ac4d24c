/// Choices that shape the generated code.
public struct TranslationOptions: Sendable {
    /// The spec's file name as printed in every file header (a name, never an absolute path).
    public var specFileName: String
    /// The access modifier of generated declarations.
    public var access: String
    /// The client type's name.
    public var clientTypeName: String
    /// How many files models and operations are spread over (`Models1.swift`…); with 1, the files
    /// are `Models.swift` and `Operations.swift`.
    public var shards: Int

    public init(specFileName: String, access: String = "public", clientTypeName: String = "Client", shards: Int = 1) {
        self.specFileName = specFileName
        self.access = access
        self.clientTypeName = clientTypeName
        self.shards = shards
    }
}
