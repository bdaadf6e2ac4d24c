import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

/// Logs, once per operation and process, that an endpoint answered as beta or deprecated
/// (`Fireblocks-Lifecycle-State`), so a program learns of it without checking every output.
public struct FireblocksLifecycleLogger: ClientMiddleware {
    private let logger: Logger
    private let reported = ReportedOperations()

    /// - Parameter logger: Where the notices go, at `warning` level for a deprecated endpoint and
    ///   `notice` for the others.
    public init(logger: Logger = Logger(label: "fireblocks.lifecycle")) {
        self.logger = logger
    }

    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        if let lifecycle = FireblocksLifecycle(headerFields: response.headerFields), isFirstReport(of: operationID) {
            let level: Logger.Level = lifecycle.isDeprecated ? .warning : .notice
            logger.log(level: level, "\(operationID) is \(lifecycle)", metadata: ["operation": "\(operationID)", "state": "\(lifecycle.state)"])
        }
        return (response, responseBody)
    }

    private func isFirstReport(of operationID: String) -> Bool {
        reported.insert(operationID)
    }
}

/// The operations already reported, shared by every copy of the middleware.
private final class ReportedOperations: @unchecked Sendable {
    private let lock = NSLock()
    private var names: Set<String> = []

    /// `true` the first time `name` is inserted.
    func insert(_ name: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return names.insert(name).inserted
    }
}
