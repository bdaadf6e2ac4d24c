// How the generated declarations are spread over files: the one rule the generator follows and the
// build plugin declares its outputs from (a build command must name its output files before the
// tool runs, and a plugin cannot import the package's modules). `Sources/Translation` compiles this
// file in through a link, so the two can never disagree; `Tests/GeneratorCoreTests` checks the
// generator's output against the plugin's copy for the seed spec and the whole Fireblocks API.
// Plain Swift, no imports, so that it compiles in a plugin, a library and a test target alike.

/// The files models and operations go to. The file set depends only on the layout, never on the
/// spec, and a declaration's file depends only on its own name, so a change to one schema or
/// operation rewrites the one file it is in.
public enum OutputLayout: String, Sendable, CaseIterable {
    /// `Models.swift` and `Operations.swift`: few files to read, for small specs.
    case single
    /// `A.swift`…`Z.swift` and `Other.swift`: the models whose type names start with the letter,
    /// then the operations whose method's second word does, the thing it acts on
    /// (`getVaultAccounts` → `V.swift`, next to the `VaultAccount` models). Files of moderate size:
    /// the compiler builds them on all cores, a change recompiles one file, and a reviewer sees
    /// from a file's name what changed.
    case letters

    /// The number of generated models and operations from which `auto` chooses `letters`: about
    /// 15,000 generated lines, where one file of models starts to keep a core busy alone and to
    /// need much memory.
    public static let lettersFromDeclarations = 250

    /// The layout `auto` stands for: `letters` for `lettersFromDeclarations` component schemas and
    /// operations or more (after the `filter` settings), else `single`.
    public static func automatic(declarations: Int) -> OutputLayout {
        declarations >= lettersFromDeclarations ? .letters : .single
    }

    /// The size of a document from which the build plugin asks for `letters`.
    public static let pluginLettersFromBytes = 360 * 1024

    /// The layout the build plugin asks for. It must name the files before the tool has read the
    /// document, so it goes by the document's size. On the 38 documents of the shared corpus
    /// the two rules agree but for one, a JSON document of 757 KB whose 14,000 lines `auto` keeps
    /// in `single`. They also differ for a large document that the `filter` settings cut down to
    /// a few operations: the plugin still asks for `letters`, and most of its files are empty.
    public static func forPlugin(documentBytes: Int) -> OutputLayout {
        documentBytes >= pluginLettersFromBytes ? .letters : .single
    }

    /// The groups of the `letters` layout: `A`…`Z`, then `Other` for names that start otherwise.
    public static let groups = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) } + ["Other"]

    /// The files of the layout. One file per letter holds both kinds of declarations: the
    /// compiler's driver cuts the (sorted) file list into runs of neighbouring files, one per
    /// process and at most 25 files per run, so letters that mix models and operations keep the
    /// runs of about the same cost and, with under 50 files, one run per core on two cores.
    public var fileNames: [String] {
        let declarations = switch self {
        case .single: ["Models.swift", "Operations.swift"]
        case .letters: Self.groups.map(Self.file)
        }
        return ["Client.swift", "Support.swift"] + declarations
    }

    /// The `letters` file of a group.
    public static func file(_ group: String) -> String { group + ".swift" }

    /// The group of a model: its type name's first letter.
    public static func group(ofType name: String) -> String {
        group(of: name.unicodeScalars.first)
    }

    /// The group of an operation: the first letter of its method name's second word
    /// (`getVaultAccounts` → `V`, `listTransactions` → `T`), or of its only word (`ping` → `P`).
    public static func group(ofMethod name: String) -> String {
        let scalars = name.unicodeScalars
        return group(of: scalars.first { ("A"..."Z").contains($0) } ?? scalars.first)
    }

    private static func group(of scalar: UnicodeScalar?) -> String {
        guard let scalar, scalar.isASCII, let letter = Character(scalar).uppercased().unicodeScalars.first,
              ("A"..."Z").contains(letter) else { return "Other" }
        return String(letter)
    }
}
