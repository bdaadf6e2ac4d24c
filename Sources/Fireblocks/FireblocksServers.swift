// Fireblocks: what the generated balances client (FireblocksConnectedAccounts) needs to be used
// against the real service, written by hand: its servers, its lifecycle headers, and a client set
// up from the environment with request signing (FireblocksAuth).

import Foundation

/// The Fireblocks API's servers (each URL includes the `/v1` base path).
public enum FireblocksServers {
    /// The production workspace (US).
    public static let production = URL(string: "https://api.fireblocks.io/v1")!
    /// Sandbox workspaces.
    public static let sandbox = URL(string: "https://sandbox-api.fireblocks.io/v1")!
    /// Production workspaces hosted in the EU.
    public static let eu = URL(string: "https://eu-api.fireblocks.io/v1")!
    /// Production workspaces hosted in the second EU region.
    public static let eu2 = URL(string: "https://eu2-api.fireblocks.io/v1")!

    /// Every server, by the name the command line and configuration use.
    public static let byName: [(name: String, url: URL)] = [
        ("production", production), ("sandbox", sandbox), ("eu", eu), ("eu2", eu2),
    ]
}
