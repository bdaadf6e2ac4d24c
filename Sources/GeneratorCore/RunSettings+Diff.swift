import Basics
import Diagnostics
import SpecDiff

/// What `diff` found, with both specs' warnings formatted as printed.
public struct DiffOutput: Sendable {
    public var report: ChangeReport
    public var messages: [String]
}

extension RunSettings {
    /// Compares the client of the spec these settings name with the client of the spec at
    /// `newPath`, read with the same settings (its `$ref`s read beside it, or under `refRoot`).
    /// The two are translated at the same time.
    public func diff(against newPath: String) throws(RunError) -> DiffOutput {
        var sources = [try SpecSource.read(spec), try SpecSource.read(newPath)]
        // Two specs with the same file name are told apart by their paths, in messages and report.
        if sources[0].displayName == sources[1].displayName {
            for index in sources.indices { sources[index].displayName = sources[index].path }
        }
        var newSettings = self
        newSettings.spec = newPath
        let roots = [referenceRoot, newSettings.referenceRoot]
        let config = self.config
        let runs = concurrentResults(2) { index in
            let source = sources[index]
            return Result { () throws(DiagnosticError) in
                try Generator.surface(spec: source.bytes, fileName: source.displayName, config: config, reader: source.reader(root: roots[index]))
            }
        }
        var surfaces: [Surface] = [], messages: [String] = [], failed = false
        for (source, run) in zip(sources, runs) {
            switch run {
            case .success(let run):
                surfaces.append(run.surface)
                messages += source.messages(run.diagnostics)
            case .failure(let error):
                failed = true
                messages += source.messages(error.diagnostics)
            }
        }
        if failed { throw RunError(messages: messages) }
        return DiffOutput(
            report: ChangeReport(from: surfaces[0], to: surfaces[1], oldName: sources[0].displayName, newName: sources[1].displayName),
            messages: messages
        )
    }
}
