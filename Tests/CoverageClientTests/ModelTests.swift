// Decoding and encoding of the generated models: objects, keys, nullability, composition, unions,
// enums, dictionaries, free-form values and recursive structures.

import CoverageClient
import Foundation
import Testing

@Suite struct ObjectTests {
    static let profile = """
        {"default":true,"display_name":"Ada","id":"6F9619FF-8B86-D011-B42D-00CF4FC964FF",\
        "middle_name":"B.","nickname":"ada","phone_number":"+44","self":"https://example.com/p/1"}
        """

    @Test func snakeCaseAndKeywordKeysRoundTrip() throws {
        let profile = try decode(Profile.self, Self.profile)
        #expect(profile.id == UUID(uuidString: "6F9619FF-8B86-D011-B42D-00CF4FC964FF"))
        #expect(profile.displayName == "Ada")
        #expect(profile._self == "https://example.com/p/1")
        #expect(profile.default == true)
        #expect(try encode(profile) == Self.profile)
    }

    @Test func aMissingRequiredPropertyFails() {
        #expect(throws: DecodingError.self) {
            try decode(Profile.self, #"{"default":true,"id":"6F9619FF-8B86-D011-B42D-00CF4FC964FF","self":"s"}"#)
        }
    }

    @Test func nullableFieldsAcceptNullAndAbsence() throws {
        let base = #""default":false,"display_name":"A","id":"6F9619FF-8B86-D011-B42D-00CF4FC964FF","self":"s""#
        let withNulls = try decode(Profile.self, "{\(base),\"middle_name\":null,\"phone_number\":null}")
        #expect(withNulls.middleName == nil)
        #expect(withNulls.phoneNumber == nil)
        let absent = try decode(Profile.self, "{\(base)}")
        #expect(absent.middleName == nil)
        #expect(absent.phoneNumber == nil)
        // Optional and nil: left out.
        #expect(try !encode(absent).contains("phone_number"))
    }

    /// `middle_name` is required and nullable: `nil` must be sent as `null`, not left out.
    @Test func aRequiredNullablePropertyIsEncodedAsNull() throws {
        let profile = Profile(id: UUID(), displayName: "A", middleName: nil, _self: "s", default: false)
        let json = try encode(profile)
        #expect(json.contains(#""middle_name":null"#))
    }

    /// `==` and hashing go through `visitProperties`: every stored property takes part, including
    /// ones stored `@Indirect` and nested ones.
    @Test func equalityAndHashingSeeEveryProperty() throws {
        let order = Order(id: "o1", shipping: .init(method: "air", address: .init(street: "Main", city: "Oslo")))
        let sameOrder = Order(id: "o1", shipping: .init(method: "air", address: .init(street: "Main", city: "Oslo")))
        #expect(order == sameOrder)
        #expect(order.hashValue == sameOrder.hashValue)
        var otherCity = order
        otherCity.shipping?.address?.city = "Bergen"
        #expect(order != otherCity)
        #expect(order.shipping?.address?.city == "Oslo")
        var noShipping = order
        noShipping.shipping = nil
        #expect(order != noShipping)
        #expect(Set([order, sameOrder, otherCity, noShipping]).count == 3)
    }

