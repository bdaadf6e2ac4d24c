import OpenAPIModel

extension Translator {
    /// The output files (the set described on `Translator`), each declaration in its file.
    func layOut(models: [ModelContext], client: ClientContext) -> [FileContext] {
        var client = client
        let operations = client.operations
        client.operations = []
        let header = options.fileHeader
        let networking = ["Foundation", "HTTPTypes", "OpenAPIRuntime"]
        func file(_ name: String, _ template: String, imports: [String]) -> FileContext {
            let all = imports + options.imports.filter { !imports.contains($0) }
            return FileContext(fileName: name, template: template, header: header, imports: all, access: options.access, models: [], client: nil)
        }
        var clientFile = file("Client.swift", "client", imports: networking)
        clientFile.client = client
        var files = [clientFile, file("Support.swift", "support", imports: networking)]
        switch options.layout ?? .automatic(declarations: models.count + operations.count) {
        case .single:
            var modelsFile = file("Models.swift", "models", imports: ["Foundation"])
            modelsFile.models = models
            var operationsFile = file("Operations.swift", "operations", imports: networking)
            operationsFile.operations = operations
            operationsFile.clientTypeName = client.typeName
            return files + [modelsFile, operationsFile]
        case .letters:
            // Every group's file is written, empty or not: the file set is the layout's.
            let modelGroups = Dictionary(grouping: models) { OutputLayout.group(ofType: $0.name) }
            let operationGroups = Dictionary(grouping: operations) { OutputLayout.group(ofMethod: $0.methodName) }
            for group in OutputLayout.groups {
                var part = file(OutputLayout.file(group), "part", imports: networking)
                part.models = modelGroups[group] ?? []
                part.operations = operationGroups[group] ?? []
                part.clientTypeName = client.typeName
                files.append(part)
            }
            return files
        }
    }
}
