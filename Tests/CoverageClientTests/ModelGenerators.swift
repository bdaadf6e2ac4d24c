// Random values of the generated models, for the round-trip properties of PropertyTests.swift.
//
// Each generator makes only values that JSON can carry back unchanged: an open enum's
// `undocumented` case holds a value the spec does not list (`.undocumented("lazy")` would come back
// as `.lazy`), a union's case agrees with its discriminator, an optional `JSONValue` or union is
// never `.some(.null)` or `.some(.undocumented(.null))` (a `null` member decodes as an absent one), and `JSONValue.number` never holds an
// integral value (`2.0` is written `2` and read back as `.integer(2)`). Recursive models stop at
// `depth` levels.

import CoverageClient
import Foundation

/// Draws the random values the generators are made of, from the property checker's source.
struct Draw: RandomNumberGenerator {
    var source: any RandomNumberGenerator

    mutating func next() -> UInt64 {
        source.next()
    }

    mutating func bool(_ rate: Double = 0.5) -> Bool {
        Double.random(in: 0..<1, using: &self) < rate
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    mutating func element<T>(_ values: [T]) -> T {
        values[int(in: 0...values.count - 1)]
    }

    /// `value()` three times in four, else `nil`.
    mutating func maybe<T>(_ value: (inout Self) -> T) -> T? {
        bool(0.75) ? value(&self) : nil
    }

    mutating func array<T>(_ count: ClosedRange<Int>, _ value: (inout Self) -> T) -> [T] {
        (0..<int(in: count)).map { _ in value(&self) }
    }

    /// Text that JSON must escape or that is easy to get wrong: quotes, backslashes, slashes,
    /// control characters, line separators, non-ASCII letters and emoji.
    mutating func text() -> String {
        let pieces = ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "é", "ß", "\u{2028}", "😀", "👩‍👩‍👧", "{", "}", "null"]
        return array(0...8) { $0.element(pieces) }.joined()
    }

    /// Any `Int`, with the edges and small values more likely.
    mutating func integer() -> Int {
        switch int(in: 0...3) {
        case 0: element([0, 1, -1, Int.max, Int.min])
        case 1: int(in: -100...100)
        default: Int.random(in: Int.min...Int.max, using: &self)
        }
    }

    /// A finite `Double` from any bit pattern, or a short decimal.
    mutating func double() -> Double {
        if bool() { return Double(int(in: -1_000_000...1_000_000)) / 1000 }
        while true {
            let value = Double(bitPattern: UInt64.random(in: .min ... .max, using: &self))
            if value.isFinite { return value }
        }
    }

