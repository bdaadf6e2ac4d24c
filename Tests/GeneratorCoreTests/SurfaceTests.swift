import Foundation
import GeneratorCore
import SpecDiff
import Testing

/// The surface `generate` keeps beside the code: read back as written, and the directions that
/// decide what a property change breaks.
@Suite struct SurfaceTests {
    static let specs = ["spec/swagger.yaml", "spec/coverage.yaml", "spec/hostile/hostile.yaml"]

    @Test(arguments: specs)
    func theSurfaceFileReadsBackAsWritten(_ path: String) throws {
        let surface = try #require(try Generator.generate(spec: Array(try readText(path).utf8), fileName: "spec.yaml").surface)
        #expect(!surface.types.isEmpty && !surface.operations.isEmpty)
        #expect(Surface(json: Array(surface.json.utf8)) == surface)
    }

    /// The surface names what the code declares, not where: both layouts give the same file.
    @Test(arguments: specs)
    func theSurfaceDoesNotDependOnTheLayout(_ path: String) throws {
        let spec = Array(try readText(path).utf8)
        var config = GeneratorConfig()
        config.layout = .single
        let single = try #require(try Generator.generate(spec: spec, fileName: "spec.yaml", config: config).surface)
        config.layout = .letters
        let letters = try #require(try Generator.generate(spec: spec, fileName: "spec.yaml", config: config).surface)
        #expect(single.json == letters.json)
    }

    @Test func aFileOfAnotherVersionOrNotASurfaceIsNotRead() throws {
        let surface = try #require(try Generator.generate(spec: Array(try readText("spec/swagger.yaml").utf8), fileName: "s.yaml").surface)
        let other = surface.json.replacingOccurrences(of: "\"version\": \(Surface.fileVersion),", with: "\"version\": 999,")
        #expect(Surface(json: Array(other.utf8)) == nil)
        #expect(Surface(json: Array("{}".utf8)) == nil)
        #expect(Surface(json: Array("not json".utf8)) == nil)
    }

    @Test func typesAreSentOrReceivedByWhatReachesThem() throws {
        let surface = try #require(try Generator.generate(spec: Array(try readText("spec/coverage.yaml").utf8), fileName: "c.yaml").surface)
        let directions = surface.directions
        // Every type an argument reaches is sent; every type an output or error reaches is received.
        for operation in surface.operations {
            for parameter in operation.parameters {
                for name in Surface.typeNames(in: parameter.type, scope: "", known: Set(surface.types.map(\.name))) {
                    #expect(directions.sent.contains(name), "\(operation.methodName): \(name)")
                }
            }
            for name in Surface.typeNames(in: operation.output, scope: "", known: Set(surface.types.map(\.name))) {
                #expect(directions.received.contains(name), "\(operation.methodName): \(name)")
            }
        }
        #expect(!directions.sent.isEmpty && !directions.received.isEmpty)
    }

    @Test func namesInATypeResolveInnermostFirst() {
        let types: Set = ["Pet", "Pet.Status", "Status", "Owner"]
        #expect(Surface.typeNames(in: "[String: Status]?", scope: "Pet", known: types) == ["Pet.Status"])
        #expect(Surface.typeNames(in: "[Status]", scope: "Owner", known: types) == ["Status"])
        #expect(Surface.typeNames(in: "Pet.Status", scope: "", known: types) == ["Pet.Status"])
        #expect(Surface.typeNames(in: "String", scope: "", known: types) == [])
    }
}
