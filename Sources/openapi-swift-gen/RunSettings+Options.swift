import ArgumentParser
import GeneratorCore

extension RunSettings {
    /// The settings of the command line's options; a mistake in the configuration file or the
    /// templates is printed and exits with status 1.
    init(_ options: SpecOptions) throws {
        try self.init(options.settings, spec: options.spec)
    }

    /// The settings of the options, for the spec at `spec` (`nil`: the configuration file's).
    init(_ options: SettingOptions, spec: String?) throws {
        // `validate()` has checked the flags.
        let flags = try options.settings(spec: spec)
        self = try exitingOnFailure { () throws(RunError) in try RunSettings(flags: flags, configFile: options.config) }
        for message in messages { Console.print(message) }
        verbose = options.verbose
        // The tool exits as soon as the files are written.
        config.keepsIntermediates = true
    }
}

/// Runs a step of the core and prints its warnings; a failure's messages are printed and the tool
/// exits with status 1.
func reported(_ body: () throws(RunError) -> RunOutput) throws -> RunOutput {
    let output = try exitingOnFailure(body)
    for message in output.messages { Console.print(message) }
    return output
}

/// Runs `body`; a failure's messages are printed and the tool exits with status 1.
func exitingOnFailure<T>(_ body: () throws(RunError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        for message in error.messages { Console.print(message) }
        throw ExitCode(1)
    }
}

extension ArgumentHelp {
    /// The help of the flag that sets `key` (`ConfigFile.keys`).
    static func setting(_ key: String, valueName: String? = nil) -> ArgumentHelp {
        let help = ConfigFile.help(for: key)
        return ArgumentHelp(help.text, valueName: valueName ?? help.valueName)
    }
}