    /// A `date-time` with whole milliseconds, between 1900 and 2100.
    mutating func dateTime() -> Date {
        let milliseconds = int(in: -2_208_988_800_000...4_102_444_800_000)
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    mutating func uuid() -> UUID {
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in bytes.indices { bytes[index] = UInt8.random(in: .min ... .max, using: &self) }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// A known raw value of an open enum, or a random one (which `init(rawValue:)` makes
    /// `undocumented` unless it happens to be known).
    mutating func openEnum<E: RawRepresentable>(_ known: [E.RawValue], other: (inout Self) -> E.RawValue) -> E
    where E.RawValue: Hashable {
        let raw = bool() ? element(known) : other(&self)
        return E(rawValue: raw)!
    }

    /// Any JSON value, `depth` levels of arrays and objects at most.
    mutating func json(depth: Int = 2) -> JSONValue {
        switch int(in: 0...(depth > 0 ? 6 : 4)) {
        case 0: .null
        case 1: .bool(bool())
        case 2: .integer(integer())
        case 3: .number(fraction())
        case 4: .string(text())
        case 5: .array(array(0...3) { $0.json(depth: depth - 1) })
        default: .object(dictionary { $0.json(depth: depth - 1) })
        }
    }

    /// A `Double` that is not an `Int` (JSON does not tell `2.0` from `2`).
    mutating func fraction() -> Double {
        while true {
            let value = double()
            if Int(exactly: value) == nil { return value }
        }
    }

    mutating func dictionary<T>(_ value: (inout Self) -> T) -> [String: T] {
        var result: [String: T] = [:]
        for _ in 0..<int(in: 0...3) { result[text()] = value(&self) }
        return result
    }
}

// MARK: - Models

extension Draw {
    mutating func problem() -> Problem {
        Problem(type: maybe { $0.text() }, title: text(), status: integer(), detail: maybe { $0.text() }, code: maybe { $0.integer() })
    }

    mutating func profile() -> Profile {
        Profile(
            id: uuid(), displayName: text(), nickname: maybe { $0.text() }, middleName: maybe { $0.text() },
            phoneNumber: maybe { $0.text() }, _self: text(), default: bool()
        )
    }

    mutating func formats() -> Formats {
        Formats(
            dateTime: maybe { $0.dateTime() }, date: maybe { $0.text() }, uuid: maybe { $0.uuid() },
            uri: maybe { $0.text() }, int32: maybe { Int32(truncatingIfNeeded: $0.integer()) },
            int64: maybe { Int64($0.integer()) }, float: maybe { Float($0.double()) }.flatMap { $0.isFinite ? $0 : nil },
            double: maybe { $0.double() }, byte: maybe { Data($0.array(0...12) { UInt8($0.int(in: 0...255)) }) }
        )
    }

    mutating func huntingSkill() -> Cat.HuntingSkill {
        openEnum(["clueless", "lazy", "adventurous"]) { $0.text() }
    }

    mutating func cat() -> Cat {
        Cat(petType: "cat", name: text(), huntingSkill: huntingSkill(), indoor: maybe { $0.bool() })
    }

    mutating func dog() -> Dog {
        Dog(petType: "dog", name: text(), packSize: maybe { Int32($0.int(in: 0...1000)) })
    }

    /// A JSON value that no case of a union with the discriminator `key` takes: anything but an
    /// object whose `key` is one of `values`.
    mutating func undocumented(discriminator key: String, values: [String]) -> JSONValue {
        var value = json()
        if case .object(var members) = value, case .string(let tag)? = members[key], values.contains(tag) {
            members[key] = .string(tag + "?")
            value = .object(members)
        }
        return value
    }

    mutating func pet() -> Pet {
        switch int(in: 0...2) {
        case 0: .cat(cat())
        case 1: .dog(dog())
        default: .undocumented(undocumented(discriminator: "petType", values: ["cat", "dog"]))
        }
    }

    mutating func position() -> Position {
        switch int(in: 0...2) {
        case 0: .stakePosition(StakePosition(validator: maybe { $0.text() }))
        case 1: .lendPosition(LendPosition(amount: maybe { $0.text() }))
        default: .undocumented(undocumented(discriminator: "chainDescriptor", values: ["ETH", "SOL"]))
        }
    }

    mutating func destination() -> Destination {
        switch int(in: 0...4) {
        case 0: .ibanDestination(IbanDestination(type: .iban, iban: text()))
        case 1: .sepaDestination(SepaDestination(type: .sepa, iban: text(), bic: maybe { $0.text() }))
        case 2: .wireDestination(WireDestination(
            accountNumber: maybe { $0.text() }, routingNumber: maybe { $0.text() }, bankName: maybe { $0.text() }))
        case 3: .string(text())
        default:
            // Any object fits the wire transfer and any string is a case: the rest is undocumented.
            .undocumented(element([.null, .bool(bool()), .integer(integer()), .number(fraction()), .array(array(0...2) { $0.json(depth: 1) })]))
        }
    }

    mutating func stringOrObject() -> StringOrObject {
        switch int(in: 0...2) {
        case 0: return .string(text())
        case 1: return .variant2(.init(code: text()))
        default:
            var value = presentJSON()
            if case .string = value { value = .array([value]) }
            if case .object(var members) = value, case .string? = members["code"] {
                members["code"] = .integer(1)
                value = .object(members)
            }
            return .undocumented(value)
        }
    }

    mutating func order() -> Order {
        Order(id: maybe { $0.text() }, shipping: maybe {
            Order.Shipping(method: $0.maybe { $0.text() }, address: $0.maybe { .init(street: $0.maybe { $0.text() }, city: $0.text()) })
        })
    }

    /// A JSON value that is not `null`, for an optional `JSONValue` property.
    mutating func presentJSON() -> JSONValue {
        let value = json()
        return value == .null ? .bool(true) : value
    }

    mutating func bag() -> Bag {
        Bag(
            counts: maybe { $0.dictionary { $0.integer() } },
            metadata: maybe { $0.dictionary { $0.json() } },
            anything: maybe { $0.presentJSON() },
            choice: maybe {
                switch $0.int(in: 0...2) {
                case 0: .string($0.text())
                case 1: .integer($0.integer())
                // Not a string, an integer or null, which are the other cases or no choice at all.
                default: .undocumented($0.element([.bool($0.bool()), .number($0.fraction()), .array([]), .object([:])]))
                }
            },
            count: maybe { $0.integer() }
        )
    }

    mutating func tree(depth: Int = 3) -> TreeNode {
        TreeNode(value: text(), children: depth == 0 ? nil : maybe { $0.array(0...3) { $0.tree(depth: depth - 1) } })
    }

    mutating func list(depth: Int = 4) -> ListNode {
        ListNode(value: integer(), next: depth == 0 ? nil : maybe { $0.list(depth: depth - 1) })
    }

    mutating func partA(depth: Int = 4) -> PartA {
        PartA(name: maybe { $0.text() }, b: depth == 0 ? nil : maybe { PartB(name: $0.maybe { $0.text() }, a: $0.maybe { $0.partA(depth: depth - 1) }) })
    }

    mutating func status() -> Status {
        openEnum(["", "1d", "a-b", "ALL CAPS", "IN_PROGRESS"]) { $0.text() }
    }

    mutating func priority() -> Priority {
        openEnum([-1, 0, 1, 2]) { $0.integer() }
    }

    mutating func color() -> Color {
        openEnum(["red", "green", "blue"]) { $0.text() }
    }

    mutating func everything() -> Everything {
        Everything(
            profile: maybe { $0.profile() }, formats: maybe { $0.formats() }, pets: maybe { $0.array(0...3) { $0.pet() } },
            owner: maybe { $0.profile() }, stringOrObject: maybe { $0.stringOrObject() }, color: maybe { $0.color() },
            order: maybe { $0.order() }, labels: maybe { $0.dictionary { $0.integer() } }, bag: maybe { $0.bag() },
            tree: maybe { $0.tree(depth: 2) }, list: maybe { $0.list(depth: 2) }, partA: maybe { $0.partA(depth: 2) },
            status: maybe { $0.status() }, statuses: maybe { $0.array(0...3) { $0.status() } }, priority: maybe { $0.priority() }
        )
    }

    /// `Fee`: the shared properties and a fee whose `amountType` selects its case.
    mutating func fee() -> Fee {
        let variant: Fee.Variant = bool()
            ? .fixedFee(FixedFee(amountType: .fixed, amount: text()))
            : .bpsFee(BpsFee(amountType: .bps, amount: double()))
        return Fee(feeType: openEnum(["ORDER", "NETWORK"]) { $0.text() }, assetId: text(), variant: variant)
    }

    /// A `BankDestination` that decodes as the case it was made as: an IBAN one has the constant
    /// `type`, a wire transfer no IBAN.
    mutating func bankDestination() -> BankDestination {
        bool()
            ? .ibanDestination(IbanDestination(type: .iban, iban: text()))
            : .wireDestination(WireDestination(accountNumber: maybe { $0.text() }, routingNumber: maybe { $0.text() }, bankName: maybe { $0.text() }))
    }

    /// `Charge`: its `kind` is the union's, so a card charge says `card` (a bank charge does not
    /// declare `kind`: encoding writes it).
    mutating func charge() -> Charge {
        let variant: Charge.Variant = bool() ? .cardCharge(CardCharge(kind: "card", last4: text())) : .bankCharge(BankCharge(iban: maybe { $0.text() }))
        return Charge(id: text(), variant: maybe { $0.text() }, variantValue: variant)
    }

    mutating func bytes() -> Data {
        Data(array(0...12) { UInt8($0.int(in: 0...255)) })
    }

    /// An upload's files: in JSON a file is its bytes (its name and content type go in multipart
    /// headers only).
    mutating func avatarUpload() -> AvatarUpload {
        AvatarUpload(
            image: MultipartFile(data: bytes()), thumbnails: maybe { $0.array(0...2) { MultipartFile(data: $0.bytes()) } },
            caption: maybe { $0.text() }
        )
    }

    mutating func accountOwner() -> AccountOwner {
        AccountOwner(id: maybe { $0.text() }, handle: text())
    }

    mutating func account() -> Account {
        Account(
            id: maybe { $0.text() }, createdAt: maybe { $0.dateTime() }, password: maybe { $0.text() }, recoveryCode: maybe { $0.text() },
            name: text(), email: maybe { $0.text() }, region: maybe { $0.text() }, owner: accountOwner(),
            delegates: maybe { $0.array(0...2) { $0.accountOwner() } }
        )
    }
}
