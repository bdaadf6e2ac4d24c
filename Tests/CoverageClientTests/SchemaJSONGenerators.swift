// Random JSON that is valid against the schemas of spec/coverage.yaml, written from the schemas'
// shapes (not from the generated types), for the decoding properties of PropertyTests.swift.
//
// Objects get their required members, a random choice of the optional ones (present, or `null`
// where the schema allows it) and sometimes members the schema does not declare; strings of a
// format are written in the forms the format allows (a date-time with or without fractional
// seconds, in UTC or with an offset, `T`/`Z` in either case). A union's JSON says which variant it
// was made from, so a property can check the case it decodes as.

import CoverageClient
import Foundation

/// The shape of a union's object variant, as the spec declares it: what decides whether a JSON
/// object fits it.
struct ObjectVariant {
    var required: [String]
    var constants: [String: String]
    var known: [String]

    func fits(_ object: [String: JSONValue]) -> Bool {
        required.allSatisfy { object[$0] != nil }
            && constants.allSatisfy { key, value in object[key].map { $0 == .string(value) } ?? true }
    }
}

/// The variant a JSON object decodes as, by the rule the README gives for unions without a
/// discriminator: of the object variants it fits, the one that knows most of its keys, the first
/// in the spec on a tie. (Every variant the generators below make an object fit decodes it.)
func expectedVariant(of object: [String: JSONValue], among variants: [ObjectVariant]) -> Int? {
    let fitting = variants.indices.filter { variants[$0].fits(object) }
    return fitting.max { a, b in
        let (knownA, knownB) = (variants[a].known.filter { object[$0] != nil }.count, variants[b].known.filter { object[$0] != nil }.count)
        return knownA != knownB ? knownA < knownB : a > b
    }
}

extension Draw {
    /// An object's members in the order their values are drawn (a dictionary's order changes from
    /// one run to the next, and with it what a seed makes).
    typealias Members = [(key: String, value: (inout Self) -> JSONValue)]

