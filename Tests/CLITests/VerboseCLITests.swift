// `--verbose` prints the run's notes (the paginated operations) after its warnings.

import Foundation
import Testing

@Suite struct VerboseCLITests {
    @Test func verboseListsThePaginatedOperations() throws {
        let output = try temporaryFolder()
        let verbose = try run(["generate", "spec/swagger.yaml", "--output", output.path, "--verbose"])
        #expect(verbose.status == 0)
        #expect(verbose.stderr.hasPrefix(
            "spec/swagger.yaml:26:5: note: 'getConnectedAccountBalances' is paginated (detected): cursor parameter 'pageCursor', next cursor 'next', items 'data'\n"
        ))
        let quiet = try run(["generate", "spec/swagger.yaml", "--output", output.path])
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("note:"))
    }
}
