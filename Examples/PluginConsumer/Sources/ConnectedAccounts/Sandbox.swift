// Hand-written code next to the client the build plugin generates from openapi.yaml (Client,
// Servers and the models come from the generated files).

import OpenAPIRuntime

extension Client {
    /// A client for Fireblocks' sandbox environment.
    public static func sandbox(transport: any ClientTransport, middlewares: [any ClientMiddleware] = []) -> Client {
        Client(serverURL: Servers.sandbox, transport: transport, middlewares: middlewares)
    }
}
