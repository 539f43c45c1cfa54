import Testing
@testable import BackpropLanguage

/// Thousands of random and malformed lines: each must give a value or an error, never a crash,
/// and an error must leave the session's variables as they were.
@Suite struct RandomInputTests {
    /// SplitMix64: a tiny deterministic generator so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let fragments = [
        "W1", "X", "b1", "m", "A", "np.", "np.sum(", "np.dot(", "sum", "(", ")", "[", "]", ",", ";", ":", "=", "==",
        "+", "-", "*", "/", "//", "%", "**", "@", ".T", ".shape", "[0]", "[:, 0:2]", "axis=1", "keepdims=True",
        "1", "0", "-1", "2.5", "1e-3", "1e400", "nan", "inf", "np.zeros((2, 3))", "np.random.randn(3, 2)",
        "np.log(", "np.exp(", "sigmoid(", "relu(", "[1 2; 3 4]", "[[1, 2]]", "'text'", "\"", "?", "help", "clear",
        "whos", "shape", " ", "  ", "np.random.seed(", "reshape(", "-", "#", "True", "None", ".reshape(-1, 1)", "é", "\t",
        "np.maximum(0, ", "np.linspace(0, 1, ", "X[", "]]", "[[", "@=", "-=", "2**64", "10**400", "np.random.randint(0, 5, (2, 2))",
    ]

    @Test func randomLinesNeverCrash() {
        var generator = Generator(state: 20261123)
        var session = Session()
        _ = session.execute("W1 = np.random.randn(3, 2); X = np.ones((2, 4)); b1 = np.zeros((3, 1)); m = 4; A = np.ones((1, 4))")
        var failures = 0, partial = 0
        for _ in 0..<5000 {
            let count = 1 + Int(generator.next() % 8)
            let line = (0..<count).map { _ in generator.pick(Self.fragments) }.joined()
            if line.hasPrefix("clear") || line.hasPrefix("whos") { continue }
            let before = session
            let result = session.execute(line)
            _ = OutputRenderer().render(result, line: line, options: session.environment.printOptions)
            if result.failed {
                failures += 1
                #expect(!result.diagnostics.isEmpty, "a failed line says why: \(line)")
                let expected = Self.sessionAfterSucceedingStatements(of: line, from: before)
                if expected.statementsRun > 0 { partial += 1 }
                if let difference = Self.difference(session, expected.session) {
                    Issue.record("after the failed line \(line.debugDescription): \(difference)")
                }
            }
        }
        #expect(failures > 1000, "the generator should produce plenty of malformed lines")
        #expect(partial >= 1, "lines whose later statement fails after an earlier one ran: \(partial)")
    }

    /// Several statements on a line: those before the failing one are kept, the failing one and
    /// the rest change nothing, and random numbers the failing one drew are not consumed.
    @Test func aFailedStatementKeepsTheOnesBeforeIt() throws {
        var session = Session()
        _ = session.execute("W1 = np.ones((4, 3))")
        let before = session
        let result = session.execute("q = 1; np.random.seed(1); r = np.random.randn(2, 2) @ W1; t = 5")
        #expect(result.failed)
        var expected = before
        _ = expected.execute("q = 1")
        _ = expected.execute("np.random.seed(1)")
        #expect(Self.difference(session, expected) == nil, "\(Self.difference(session, expected) ?? "")")
        #expect(session.environment["r"] == nil && session.environment["t"] == nil)
        // numpy: np.random.seed(1); np.random.randn() is 1.6243453636632417, the draw r never used.
        let next = session.execute("np.random.randn()")
        #expect(next.outputs.first.flatMap { if case let .value(v) = $0 { return v.scalar } else { return nil } } == 1.6243453636632417)
        // The check itself can fail: a session that moved differs.
        var moved = expected
        _ = moved.execute("np.random.rand()")
        #expect(Self.difference(moved, expected)?.hasPrefix("numpy's generator moved") == true)
        _ = moved.execute("q = 2")
        #expect(Self.difference(moved, expected)?.hasPrefix("q is ") == true)
    }

    /// What a failed line may leave behind: the effect of the statements before the one that
    /// failed (each statement is all or nothing; `a = 1; b = a @ 2` keeps a). Runs each
    /// statement's text on its own, from the session before the line, until one fails.
    static func sessionAfterSucceedingStatements(of line: String, from before: Session) -> (session: Session, statementsRun: Int) {
        let registry = before.commands
        guard let statements = try? Parser.parse(line, isCommand: { registry.lookUp($0) != nil }) else { return (before, 0) }
        var session = before
        var run = 0
        for statement in statements {
            var attempt = session
            let result = attempt.execute(statement.span.text(in: line))
            if result.failed { break }
            session = attempt
            run += 1
            if result.shouldExit || result.modeRequest != nil { break }
        }
        return (session, run)
    }

    /// Where two sessions differ: a variable (name or value, bit for bit), the print options,
    /// the network, or numpy's generator (the next draws). nil when they agree.
    static func difference(_ a: Session, _ b: Session) -> String? {
        if a.environment.variableNames != b.environment.variableNames {
            return "variables \(a.environment.variableNames) instead of \(b.environment.variableNames)"
        }
        for name in a.environment.variableNames {
            let x = a.environment[name]!, y = b.environment[name]!
            if !(x == y || String(reflecting: x) == String(reflecting: y)) { return "\(name) is \(x) instead of \(y)" }
        }
        if a.environment.printOptions != b.environment.printOptions { return "the print options changed" }
        if a.environment.network != b.environment.network { return "the network changed" }
        var ra = a.environment.random, rb = b.environment.random
        let drawsA = [ra.nextGaussian(), ra.nextDouble(), ra.nextGaussian()]
        let drawsB = [rb.nextGaussian(), rb.nextDouble(), rb.nextGaussian()]
        if drawsA != drawsB { return "numpy's generator moved: next draws \(drawsA) instead of \(drawsB)" }
        return nil
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        for opener in ["(", "[", "-", "np.exp(", "not "] {
            let line = String(repeating: opener, count: 100_000) + "1"
            #expect(run(line).result.failed, "\(opener) nested 100000 times")
        }
    }

    /// Character soup: most of it fails, and every failure says why and leaves the session as the
    /// statements before the failing one made it; some of it runs (a = 1, 2e3, ...).
    @Test func randomCharacterSoupNeverCrashes() {
        var generator = Generator(state: 7)
        let alphabet = Array("abXW1()[]{}.,;:=+-*/%@<>!?#'\" \t0123456789eE_npé")
        var session = Session()
        _ = session.execute("a = 1; b = np.ones((2, 2)); X = np.random.randn(2, 3); W1 = X.T")
        var failures = 0, successes = 0
        for _ in 0..<3000 {
            let length = Int(generator.next() % 24)
            let line = String((0..<length).map { _ in generator.pick(alphabet) })
            let before = session
            let result = session.execute(line)
            let shown = OutputRenderer().render(result, line: line, options: session.environment.printOptions)
            guard result.failed else { successes += 1; continue }
            failures += 1
            #expect(!result.diagnostics.isEmpty && shown.contains("error"), "a failed line says why: \(line.debugDescription) → \(shown)")
            let expected = Self.sessionAfterSucceedingStatements(of: line, from: before)
            if let difference = Self.difference(session, expected.session) {
                Issue.record("after the failed line \(line.debugDescription): \(difference)")
            }
        }
        #expect(failures > 1500, "\(failures) of 3000 failed")
        #expect(successes > 100, "\(successes) of 3000 ran (blank lines, comments, numbers, names)")
    }
}
