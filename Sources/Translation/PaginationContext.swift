/// The sequences of a cursor-paginated operation: one of its pages and one of the items of every
/// page, each a method beside the operation's own. The method is called once per page, with the
/// cursor argument set to the cursor the page before held (none for the first page).
public struct PaginationContext: Sendable {
    /// The name of the method that returns the pages (`getConnectedAccountBalancesPages`).
    public var pagesMethodName: String
    /// The name of the method that returns the items (`getConnectedAccountBalancesItems`).
    public var itemsMethodName: String
    /// Doc comment lines of the pages method.
    public var pagesDoc: [String]
    /// Doc comment lines of the items method.
    public var itemsDoc: [String]
    /// The parameters of both methods: the operation's, without the cursor.
    public var parameters: [ParameterContext]
    /// `true` when `parameters` is not empty.
    public var hasParameters: Bool
    /// The arguments the operation's method is called with for each page: every parameter, the
    /// cursor one included.
    public var arguments: [PageArgumentContext]
    /// The arguments the items method passes to the pages method: every parameter but the cursor.
    public var pageArguments: [PageArgumentContext]
    /// The way from the response body to the next page's cursor (a `String`), one property per step
    /// (`next`; `paging`, `next`).
    public var nextPath: [PropertyStepContext]
    /// The way from the response body to the page's items (an array), one property per step.
    public var itemsPath: [PropertyStepContext]
    /// `true` when the items may be absent (a step of `itemsPath` is optional): none then count as
    /// an empty page.
    public var itemsMayBeAbsent: Bool
    /// The Swift type of one item, as written outside the body type (`ConnectedAccountBalances`,
    /// `ListPetsResponse.Datum`).
    public var itemType: String

    public init(
        pagesMethodName: String, itemsMethodName: String, pagesDoc: [String], itemsDoc: [String],
        parameters: [ParameterContext], arguments: [PageArgumentContext], nextPath: [PropertyStepContext],
        itemsPath: [PropertyStepContext], itemType: String
    ) {
        self.pagesMethodName = pagesMethodName
        self.itemsMethodName = itemsMethodName
        self.pagesDoc = pagesDoc
        self.itemsDoc = itemsDoc
        self.parameters = parameters
        self.hasParameters = !parameters.isEmpty
        self.arguments = arguments
        var pageArguments = arguments.filter { !$0.isCursor }
        for index in pageArguments.indices {
            pageArguments[index].separator = index == pageArguments.count - 1 ? "" : ","
        }
        self.pageArguments = pageArguments
        self.nextPath = nextPath
        self.itemsPath = itemsPath
        self.itemsMayBeAbsent = itemsPath.contains(where: \.isOptional)
        self.itemType = itemType
    }
}

/// An argument of the call that fetches one page.
public struct PageArgumentContext: Sendable {
    /// The argument label as a call writes it (`protocol:`: only `inout`, `var` and `let` keep
    /// their backticks there).
    public var label: String
    /// The name of the value passed (the sequence method's parameter), empty for the cursor.
    public var name: String
    /// `true` for the cursor argument, which takes the page's cursor instead of a parameter.
    public var isCursor: Bool
    /// `,` after every argument but the last.
    public var separator: String

    public init(label: String, name: String, isCursor: Bool, separator: String) {
        self.label = label
        self.name = isCursor ? "" : name
        self.isCursor = isCursor
        self.separator = separator
    }
}

/// One property on the way from a response body to a value inside it.
public struct PropertyStepContext: Sendable {
    /// The Swift property name.
    public var name: String
    /// `true` when the property's value may be `nil`.
    public var isOptional: Bool
    /// `true` when the value may be `nil` and another step follows (the access goes on with `?.`).
    public var isOptionalChain: Bool

    public init(name: String, isOptional: Bool, isLast: Bool) {
        self.name = name
        self.isOptional = isOptional
        self.isOptionalChain = isOptional && !isLast
    }
}
