@preconcurrency import Glibc
import Synchronization

/// How long one `repl` block of a replayed lesson may run. A lesson's blocks take well under a
/// second each; a block that runs on (`train 100000000`, a 20000² product) would make `replay`
/// never end, so past the budget the block stops and the replay fails at the line that ran over.
///
/// Commands that poll (`train`, `gradcheck`) see the budget as a Ctrl-C and stop between
/// iterations; for work that cannot be stopped midway the front end's watchdog reads `overrun`
/// and ends the process, naming the line.
public final class LessonBudget: Sendable {
    /// The default budget of a block, in seconds.
    public static let defaultSeconds = 30.0

    public let seconds: Double
    private let state = Mutex(State())

    struct State {
        var started: Double?
        var line: String?
    }

    public init(seconds: Double = LessonBudget.defaultSeconds) {
        self.seconds = seconds
    }

    /// `BACKPROP_BLOCK_SECONDS` when set to a positive number, else the default.
    public static func fromEnvironment() -> LessonBudget {
        if let text = getenv("BACKPROP_BLOCK_SECONDS").map({ String(cString: $0) }), let value = Double(text), value > 0 {
            return LessonBudget(seconds: value)
        }
        return LessonBudget()
    }

    static var now: Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    func startBlock() {
        state.withLock { $0.started = LessonBudget.now }
    }

    func finishBlock() {
        state.withLock { $0 = State() }
    }

    /// The line about to run, as `lessons/x.md:12: train 100`.
    func running(_ line: String) {
        state.withLock { $0.line = line }
    }

    /// True once the current block has run past the budget.
    public var isExceeded: Bool {
        state.withLock { state in state.started.map { LessonBudget.now - $0 > seconds } ?? false }
    }

    /// How far past the budget the current block is (seconds) and the line running, or nil
    /// while within it.
    public var overrun: (seconds: Double, line: String)? {
        state.withLock { state in
            guard let started = state.started, let line = state.line else { return nil }
            let over = LessonBudget.now - started - seconds
            return over > 0 ? (over, line) : nil
        }
    }
}

extension LessonBudget {
    /// `30 s`, `0.5 s`.
    static func describe(_ seconds: Double) -> String {
        (seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)) + " s"
    }
}
