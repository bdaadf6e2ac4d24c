// Rendering the file contexts on all cores, in a way that keeps every core busy whatever the sizes
// of the files; the result never depends on which file finishes first.

import Basics
import Diagnostics
import Rendering
import Translation

extension Generator {
    /// Renders the files on all cores; the result does not depend on which finishes first.
    static func render(_ contexts: [FileContext], with renderer: Renderer) throws(DiagnosticError) -> [GeneratedFile] {
        // One file with most of the declarations (`Models.swift` in the `single` layout) would keep one
        // core busy long after the others are done: then the files render one after the other, each
        // cutting its long lists into runs for all cores. Files of similar sizes render side by side.
        let sizes = contexts.map { $0.models.count + $0.operations.count }
        if let largest = sizes.max(), largest * 2 > sizes.reduce(0, +) {
            // Rendering cuts each file's long lists into runs for all cores; normalising the layouts
            // (a pass over each whole text) is then done side by side.
            let raw = try contexts.map { context throws(DiagnosticError) in try renderer.renderUnnormalized(context, parallel: true) }
            let texts = concurrentResults(raw.count) { TextLayout.normalize(raw[$0]) }
            return contexts.indices.map { GeneratedFile(name: contexts[$0].fileName, contents: texts[$0]) }
        }
        // The largest files start first.
        let order = contexts.indices.sorted { sizes[$0] > sizes[$1] }
        let rendered = concurrentResults(order.count) { position in
            Result { () throws(DiagnosticError) -> GeneratedFile in try renderer.render(contexts[order[position]]) }
        }
        // Back in file order (which also decides which error is reported first).
        var byFile = [Result<GeneratedFile, DiagnosticError>?](repeating: nil, count: contexts.count)
        for (position, result) in rendered.enumerated() {
            byFile[order[position]] = result
        }
        return try byFile.map { result throws(DiagnosticError) in try result!.get() }
    }
}