    /// The first property that cannot be encoded fails the whole value with the encoder's error.
    @Test func anEncodingErrorIsThrown() {
        #expect(throws: EncodingError.self) {
            try encode(Formats(double: .nan))
        }
    }

    /// A deprecated property is an accessor over internal storage: it still decodes, encodes and
    /// takes part in equality.
    @Test func aDeprecatedPropertyStillRoundTrips() throws {
        let json = #"{"code":7,"status":500,"title":"Oops"}"#
        let problem = try decode(Problem.self, json)
        #expect(try encode(problem) == json)
        #expect(problem != Problem(title: "Oops", status: 500))
    }

    @Test func unknownPropertiesAreIgnored() throws {
        let problem = try decode(Problem.self, #"{"title":"Oops","status":500,"extra":{"a":[1]}}"#)
        #expect(problem == Problem(title: "Oops", status: 500))
    }

    @Test func formatsDecodeToTheirSwiftTypes() throws {
        let json = """
            {"byte":"aGVsbG8=","date":"2024-02-29","dateTime":"2024-02-29T12:30:00.250Z","double":2.5,\
            "float":1.5,"int32":-7,"int64":9007199254740993,"uri":"https://example.com/x","uuid":"6F9619FF-8B86-D011-B42D-00CF4FC964FF"}
            """
        let formats = try decode(Formats.self, json)
        #expect(formats.byte == Data("hello".utf8))
        #expect(formats.date == "2024-02-29")
        #expect(formats.dateTime == Date(timeIntervalSince1970: 1_709_209_800.25))
        #expect(formats.double == 2.5)
        #expect(formats.float == 1.5)
        #expect(formats.int32 == -7)
        #expect(formats.int64 == 9_007_199_254_740_993)
        #expect(formats.uri == "https://example.com/x")
        #expect(formats.uuid == UUID(uuidString: "6F9619FF-8B86-D011-B42D-00CF4FC964FF"))
        #expect(try encode(formats) == json)
    }

    /// A date-time encodes with the milliseconds it was decoded with, for every millisecond value
    /// (a binary `Date` cut instead of rounded gives `.006` back for `.007`).
    @Test func dateTimesKeepTheirMilliseconds() throws {
        for millisecond in 0..<1000 {
            let text = "2022-05-06T07:08:09." + String(format: "%03d", millisecond) + "Z"
            let json = #"{"dateTime":"\#(text)"}"#
            #expect(try encode(decode(Formats.self, json)) == json, "\(text)")
        }
        // An offset is written in UTC, with the same instant and milliseconds.
        let offset = try decode(Formats.self, #"{"dateTime":"2022-05-06T23:59:59.999+14:00"}"#)
        #expect(try encode(offset) == #"{"dateTime":"2022-05-06T09:59:59.999Z"}"#)
        // More digits than milliseconds are kept to the microsecond.
        let micro = try decode(Formats.self, #"{"dateTime":"2022-05-06T07:08:09.123456Z"}"#)
        #expect(try encode(micro) == #"{"dateTime":"2022-05-06T07:08:09.123456Z"}"#)
        // Whole seconds get .000; RFC 3339 allows a lowercase t and z.
        let lowercase = try decode(Formats.self, #"{"dateTime":"2022-05-06t07:08:09z"}"#)
        #expect(try encode(lowercase) == #"{"dateTime":"2022-05-06T07:08:09.000Z"}"#)
        #expect(throws: DecodingError.self) { try decode(Formats.self, #"{"dateTime":"2022-05-06T07:08:09.Z"}"#) }
    }

    /// A date-time with whole milliseconds decodes to the `Date` it was written from, not one a bit
    /// off: the fraction read as a `Double` and added to the whole seconds rounds twice (found by
    /// `PropertyTests`: a third of such dates compared unequal after a round trip, 2050-02-12T14:43:38.141Z
    /// among them).
    @Test func aDateWithMillisecondsDecodesToTheDateItWasWrittenFrom() throws {
        for milliseconds in 2_528_289_818_000..<2_528_289_819_000 {
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            #expect(try decode(Formats.self, encode(Formats(dateTime: date))).dateTime == date, "\(milliseconds)")
        }
    }

    @Test func anInt32OutOfRangeFails() {
        #expect(throws: DecodingError.self) { try decode(Formats.self, #"{"int32":2147483648}"#) }
    }

    @Test func nestedInlineObjectsHaveStableNames() throws {
        let json = #"{"id":"o1","shipping":{"address":{"city":"Oslo","street":"Karl Johans gate"},"method":"post"}}"#
        let order = try decode(Order.self, json)
        let address: Order.Shipping.Address? = order.shipping?.address
        #expect(address?.city == "Oslo")
        #expect(order == Order(id: "o1", shipping: .init(method: "post", address: .init(street: "Karl Johans gate", city: "Oslo"))))
        #expect(try encode(order) == json)
    }
}

@Suite struct CompositionTests {
    @Test func allOfMergesTheBaseAndTheInlineParts() throws {
        let json = #"{"huntingSkill":"lazy","indoor":true,"name":"Tom","petType":"cat"}"#
        let cat = try decode(Cat.self, json)
        #expect(cat == Cat(petType: "cat", name: "Tom", huntingSkill: .lazy, indoor: true))
        #expect(try encode(cat) == json)
        // `huntingSkill` is required by the inline part, `name` by the base.
        #expect(throws: DecodingError.self) { try decode(Cat.self, #"{"name":"Tom","petType":"cat"}"#) }
        #expect(throws: DecodingError.self) { try decode(Cat.self, #"{"huntingSkill":"lazy","petType":"cat"}"#) }
    }

    @Test func allOfWithOneReferenceIsTheReferencedType() throws {
        let patch = try decode(PetPatch.self, #"{"owner":{"default":true,"display_name":"A","id":"6F9619FF-8B86-D011-B42D-00CF4FC964FF","self":"s"}}"#)
        let owner: Profile? = patch.owner
        #expect(owner?.displayName == "A")
    }

    @Test func theDiscriminatorPicksTheCase() throws {
        let cat = try decode(Pet.self, #"{"petType":"cat","name":"Tom","huntingSkill":"adventurous"}"#)
        #expect(cat == .cat(Cat(petType: "cat", name: "Tom", huntingSkill: .adventurous)))
        let dog = try decode(Pet.self, #"{"petType":"dog","name":"Rex","packSize":3}"#)
        #expect(dog == .dog(Dog(petType: "dog", name: "Rex", packSize: 3)))
        // A dog's body under the cat value is not a cat: the mapping decides, not the shape.
        #expect(throws: DecodingError.self) { try decode(Pet.self, #"{"petType":"cat","name":"Rex","packSize":3}"#) }
    }

    /// The variants do not declare the discriminator property: it is written back when encoding, so
    /// the value still selects the same case.
    @Test func anUndeclaredDiscriminatorSurvivesARoundTrip() throws {
        let json = #"{"amount":"1.5","chainDescriptor":"SOL"}"#
        let position = try decode(Position.self, json)
        #expect(position == .lendPosition(LendPosition(amount: "1.5")))
        #expect(try encode(position) == json)
        #expect(try decode(Position.self, encode(position)) == position)
        #expect(try encode(Position.stakePosition(StakePosition(validator: "v"))) == #"{"chainDescriptor":"ETH","validator":"v"}"#)
    }

    @Test func anUnknownDiscriminatorValueIsKeptAsUnknown() throws {
        let json = #"{"name":"Polly","petType":"parrot","words":["hello"]}"#
        let pet = try decode(Pet.self, json)
        #expect(pet == .undocumented(.object(["name": .string("Polly"), "petType": .string("parrot"), "words": .array([.string("hello")])])))
        #expect(try encode(pet) == json)
        // Without the property at all, too.
        #expect(try decode(Pet.self, #"{"name":"Nobody"}"#) == .undocumented(.object(["name": .string("Nobody")])))
    }

    @Test func petsRoundTripInAnArray() throws {
        let json = #"[{"huntingSkill":"clueless","name":"Tom","petType":"cat"},{"name":"Rex","petType":"dog"}]"#
        #expect(try roundTrip([Pet].self, json) == json)
    }

    @Test func oneOfWithoutDiscriminatorTriesEachCase() throws {
        #expect(try decode(StringOrObject.self, #""plain""#) == .string("plain"))
        #expect(try decode(StringOrObject.self, #"{"code":"E1"}"#) == .variant2(.init(code: "E1")))
        #expect(try decode(StringOrObject.self, "42") == .undocumented(.integer(42)))
        #expect(try roundTrip(StringOrObject.self, #"{"code":"E1"}"#) == #"{"code":"E1"}"#)
        #expect(try roundTrip(StringOrObject.self, "[true]") == "[true]")
    }

    /// Without a discriminator, an object decodes as the variant it fits: a one-value enum must
    /// match (the first variant's open enum would take `SEPA`), required keys must be there, and the
    /// variant that knows most of its keys wins.
    @Test func anObjectDecodesAsTheVariantItFits() throws {
        let sepa = #"{"iban":"DE89","type":"SEPA"}"#
        #expect(try decode(Destination.self, sepa) == .sepaDestination(SepaDestination(type: .sepa, iban: "DE89")))
        #expect(try roundTrip(Destination.self, sepa) == sepa)
        #expect(try decode(Destination.self, #"{"iban":"DE89","type":"IBAN"}"#) == .ibanDestination(IbanDestination(type: .iban, iban: "DE89")))
        // Both need `type`: an object without it is the wire transfer (whose properties are all optional).
        #expect(try decode(Destination.self, #"{"accountNumber":"1","routingNumber":"2"}"#)
            == .wireDestination(WireDestination(accountNumber: "1", routingNumber: "2")))
        // SEPA's `bic` makes it the variant that knows most of the object, over IBAN's fewer keys
        // (both would fit if the type were left out of the comparison).
        #expect(try decode(Destination.self, #"{"bic":"B","iban":"DE89","type":"SEPA"}"#)
            == .sepaDestination(SepaDestination(type: .sepa, iban: "DE89", bic: "B")))
        // A type no variant has: neither IBAN nor SEPA fits, and the wire transfer accepts any object.
        #expect(try decode(Destination.self, #"{"iban":"DE89","type":"SWIFT"}"#) == .wireDestination(WireDestination()))
        // Not an object: the other variants, in spec order.
        #expect(try decode(Destination.self, #""cash""#) == .string("cash"))
        #expect(try decode(Destination.self, "7") == .undocumented(.integer(7)))
    }

    @Test func anyOfOpenEnumKeepsKnownAndUnknownValues() throws {
        // `anyOf: [{enum: [...]}, {type: string}]` is one open enum.
        #expect(try decode(Color.self, #""red""#) == .red)
        #expect(try roundTrip(Color.self, #""teal""#) == #""teal""#)
        #expect(try decode(Color.self, #""teal""#) == .undocumented("teal"))
    }

    @Test func oneOfWithANullBranchIsAnOptionalUnion() throws {
        #expect(try decode(Bag.self, #"{"choice":"a"}"#).choice == .string("a"))
        #expect(try decode(Bag.self, #"{"choice":7}"#).choice == .integer(7))
        #expect(try decode(Bag.self, #"{"choice":null}"#).choice == nil)
        #expect(try decode(Bag.self, "{}").choice == nil)
        #expect(try decode(Bag.self, #"{"count":null}"#).count == nil)
        #expect(try decode(Bag.self, #"{"count":3}"#).count == 3)
    }

    @Test func aReferencedNullableOneOfAcceptsNull() throws {
        // `MaybeCount` is `Int?`: a null decodes wherever the type is used, also outside an object.
        #expect(try decode([MaybeCount].self, "[1,null]") == [1, nil])
        #expect(try encode([MaybeCount]([nil, 2])) == "[null,2]")
    }
}

/// An `allOf` of objects and one union: a struct with the objects' properties and the union's
/// value, all read from and written to one JSON object.
@Suite struct ObjectAndUnionTests {
    @Test func anObjectAndADiscriminatedOneOfShareOneObject() throws {
        let fixed = #"{"amount":"2.50","amountType":"FIXED","assetId":"USD","feeType":"ORDER"}"#
        let fee = try decode(Fee.self, fixed)
        #expect(fee.feeType == .order)
        #expect(fee.assetId == "USD")
        #expect(fee.variant == .fixedFee(FixedFee(amountType: .fixed, amount: "2.50")))
        #expect(try encode(fee) == fixed)
        #expect(try decode(Fee.self, encode(fee)) == fee)

        let bps = #"{"amount":50,"amountType":"BPS","assetId":"ETH","feeType":"NETWORK"}"#
        let relative = try decode(Fee.self, bps)
        #expect(relative == Fee(feeType: .network, assetId: "ETH", variant: .bpsFee(BpsFee(amountType: .bps, amount: 50))))
        #expect(try encode(relative) == bps)
        #expect(relative != fee)
        #expect(Set([fee, relative, fee]).count == 2)
    }

    @Test func theSharedPropertiesAndTheSelectedVariantAreBothRequired() {
        #expect(throws: DecodingError.self) { try decode(Fee.self, #"{"amount":"1","amountType":"FIXED","feeType":"ORDER"}"#) }
        #expect(throws: DecodingError.self) { try decode(Fee.self, #"{"amountType":"FIXED","assetId":"USD","feeType":"ORDER"}"#) }
    }

    /// An unknown discriminator value keeps the whole object in the fallback case; the shared
    /// properties are still read, and encoding writes each key once.
    @Test func anUnknownDiscriminatorKeepsTheObjectAndTheSharedProperties() throws {
        let json = #"{"amountType":"PERCENT","assetId":"USD","feeType":"ORDER","percent":1}"#
        let fee = try decode(Fee.self, json)
        #expect(fee.assetId == "USD")
        #expect(fee.variant == .undocumented(.object([
            "amountType": .string("PERCENT"), "assetId": .string("USD"), "feeType": .string("ORDER"), "percent": .integer(1),
        ])))
        #expect(try encode(fee) == json)
        // The struct's own properties win over the copy the fallback case holds.
        var changed = fee
        changed.assetId = "EUR"
        #expect(try encode(changed) == #"{"amountType":"PERCENT","assetId":"EUR","feeType":"ORDER","percent":1}"#)
        // A fallback value made in code joins the struct's properties in one object.
        let made = Fee(feeType: .network, assetId: "BTC", variant: .undocumented(.object(["amountType": .string("TIERED")])))
        #expect(try encode(made) == #"{"amountType":"TIERED","assetId":"BTC","feeType":"NETWORK"}"#)
        #expect(try decode(Fee.self, encode(made)).variant == .undocumented(.object([
            "amountType": .string("TIERED"), "assetId": .string("BTC"), "feeType": .string("NETWORK"),
        ])))
    }

    /// A union without a discriminator, then an object: the object decodes as the variant it fits,
    /// ignoring the other part's keys.
    @Test func aUnionThenAnObjectShareOneObject() throws {
        let iban = #"{"iban":"DE89","referenceId":"r-1","type":"IBAN"}"#
        let payout = try decode(Payout.self, iban)
        #expect(payout == Payout(referenceId: "r-1", variant: .ibanDestination(IbanDestination(type: .iban, iban: "DE89"))))
        #expect(try encode(payout) == iban)
        let wire = #"{"accountNumber":"1","routingNumber":"2"}"#
        #expect(try decode(Payout.self, wire).variant == .wireDestination(WireDestination(accountNumber: "1", routingNumber: "2")))
        #expect(try decode(Payout.self, wire).referenceId == nil)
        #expect(try roundTrip(Payout.self, wire) == wire)
    }

    /// The object declares the union's discriminator `kind` too: the struct leaves it to the union
    /// (a case and a separate `kind` could disagree), which writes it once, also for the variant
    /// that does not declare it. The spec's property `variant` keeps its name.
    @Test func aDiscriminatorOfBothPartsIsTheUnions() throws {
        let card = #"{"id":"c1","kind":"card","last4":"4242","variant":"gold"}"#
        let charge = try decode(Charge.self, card)
        #expect(charge == Charge(id: "c1", variant: "gold", variantValue: .cardCharge(CardCharge(kind: "card", last4: "4242"))))
        #expect(try encode(charge) == card)
        let bank = Charge(id: "b1", variantValue: .bankCharge(BankCharge(iban: "DE89")))
        #expect(try encode(bank) == #"{"iban":"DE89","id":"b1","kind":"bank"}"#)
        #expect(try decode(Charge.self, encode(bank)) == bank)
    }
}

