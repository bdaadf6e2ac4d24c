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

extension StageTiming {
    /// One line per stage, then the total (`timing: render          12.3 ms`).
    public static func lines(_ timings: [StageTiming]) -> [String] {
        let stages = timings.map { timing in
            "timing: " + timing.stage + String(repeating: " ", count: max(0, 14 - timing.stage.count)) + milliseconds(timing.seconds)
        }
        return stages + ["timing: total         " + milliseconds(timings.reduce(0) { $0 + $1.seconds })]
    }

    /// `12.3 ms`, right-aligned in 8 columns before the unit.
    private static func milliseconds(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10_000).rounded())
        let number = "\(tenths / 10).\(tenths % 10)"
        return String(repeating: " ", count: max(0, 8 - number.count)) + number + " ms"
    }
}
