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
        let shards = max(1, options.shards)
        guard shards > 1 else {
            var modelsFile = file("Models.swift", "models", imports: ["Foundation"])
            modelsFile.models = models
            var operationsFile = file("Operations.swift", "operations", imports: networking)
            operationsFile.operations = operations
            operationsFile.clientTypeName = client.typeName
            return files + [modelsFile, operationsFile]
        }
        // Declarations are spread over a fixed number of files by a hash of their names, so the
        // compiler can work on several files at once, the file set never depends on the spec, and a
        // declaration stays in its file as long as its name does. Each part holds both models and
        // operations: models cost the compiler far more per line, and the driver splits its work by
        // file count, so parts of one kind only would leave one core with most of the work.
        for index in 0..<shards {
            var part = file("Part\(index + 1).swift", "part", imports: networking)
            part.models = models.filter { Self.shard(of: $0.name, count: shards) == index }
            part.operations = operations.filter { Self.shard(of: $0.methodName, count: shards) == index }
            part.clientTypeName = client.typeName
            files.append(part)
        }
        return files
    }

    /// A stable shard for a name (FNV-1a, the same on every machine and run, unlike `Hasher`).
    static func shard(of name: String, count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return Int(hash % UInt32(count))
    }
}