@Suite struct DictionaryTests {
    @Test func typedDictionariesRoundTrip() throws {
        let labels = try decode(Labels.self, #"{"a":1,"b":-2}"#)
        #expect(labels == ["a": 1, "b": -2])
        #expect(throws: DecodingError.self) { try decode(Labels.self, #"{"a":"one"}"#) }
    }

    @Test func freeFormValuesKeepAnyJSON() throws {
        let json = #"{"anything":[1,"two",null,{"x":false}],"counts":{"n":3},"metadata":{"deep":{"list":[1.5]},"flag":true}}"#
        let bag = try decode(Bag.self, json)
        #expect(bag.counts == ["n": 3])
        #expect(bag.metadata?["flag"] == .bool(true))
        #expect(bag.metadata?["deep"] == .object(["list": .array([.number(1.5)])]))
        #expect(bag.anything == .array([.integer(1), .string("two"), .null, .object(["x": .bool(false)])]))
        #expect(try encode(bag) == json)
    }
}

@Suite struct EnumTests {
    @Test(arguments: [
        ("\"\"", Status.empty),
        ("\"1d\"", ._1d),
        ("\"a-b\"", .aB),
        ("\"ALL CAPS\"", .allCaps),
        ("\"IN_PROGRESS\"", .inProgress),
    ])
    func oddStringValuesMapToCases(json: String, status: Status) throws {
        #expect(try decode(Status.self, json) == status)
        #expect(try encode(status) == json)
    }

