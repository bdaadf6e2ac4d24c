import Basics
import Diagnostics

extension Translator {
    /// The component models and the client, built on all cores. From here on the translator's
    /// shared state (names, indirect properties) is only read: each task works on its own copy and
    /// its own diagnostics, which are merged in the order a sequential run would emit them (models
    /// in spec order, then the client).
    mutating func modelsAndClient() -> ([ModelContext], ClientContext) {
        // Schemas mapped to an existing type (`types`) get no declaration.
        let all = document.components.schemas.entries
        let options = options
        let entries = options.types.isEmpty ? all.indices.map { $0 } : all.indices.filter { options.types[all[$0].name] == nil }
        // Task 0 is the client (the largest); the others take equal runs of models.
        let modelTasks = entries.count < 64 ? 1 : 8
        let chunk = (entries.count + modelTasks - 1) / max(1, modelTasks)
        var base = self
        base.diagnostics = DiagnosticCollector()
        let translator = base
        let results = concurrentResults(modelTasks + 1) { task -> (models: [ModelContext], client: ClientContext?, diagnostics: [Diagnostic]) in
            var worker = translator
            if task == 0 {
                let client = worker.clientContext()
                return ([], client, worker.diagnostics.diagnostics)
            }
            let range = min(entries.count, (task - 1) * chunk)..<min(entries.count, task * chunk)
            let models = entries[range].map { index in worker.componentModel(name: all[index].name, schema: all[index].value) }
            return (models, nil, worker.diagnostics.diagnostics)
        }
        var models: [ModelContext] = []
        models.reserveCapacity(entries.count)
        for result in results.dropFirst() {
            models += result.models
            for diagnostic in result.diagnostics { diagnostics.emit(diagnostic) }
        }
        for diagnostic in results[0].diagnostics { diagnostics.emit(diagnostic) }
        return (models, results[0].client!)
    }
}
