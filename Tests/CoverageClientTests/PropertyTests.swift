// Properties of every model of spec/coverage.yaml, checked on random values (swift-property-based):
// a value survives encoding and decoding unchanged, and JSON that is valid against a schema always
// decodes, a union's into the case the JSON fits. Each check draws `PropertyTests.iterations`
// values from fresh seeds; a failure names its input and the seed that reproduces it
// (`@Test(.fixedSeed("…"))` runs that one input again).

import CoverageClient
import Foundation
import PropertyBased
import Testing

/// A property of one schema's generated type.
struct ModelProperty: Sendable, CustomTestStringConvertible {
    /// The schema's name in the spec.
    let schema: String
    let check: @Sendable () async -> Void

    var testDescription: String { schema }

    /// `decode(encode(x)) == x` for the values `make` draws.
    static func roundTrip<Model: Codable & Equatable & Sendable>(
        _ schema: String, _ make: @escaping @Sendable (inout Draw) -> Model
    ) -> Self {
        Self(schema: schema) {
            await propertyCheck(count: PropertyTests.iterations, input: Generator { source in drawing(from: &source, make) }) { value in
                let json = try encode(value)
                #expect(try decode(Model.self, json) == value, "\(json)")
            }
        }
    }

    /// The JSON `make` draws decodes as `Model`; for a union, into the case `make` says it fits
    /// (`caseIndex` tells a decoded value's case: the spec's variants from 0, `nil` for none).
    static func decodes<Model: Decodable & Sendable>(
        _ schema: String, as type: Model.Type,
        _ make: @escaping @Sendable (inout Draw) -> (json: JSONValue, variant: Int?),
        caseIndex: @escaping @Sendable (Model) -> Int? = { _ in nil }
    ) -> Self {
        Self(schema: schema) {
            await propertyCheck(count: PropertyTests.iterations, input: Generator { source in drawing(from: &source, make) }) { json, variant in
                let text = try encode(json)
                let model = try decode(Model.self, text)
                #expect(caseIndex(model) == variant, "\(text)")
            }
        }
    }

    /// The JSON `make` draws decodes as `Model` (a schema that is not a union).
    static func decodes<Model: Decodable & Sendable>(
        _ schema: String, as type: Model.Type, _ make: @escaping @Sendable (inout Draw) -> JSONValue
    ) -> Self {
        decodes(schema, as: type, { (make(&$0), nil) })
    }
}

/// Runs `make` on a `Draw` over the property checker's random source.
private func drawing<Value>(from source: inout any SeededRandomNumberGenerator, _ make: (inout Draw) -> Value) -> Value {
    var draw = Draw(source: source)
    return make(&draw)
}

@Suite struct PropertyTests {
    static let iterations = 200