    @Test func unknownStringValuesRoundTrip() throws {
        #expect(try decode(Status.self, #""in_progress""#) == .undocumented("in_progress"))
        #expect(try roundTrip([Status].self, #"["DONE","a-b"]"#) == #"["DONE","a-b"]"#)
        #expect(Status(rawValue: "ALL CAPS") == .allCaps)
        #expect(Status.undocumented("x").rawValue == "x")
    }

    @Test func integerEnumsIncludingNegativeValues() throws {
        #expect(try decode(Priority.self, "-1") == .valueMinus1)
        #expect(try decode([Priority].self, "[0,1,2]") == [.value0, .value1, .value2])
        #expect(try decode(Priority.self, "99") == .undocumented(99))
        #expect(try roundTrip([Priority].self, "[-1,99]") == "[-1,99]")
        #expect(throws: DecodingError.self) { try decode(Priority.self, #""high""#) }
    }

    @Test func inlineEnumsAreOpenToo() throws {
        let cat = try decode(Cat.self, #"{"huntingSkill":"ninja","name":"Tom","petType":"cat"}"#)
        #expect(cat.huntingSkill == .undocumented("ninja"))
        #expect(try encode(cat).contains(#""huntingSkill":"ninja""#))
    }
}

@Suite struct RecursionTests {
    @Test func aTreeDecodesThreeLevelsDeep() throws {
        let json = #"{"children":[{"children":[{"value":"leaf"}],"value":"child"},{"value":"sibling"}],"value":"root"}"#
        let tree = try decode(TreeNode.self, json)
        #expect(tree.children?[0].children?[0].value == "leaf")
        #expect(tree.children?[1].value == "sibling")
        #expect(try encode(tree) == json)
    }

    @Test func aLinkedListDecodesThreeLevelsDeep() throws {
        let json = #"{"next":{"next":{"value":3},"value":2},"value":1}"#
        let list = try decode(ListNode.self, json)
        #expect(list.next?.next?.value == 3)
        #expect(list.next?.next?.next == nil)
        #expect(try encode(list) == json)
        #expect(list == ListNode(value: 1, next: ListNode(value: 2, next: ListNode(value: 3))))
    }

    @Test func mutualRecursionDecodesThreeLevelsDeep() throws {
        let json = #"{"b":{"a":{"b":{"name":"b2"},"name":"a2"},"name":"b1"},"name":"a1"}"#
        let a = try decode(PartA.self, json)
        #expect(a.b?.a?.b?.name == "b2")
        #expect(a.b?.a?.b?.a == nil)
        #expect(try encode(a) == json)
    }

    @Test func indirectValuesAreCopiedOnWrite() throws {
        var first = ListNode(value: 1, next: ListNode(value: 2))
        let second = first
        first.next?.value = 20
        #expect(first.next?.value == 20)
        #expect(second.next?.value == 2)
    }
}
