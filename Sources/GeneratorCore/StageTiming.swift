// How long each stage of a run took, for `generate --timings`.

/// The time one stage of a run took.
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var seconds: Double

    public init(stage: String, seconds: Double) {
        self.stage = stage
        self.seconds = seconds
    }

    /// The time since `start`, on the continuous clock.
    public init(stage: String, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        self.init(stage: stage, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}

/// Collects stage times as a run goes.
struct StageClock {
    private var last = ContinuousClock.now
    private(set) var timings: [StageTiming] = []

    /// Ends the current stage under `stage`.
    mutating func lap(_ stage: String) {
        timings.append(StageTiming(stage: stage, since: last))
        last = .now
    }
}