    static let roundTrips: [ModelProperty] = [
        .roundTrip("Task") { Task(id: $0.maybe { $0.text() }) },
        .roundTrip("Duration") { DurationModel(seconds: $0.maybe { $0.integer() }) },
        .roundTrip("Problem") { $0.problem() },
        .roundTrip("LegacyProblem") { LegacyProblem(message: $0.maybe { $0.text() }) },
        .roundTrip("Profile") { $0.profile() },
        .roundTrip("Formats") { $0.formats() },
        .roundTrip("Animal") { Animal(petType: $0.text(), name: $0.text()) },
        .roundTrip("Cat") { $0.cat() },
        .roundTrip("Dog") { $0.dog() },
        .roundTrip("Pet") { $0.pet() },
        .roundTrip("Position") { $0.position() },
        .roundTrip("StakePosition") { StakePosition(validator: $0.maybe { $0.text() }) },
        .roundTrip("LendPosition") { LendPosition(amount: $0.maybe { $0.text() }) },
        .roundTrip("PetCreated") { PetCreated(id: $0.text(), location: $0.maybe { $0.text() }) },
        .roundTrip("PetPatch") { PetPatch(name: $0.maybe { $0.text() }, owner: $0.maybe { $0.profile() }) },
        .roundTrip("Owner") { $0.profile() as Owner },
        .roundTrip("Destination") { $0.destination() },
        .roundTrip("IbanDestination") { IbanDestination(type: $0.openEnum(["IBAN"]) { $0.text() }, iban: $0.text()) },
        .roundTrip("SepaDestination") { SepaDestination(type: $0.openEnum(["SEPA"]) { $0.text() }, iban: $0.text(), bic: $0.maybe { $0.text() }) },
        .roundTrip("WireDestination") { WireDestination(accountNumber: $0.maybe { $0.text() }, routingNumber: $0.maybe { $0.text() }) },
        .roundTrip("Fee") { $0.fee() },
        .roundTrip("FeeBase") { FeeBase(feeType: $0.openEnum(["ORDER", "NETWORK"]) { $0.text() }, assetId: $0.text()) },
        .roundTrip("FixedFee") { FixedFee(amountType: $0.openEnum(["FIXED"]) { $0.text() }, amount: $0.text()) },
        .roundTrip("BpsFee") { BpsFee(amountType: $0.openEnum(["BPS"]) { $0.text() }, amount: $0.double()) },
        .roundTrip("Payout") { Payout(referenceId: $0.maybe { $0.text() }, variant: $0.bankDestination()) },
        .roundTrip("BankDestination") { $0.bankDestination() },
        .roundTrip("PayoutMetadata") { PayoutMetadata(referenceId: $0.maybe { $0.text() }) },
        .roundTrip("Charge") { $0.charge() },
        .roundTrip("CardCharge") { CardCharge(kind: $0.text(), last4: $0.text()) },
        .roundTrip("BankCharge") { BankCharge(iban: $0.maybe { $0.text() }) },
        .roundTrip("StringOrObject") { $0.stringOrObject() },
        .roundTrip("Color") { $0.color() },
        .roundTrip("MaybeCount") { $0.maybe { $0.integer() } as MaybeCount },
        .roundTrip("Order") { $0.order() },
        .roundTrip("Labels") { $0.dictionary { $0.integer() } as Labels },
        .roundTrip("Bag") { $0.bag() },
        .roundTrip("TreeNode") { $0.tree() },
        .roundTrip("ListNode") { $0.list() },
        .roundTrip("PartA") { $0.partA() },
        .roundTrip("PartB") { PartB(name: $0.maybe { $0.text() }, a: $0.maybe { $0.partA() }) },
        .roundTrip("Status") { $0.status() },
        .roundTrip("Priority") { $0.priority() },
        .roundTrip("LoginForm") { LoginForm(a: $0.integer(), b: $0.text()) },
        .roundTrip("AvatarUpload") { $0.avatarUpload() },
        .roundTrip("UploadResult") { UploadResult(size: $0.integer(), checksum: $0.maybe { $0.text() }) },
        .roundTrip("Everything") { $0.everything() },
        .roundTrip("Account") { $0.account() },
        .roundTrip("AccountOwner") { $0.accountOwner() },
        .roundTrip("RegionCode") { $0.text() as RegionCode },
        .roundTrip("HeaderMode") { $0.openEnum(["fast", "slow"]) { $0.text() } as HeaderMode },
    ]

