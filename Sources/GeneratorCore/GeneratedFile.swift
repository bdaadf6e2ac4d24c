// The one value type of the pipeline's stages that users of the core handle directly, named here so
// that they import GeneratorCore alone (the command-line tool writes these files).

import Rendering

/// A generated file: its name in the output folder and its text. Rendering makes it; this is the
/// same type.
public typealias GeneratedFile = Rendering.GeneratedFile
