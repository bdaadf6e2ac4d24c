// The few value types of the pipeline's stages that users of the core handle directly, named here
// so that they import GeneratorCore alone: the command-line tool writes `GeneratedFile`s and turns a
// `DiagnosticError` about its flags into a usage error. Each is the stage's own type, not a copy.

import Diagnostics
import Rendering
import SpecDiff

/// A generated file: its name in the output folder and its text (made by Rendering).
public typealias GeneratedFile = Rendering.GeneratedFile

/// Several diagnostics thrown together (see Diagnostics).
public typealias DiagnosticError = Diagnostics.DiagnosticError

/// What `diff` reports: the changes between two specs' clients, and how to print them (made by
/// SpecDiff).
public typealias ChangeReport = SpecDiff.ChangeReport
public typealias Change = SpecDiff.Change
public typealias Surface = SpecDiff.Surface