    /// An object of the given members: required ones always, optional ones or not; with `nullable`
    /// members sometimes `null`; and sometimes a member no schema of the spec declares.
    mutating func object(required: Members, optional: Members = [], nullable: Set<String> = []) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for (key, value) in required { members[key] = nullable.contains(key) && bool(0.25) ? .null : value(&self) }
        for (key, value) in optional where bool() { members[key] = nullable.contains(key) && bool(0.25) ? .null : value(&self) }
        if bool(0.25) { members["x-extra-" + String(int(in: 0...9))] = json(depth: 1) }
        return .object(members)
    }

    mutating func string() -> JSONValue { .string(text()) }
    mutating func integerJSON() -> JSONValue { .integer(integer()) }
    mutating func boolean() -> JSONValue { .bool(bool()) }

    /// `type: number`: an integer or a fraction (JSON does not tell `2.0` from `2`).
    mutating func numberJSON() -> JSONValue { bool(0.25) ? .integer(int(in: -1000...1000)) : .number(double()) }

    /// `format: date-time` in any form RFC 3339 allows.
    mutating func dateTimeText() -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = "\(int(in: 1900...2099))-\(two(int(in: 1...12)))-\(two(int(in: 1...28)))"
        text += element(["T", "t"]) + "\(two(int(in: 0...23))):\(two(int(in: 0...59))):\(two(int(in: 0...59)))"
        switch int(in: 0...3) {
        case 0: break
        case 1: text += "." + String(int(in: 1000...1999)).dropFirst()
        case 2: text += "." + String(int(in: 1_000_000...1_999_999)).dropFirst()
        default: text += "." + String(int(in: 0...9))
        }
        if bool() {
            text += element(["Z", "z"])
        } else {
            text += element(["+", "-"]) + two(int(in: 0...14)) + ":" + element(["00", "30", "45"])
        }
        return text
    }

    // MARK: - The component schemas

    mutating func problemJSON() -> JSONValue {
        object(required: [("title", { $0.string() }), ("status", { $0.integerJSON() })],
               optional: [("type", { $0.string() }), ("detail", { $0.string() }), ("code", { $0.integerJSON() })])
    }

    mutating func profileJSON() -> JSONValue {
        object(required: [("id", { .string($0.uuidText()) }), ("display_name", { $0.string() }), ("middle_name", { $0.string() }),
                          ("self", { $0.string() }), ("default", { $0.boolean() })],
               optional: [("nickname", { $0.string() }), ("phone_number", { $0.string() })],
               nullable: ["middle_name", "phone_number"])
    }

    mutating func uuidText() -> String {
        let text = uuid().uuidString
        return bool() ? text.lowercased() : text
    }

    mutating func formatsJSON() -> JSONValue {
        object(required: [], optional: [
            ("dateTime", { .string($0.dateTimeText()) }),
            ("date", { .string("20\($0.int(in: 10...99))-0\($0.int(in: 1...9))-1\($0.int(in: 0...9))") }),
            ("uuid", { .string($0.uuidText()) }),
            ("uri", { .string("https://example.com/" + $0.text().addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!) }),
            ("int32", { .integer($0.int(in: Int(Int32.min)...Int(Int32.max))) }),
            ("int64", { $0.integerJSON() }),
            ("float", { .number(Double(Float($0.int(in: -1_000_000...1_000_000)) / 64)) }),
            ("double", { $0.numberJSON() }),
            ("byte", { .string(Data($0.array(0...12) { UInt8($0.int(in: 0...255)) }).base64EncodedString()) }),
        ])
    }

    mutating func animalMembers(petType: String) -> Members {
        [("petType", { _ in .string(petType) }), ("name", { $0.string() })]
    }

    mutating func catJSON(petType: String? = nil) -> JSONValue {
        let petType = petType ?? text()
        return object(required: animalMembers(petType: petType) + [("huntingSkill", { $0.enumText(["clueless", "lazy", "adventurous"]) })],
                      optional: [("indoor", { $0.boolean() })])
    }

    mutating func dogJSON(petType: String? = nil) -> JSONValue {
        let petType = petType ?? text()
        return object(required: animalMembers(petType: petType), optional: [("packSize", { .integer($0.int(in: 0...Int(Int32.max))) })])
    }

    /// A string enum's value: one the spec lists, or another (the enums are open).
    mutating func enumText(_ known: [String]) -> JSONValue {
        .string(bool(0.75) ? element(known) : text())
    }

    /// `Pet`, and the case its discriminator selects (0 cat, 1 dog).
    mutating func petJSON() -> (json: JSONValue, variant: Int) {
        bool() ? (catJSON(petType: "cat"), 0) : (dogJSON(petType: "dog"), 1)
    }

    /// `Position`, and its case (0 stake, 1 lend): the variants do not declare the discriminator.
    mutating func positionJSON() -> (json: JSONValue, variant: Int) {
        let variant = int(in: 0...1)
        var json = variant == 0 ? object(required: [], optional: [("validator", { $0.string() })]) : object(required: [], optional: [("amount", { $0.string() })])
        if case .object(var members) = json {
            members["chainDescriptor"] = .string(variant == 0 ? "ETH" : "SOL")
            json = .object(members)
        }
        return (json, variant)
    }

    static var destinationVariants: [ObjectVariant] {
        [
            ObjectVariant(required: ["type", "iban"], constants: ["type": "IBAN"], known: ["type", "iban"]),
            ObjectVariant(required: ["type", "iban"], constants: ["type": "SEPA"], known: ["type", "iban", "bic"]),
            ObjectVariant(required: [], constants: [:], known: ["accountNumber", "routingNumber", "bankName"]),
        ]
    }

    /// `Destination`, and the case it must decode as (0 IBAN, 1 SEPA, 2 wire, 3 string). An object
    /// made from one variant sometimes carries the properties of another as well (strings, so
    /// that both can decode it): the rule then picks the variant that knows more of them.
    mutating func destinationJSON() -> (json: JSONValue, variant: Int) {
        let wire: Members = [("accountNumber", { $0.string() }), ("routingNumber", { $0.string() }), ("bankName", { $0.string() })]
        let json: JSONValue
        switch int(in: 0...3) {
        case 0: json = object(required: [("type", { _ in .string("IBAN") }), ("iban", { $0.string() })], optional: bool() ? wire : [])
        case 1: json = object(required: [("type", { _ in .string("SEPA") }), ("iban", { $0.string() })], optional: [("bic", { $0.string() })] + (bool() ? wire : []))
        case 2: json = object(required: [], optional: wire)
        default: return (string(), 3)
        }
        guard case .object(let members) = json, let variant = expectedVariant(of: members, among: Self.destinationVariants) else {
            preconditionFailure("every object fits the wire transfer")
        }
        return (json, variant)
    }

    /// `StringOrObject` and its case (0 string, 1 object).
    mutating func stringOrObjectJSON() -> (json: JSONValue, variant: Int) {
        bool() ? (string(), 0) : (object(required: [("code", { $0.string() })]), 1)
    }

    mutating func orderJSON() -> JSONValue {
        object(required: [], optional: [
            ("id", { $0.string() }),
            ("shipping", {
                $0.object(required: [], optional: [
                    ("method", { $0.string() }),
                    ("address", { $0.object(required: [("city", { $0.string() })], optional: [("street", { $0.string() })]) }),
                ])
            }),
        ])
    }

    mutating func labelsJSON() -> JSONValue { .object(dictionary { $0.integerJSON() }) }

    /// `Bag`, and the case of its `choice` (0 string, 1 integer, nil when absent or `null`).
    mutating func bagJSON() -> (json: JSONValue, choice: Int?) {
        let choice = int(in: 0...3)
        let value: JSONValue? = switch choice {
        case 0: string()
        case 1: integerJSON()
        case 2: .null
        default: nil
        }
        var json = object(required: [], optional: [
            ("counts", { $0.labelsJSON() }),
            ("metadata", { .object($0.dictionary { $0.json() }) }),
            ("anything", { $0.json() }),
            ("count", { $0.bool() ? $0.integerJSON() : .null }),
        ])
        if let value, case .object(var members) = json {
            members["choice"] = value
            json = .object(members)
        }
        return (json, choice < 2 ? choice : nil)
    }

    mutating func treeJSON(depth: Int = 3) -> JSONValue {
        object(required: [("value", { $0.string() })], optional: depth == 0 ? [] : [("children", { .array($0.array(0...3) { $0.treeJSON(depth: depth - 1) }) })])
    }

    mutating func listJSON(depth: Int = 4) -> JSONValue {
        object(required: [("value", { $0.integerJSON() })], optional: depth == 0 ? [] : [("next", { $0.listJSON(depth: depth - 1) })])
    }

    mutating func partAJSON(depth: Int = 4) -> JSONValue {
        object(required: [], optional: [("name", { $0.string() })] + (depth == 0 ? [] : [
            ("b", { $0.object(required: [], optional: [("name", { $0.string() }), ("a", { $0.partAJSON(depth: depth - 1) })]) }),
        ] as Members))
    }

    mutating func statusJSON() -> JSONValue { enumText(["", "1d", "a-b", "ALL CAPS", "IN_PROGRESS"]) }

    mutating func priorityJSON() -> JSONValue { .integer(bool(0.75) ? element([-1, 0, 1, 2]) : integer()) }

    mutating func everythingJSON() -> JSONValue {
        object(required: [], optional: [
            ("profile", { $0.profileJSON() }),
            ("formats", { $0.formatsJSON() }),
            ("pets", { .array($0.array(0...3) { $0.petJSON().json }) }),
            ("owner", { $0.profileJSON() }),
            ("stringOrObject", { $0.stringOrObjectJSON().json }),
            ("color", { $0.enumText(["red", "green", "blue"]) }),
            ("order", { $0.orderJSON() }),
            ("labels", { $0.labelsJSON() }),
            ("bag", { $0.bagJSON().json }),
            ("tree", { $0.treeJSON(depth: 2) }),
            ("list", { $0.listJSON(depth: 2) }),
            ("partA", { $0.partAJSON(depth: 2) }),
            ("status", { $0.statusJSON() }),
            ("statuses", { .array($0.array(0...3) { $0.statusJSON() }) }),
            ("priority", { $0.priorityJSON() }),
        ])
    }

    /// `Fee` and its case (0 fixed, 1 bps): the shared members and the variant's, in one object.
    mutating func feeJSON() -> (json: JSONValue, variant: Int) {
        let variant = int(in: 0...1)
        let amount: Members = variant == 0
            ? [("amountType", { _ in .string("FIXED") }), ("amount", { $0.string() })]
            : [("amountType", { _ in .string("BPS") }), ("amount", { $0.numberJSON() })]
        return (object(required: [("feeType", { $0.enumText(["ORDER", "NETWORK"]) }), ("assetId", { $0.string() })] + amount), variant)
    }

    /// `BankDestination` (with `extra` members, for `Payout`) and its case (0 IBAN, 1 wire): an
    /// IBAN object fits both variants and knows more of the first's keys; a wire one has no IBAN.
    mutating func bankDestinationJSON(extra: Members = []) -> (json: JSONValue, variant: Int) {
        if bool() {
            return (object(required: [("type", { _ in .string("IBAN") }), ("iban", { $0.string() })], optional: extra), 0)
        }
        let wire: Members = [("accountNumber", { $0.string() }), ("routingNumber", { $0.string() }), ("bankName", { $0.string() })]
        return (object(required: [], optional: wire + extra), 1)
    }

    /// `Charge` and its case (0 card, 1 bank), chosen by `kind`.
    mutating func chargeJSON() -> (json: JSONValue, variant: Int) {
        let variant = int(in: 0...1)
        let members: Members = variant == 0
            ? [("kind", { _ in .string("card") }), ("last4", { $0.string() })]
            : [("kind", { _ in .string("bank") })]
        return (object(required: [("id", { $0.string() })] + members, optional: [("variant", { $0.string() })] + (variant == 1 ? [("iban", { $0.string() })] : [])), variant)
    }

    /// A file's bytes in JSON: Base64.
    mutating func base64JSON() -> JSONValue {
        .string(Data(array(0...12) { UInt8($0.int(in: 0...255)) }).base64EncodedString())
    }

    mutating func accountOwnerJSON() -> JSONValue {
        object(required: [("id", { $0.string() }), ("handle", { $0.string() })])
    }

    /// An account as a response has it: read-only members present, write-only ones perhaps not.
    mutating func accountJSON() -> JSONValue {
        object(
            required: [
                ("id", { $0.string() }), ("createdAt", { .string($0.dateTimeText()) }), ("name", { $0.string() }),
                ("owner", { $0.accountOwnerJSON() }),
            ],
            optional: [
                ("password", { $0.string() }), ("recoveryCode", { $0.string() }), ("email", { $0.string() }),
                ("region", { $0.string() }), ("delegates", { .array($0.array(0...2) { $0.accountOwnerJSON() }) }),
            ]
        )
    }
}
