// Hand-written code next to the client the build plugin generates from openapi.yaml
// (ConnectedAccountsClient, named in openapi-swift-gen.yaml; Servers and the models too).

import OpenAPIRuntime

extension ConnectedAccountsClient {
    /// A client for Fireblocks' sandbox environment.
    public static func sandbox(transport: any ClientTransport, middlewares: [any ClientMiddleware] = []) -> ConnectedAccountsClient {
        ConnectedAccountsClient(serverURL: Servers.sandbox, transport: transport, middlewares: middlewares)
    }
}