    static let decodings: [ModelProperty] = [
        .decodes("Task", as: Task.self) { $0.object(required: [], optional: [("id", { $0.string() })]) },
        .decodes("Duration", as: DurationModel.self) { $0.object(required: [], optional: [("seconds", { $0.integerJSON() })]) },
        .decodes("Problem", as: Problem.self) { $0.problemJSON() },
        .decodes("LegacyProblem", as: LegacyProblem.self) { $0.object(required: [], optional: [("message", { $0.string() })]) },
        .decodes("Profile", as: Profile.self) { $0.profileJSON() },
        .decodes("Formats", as: Formats.self) { $0.formatsJSON() },
        .decodes("Animal", as: Animal.self) { $0.object(required: $0.animalMembers(petType: $0.text())) },
        .decodes("Cat", as: Cat.self) { $0.catJSON() },
        .decodes("Dog", as: Dog.self) { $0.dogJSON() },
        .decodes("Pet", as: Pet.self, { let (json, variant) = $0.petJSON(); return (json, variant) }) {
            switch $0 { case .cat: 0; case .dog: 1; case .undocumented: nil }
        },
        .decodes("Position", as: Position.self, { let (json, variant) = $0.positionJSON(); return (json, variant) }) {
            switch $0 { case .stakePosition: 0; case .lendPosition: 1; case .undocumented: nil }
        },
        .decodes("StakePosition", as: StakePosition.self) { $0.object(required: [], optional: [("validator", { $0.string() })]) },
        .decodes("LendPosition", as: LendPosition.self) { $0.object(required: [], optional: [("amount", { $0.string() })]) },
        .decodes("PetCreated", as: PetCreated.self) { $0.object(required: [("id", { $0.string() })], optional: [("location", { $0.string() })]) },
        .decodes("PetPatch", as: PetPatch.self) { $0.object(required: [], optional: [("name", { $0.string() }), ("owner", { $0.profileJSON() })]) },
        .decodes("Owner", as: Owner.self) { $0.profileJSON() },
        .decodes("Destination", as: Destination.self, { let (json, variant) = $0.destinationJSON(); return (json, variant) }) {
            switch $0 { case .ibanDestination: 0; case .sepaDestination: 1; case .wireDestination: 2; case .string: 3; case .undocumented: nil }
        },
        .decodes("IbanDestination", as: IbanDestination.self) { $0.object(required: [("type", { $0.enumText(["IBAN"]) }), ("iban", { $0.string() })]) },
        .decodes("SepaDestination", as: SepaDestination.self) {
            $0.object(required: [("type", { $0.enumText(["SEPA"]) }), ("iban", { $0.string() })], optional: [("bic", { $0.string() })])
        },
        .decodes("WireDestination", as: WireDestination.self) {
            $0.object(required: [], optional: [("accountNumber", { $0.string() }), ("routingNumber", { $0.string() }), ("bankName", { $0.string() })])
        },
        .decodes("Fee", as: Fee.self, { $0.feeJSON() }) {
            switch $0.variant { case .fixedFee: 0; case .bpsFee: 1; case .undocumented: nil }
        },
        .decodes("FeeBase", as: FeeBase.self) { $0.object(required: [("feeType", { $0.enumText(["ORDER", "NETWORK"]) }), ("assetId", { $0.string() })]) },
        .decodes("FixedFee", as: FixedFee.self) { $0.object(required: [("amountType", { $0.enumText(["FIXED"]) }), ("amount", { $0.string() })]) },
        .decodes("BpsFee", as: BpsFee.self) { $0.object(required: [("amountType", { $0.enumText(["BPS"]) }), ("amount", { $0.numberJSON() })]) },
        .decodes("Payout", as: Payout.self, { $0.bankDestinationJSON(extra: [("referenceId", { $0.string() })]) }) {
            switch $0.variant { case .ibanDestination: 0; case .wireDestination: 1; case .undocumented: nil }
        },
        .decodes("BankDestination", as: BankDestination.self, { $0.bankDestinationJSON() }) {
            switch $0 { case .ibanDestination: 0; case .wireDestination: 1; case .undocumented: nil }
        },
        .decodes("PayoutMetadata", as: PayoutMetadata.self) { $0.object(required: [], optional: [("referenceId", { $0.string() })]) },
        .decodes("Charge", as: Charge.self, { $0.chargeJSON() }) {
            switch $0.variantValue { case .cardCharge: 0; case .bankCharge: 1; case .undocumented: nil }
        },
        .decodes("CardCharge", as: CardCharge.self) { $0.object(required: [("kind", { $0.string() }), ("last4", { $0.string() })]) },
        .decodes("BankCharge", as: BankCharge.self) { $0.object(required: [], optional: [("iban", { $0.string() })]) },
        .decodes("StringOrObject", as: StringOrObject.self, { let (json, variant) = $0.stringOrObjectJSON(); return (json, variant) }) {
            switch $0 { case .string: 0; case .variant2: 1; case .undocumented: nil }
        },
        .decodes("Color", as: Color.self) { $0.enumText(["red", "green", "blue"]) },
        .decodes("MaybeCount", as: MaybeCount.self) { $0.bool() ? $0.integerJSON() : .null },
        .decodes("Order", as: Order.self) { $0.orderJSON() },
        .decodes("Labels", as: Labels.self) { $0.labelsJSON() },
        .decodes("Bag", as: Bag.self, { let (json, choice) = $0.bagJSON(); return (json, choice) }) {
            switch $0.choice { case .string?: 0; case .integer?: 1; case .undocumented?: 2; case nil: nil }
        },
        .decodes("TreeNode", as: TreeNode.self) { $0.treeJSON() },
        .decodes("ListNode", as: ListNode.self) { $0.listJSON() },
        .decodes("PartA", as: PartA.self) { $0.partAJSON() },
        .decodes("PartB", as: PartB.self) { $0.object(required: [], optional: [("name", { $0.string() }), ("a", { $0.partAJSON() })]) },
        .decodes("Status", as: Status.self) { $0.statusJSON() },
        .decodes("Priority", as: Priority.self) { $0.priorityJSON() },
        .decodes("LoginForm", as: LoginForm.self) { $0.object(required: [("a", { $0.integerJSON() }), ("b", { $0.string() })]) },
        .decodes("AvatarUpload", as: AvatarUpload.self) {
            $0.object(required: [("image", { $0.base64JSON() })], optional: [
                ("thumbnails", { .array($0.array(0...2) { $0.base64JSON() }) }), ("caption", { $0.string() }),
            ])
        },
        .decodes("UploadResult", as: UploadResult.self) { $0.object(required: [("size", { $0.integerJSON() })], optional: [("checksum", { $0.string() })]) },
        .decodes("Everything", as: Everything.self) { $0.everythingJSON() },
        .decodes("Account", as: Account.self) { $0.accountJSON() },
        .decodes("AccountOwner", as: AccountOwner.self) { $0.accountOwnerJSON() },
        .decodes("RegionCode", as: RegionCode.self) { $0.string() },
        .decodes("HeaderMode", as: HeaderMode.self) { $0.enumText(["fast", "slow"]) },
    ]

    @Test(arguments: roundTrips)
    func aValueSurvivesEncodingAndDecoding(_ property: ModelProperty) async {
        await property.check()
    }

    @Test(arguments: decodings)
    func validJSONDecodesIntoTheCaseItFits(_ property: ModelProperty) async {
        await property.check()
    }

    /// Every component schema of the spec has both properties: a schema added to the spec without
    /// generators fails here.
    @Test func everySchemaHasItsProperties() throws {
        let names = try componentSchemaNames()
        #expect(names.count > 30)
        #expect(Self.roundTrips.map(\.schema) == names)
        #expect(Self.decodings.map(\.schema) == names)
    }

    /// The names under `components.schemas` of spec/coverage.yaml, in its order (read as text: the
    /// keys are the lines indented by four spaces between `  schemas:` and the next key of
    /// `components`).
    private func componentSchemaNames() throws -> [String] {
        let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../spec/coverage.yaml")
        let lines = try String(contentsOf: spec, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "  schemas:") else { return [] }
        var names: [String] = []
        for line in lines[(start + 1)...] {
            if line.hasPrefix("  "), !line.hasPrefix("   ") { break }
            if line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") { names.append(String(line.dropFirst(4).dropLast())) }
        }
        return names
    }
}
