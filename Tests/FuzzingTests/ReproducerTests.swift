import Foundation
import Testing

@testable import FuzzChecks

/// Every input a fuzzer found a crash, hang or sanitizer report with (`.ci/fuzz.sh` copies them to
/// `Reproducers/<fuzzer>`), run through the check that fuzzer runs: each must now return, with the
/// located error the generator gives for it. The table lists the committed reproducers, so that a
/// missing file and a file no test runs both fail.
@Suite struct ReproducerTests {
    /// The reproducers of each fuzzer, by file name, with what each one was.
    static let expected: [String: [String]] = [
        "fuzz-yaml": [
            "empty",  // no bytes: libyaml asserts on a NULL input pointer (guarded before any finding)
        ],
        "fuzz-model": [],
        "fuzz-generate": [
            // 250 nested inline object schemas: a stack overflow in Translation on a worker thread;
            // the stages now run on threads with a large stack.
            "deep-inline-properties.yaml",
            // 200 schemas each allOf the next: 21 s (debug, ASan), 178 s for 400; now past the
            // reference depth limit (64), a located error at once.
            "long-allof-chain.yaml",
        ],
    ]

    /// What each fuzzer runs.
    static let checks: [String: @Sendable ([UInt8]) -> Void] = [
        "fuzz-yaml": FuzzChecks.yaml,
        "fuzz-model": FuzzChecks.model,
        "fuzz-generate": FuzzChecks.generate,
    ]

    struct Reproducer: Sendable, CustomTestStringConvertible {
        var fuzzer: String
        var file: String
        var testDescription: String { "\(fuzzer)/\(file)" }
    }

    static let all = expected.sorted { $0.key < $1.key }.flatMap { fuzzer, files in
        files.map { Reproducer(fuzzer: fuzzer, file: $0) }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reproducers")

    @Test func theFoldersHoldExactlyTheListedReproducers() throws {
        let fuzzers = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "README.md" }
        #expect(Set(fuzzers) == Set(Self.expected.keys))
        for (fuzzer, files) in Self.expected {
            let committed = try FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(fuzzer).path)
                .filter { !$0.hasPrefix(".") }
            #expect(committed.sorted() == files.sorted(), "Reproducers/\(fuzzer): update ReproducerTests.expected")
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: all)
    func theReproducerRunsToTheEnd(_ reproducer: Reproducer) throws {
        try Self.run(reproducer)
    }

    static func run(_ reproducer: Reproducer) throws {
        let url = folder.appendingPathComponent(reproducer.fuzzer).appendingPathComponent(reproducer.file)
        let bytes = try [UInt8](Data(contentsOf: url))
        let check = try #require(checks[reproducer.fuzzer])
        check(bytes)
    }

    /// Lines `#%file NAME` split one input into the root document and the files it refers to.
    @Test func anInputCarriesSeveralFiles() {
        let input = FuzzInput(Array("a: 1\n#%file common.yaml\nb: 2\n#%file x/y.yaml\n#%file common.yaml\nc: 3".utf8))
        #expect(String(decoding: input.root, as: UTF8.self) == "a: 1\n")
        #expect(input.files.mapValues { String(decoding: $0, as: UTF8.self) } == ["common.yaml": "b: 2\n", "x/y.yaml": ""])
        #expect(FuzzInput(Array("#%file a.yaml".utf8)).files == ["a.yaml": []])
        #expect(FuzzInput(Array("#%file a.yaml".utf8)).root.isEmpty)
    }
}
