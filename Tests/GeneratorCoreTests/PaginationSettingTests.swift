// The `pagination` setting: a mapping of fields (or `false`) per operation in the file, the same
// entries as `operationId=cursor,next,items` flags, and how a run hands them to the pipeline.

import Diagnostics
import Foundation
import GeneratorCore
import Testing
import Translation

@Suite struct PaginationSettingTests {
    func parse(_ text: String) -> Result<ConfigFile, DiagnosticError> {
        Result { () throws(DiagnosticError) in try ConfigFile.parse(Array(text.utf8), file: "c.yaml") }
    }

    func errors(_ text: String) -> [String] {
        guard case .failure(let error) = parse(text) else { return [] }
        return error.diagnostics.map(\.description)
    }

    @Test func theFilesMappingsAreTheFlagsEntries() throws {
        let file = try parse("""
            pagination:
              listPets: {cursor: after, next: meta.nextAfter, items: pets}
              getAuditLogs: false
            """).get()
        let flags = try ConfigFile(flags: [("pagination", ["listPets=after,meta.nextAfter,pets", "getAuditLogs=false"])])
        #expect(file.pagination == ["listPets": "after,meta.nextAfter,pets", "getAuditLogs": "false"])
        #expect(file == flags)
    }

    @Test func aMappingNamesEveryFieldOnce() {
        #expect(errors("pagination: {listPets: {cursor: after, next: next}}") == [
            "c.yaml:1:24: error: 'pagination.listPets' must name cursor, next and items (missing: items)",
        ])
        #expect(errors("pagination: {listPets: {cursor: after, next: next, item: pets}}") == [
            "c.yaml:1:52: error: unknown key 'item' in 'pagination.listPets'; did you mean 'items'?",
        ])
        #expect(errors("pagination: {listPets: {cursor: 'a,b', next: next, items: pets}}") == [
            "c.yaml:1:33: error: 'pagination.listPets.cursor' must be a name without ',', not 'a,b'",
        ])
        #expect(errors("pagination: {listPets: true}") == [
            "c.yaml:1:24: error: 'pagination.listPets' must be false or the names cursor,next,items, not 'true'",
        ])
    }

    @Test func aRunHandsTheEntriesToThePipeline() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pagination-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("openapi-swift-gen.yaml")
        try Data("spec: api.yaml\npagination: {listPets: {cursor: after, next: meta.nextAfter, items: pets}}\n".utf8).write(to: config)
        let flags = try ConfigFile(flags: [("pagination", ["getAuditLogs=false"])])
        let settings = try RunSettings(flags: flags, configFile: config.path)
        #expect(settings.config.pagination == [
            "listPets": .fields(cursor: "after", next: "meta.nextAfter", items: "pets"),
            "getAuditLogs": .off,
        ])
    }
}
