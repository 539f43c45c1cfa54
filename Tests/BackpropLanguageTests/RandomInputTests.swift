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
        var failures = 0
        for _ in 0..<5000 {
            let count = 1 + Int(generator.next() % 8)
            let line = (0..<count).map { _ in generator.pick(Self.fragments) }.joined()
            if line.hasPrefix("clear") || line.hasPrefix("whos") { continue }
            let before = session.environment.variableNames
            let result = session.execute(line)
            _ = OutputRenderer().render(result, line: line, options: session.environment.printOptions)
            if result.failed {
                failures += 1
                // A failing single statement leaves every variable defined as before.
                if !line.contains(";") { #expect(session.environment.variableNames == before, "\(line)") }
            }
        }
        #expect(failures > 1000, "the generator should produce plenty of malformed lines")
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        for opener in ["(", "[", "-", "np.exp(", "not "] {
            let line = String(repeating: opener, count: 100_000) + "1"
            #expect(run(line).result.failed, "\(opener) nested 100000 times")
        }
    }

    @Test func randomCharacterSoupNeverCrashes() {
        var generator = Generator(state: 7)
        let alphabet = Array("abXW1()[]{}.,;:=+-*/%@<>!?#'\" \t0123456789eE_npé")
        var session = Session()
        for _ in 0..<3000 {
            let length = Int(generator.next() % 24)
            let line = String((0..<length).map { _ in generator.pick(alphabet) })
            let result = session.execute(line)
            _ = OutputRenderer().render(result, line: line, options: session.environment.printOptions)
        }
    }
}
