import Testing
@testable import BackpropLanguage

/// A call with positional arguments goes through the function's quick form; the same call with
/// keywords goes through its body. Both must print the same value, dtype and shape, and give the
/// same warnings and errors.
@Suite struct QuickCallTests {
    static let setup = """
        np.random.seed(1)
        Z = np.random.randn(4, 5) * 3
        P = np.abs(np.random.randn(1, 5))
        N = np.array([[0.0, -1.0, 2.0]])
        I = np.array([[1, 2], [3, 4]])
        B = np.array([True, False])
        v = np.random.randn(5)
        W = np.random.randn(3, 4)
        """

    /// The printed value with its dtype and shape, then every diagnostic's message.
    func outcome(_ call: String) -> String {
        var session = Session()
        _ = session.execute(Self.setup)
        let result = session.execute("r = \(call)\nprint(repr(r), np.asarray(r).dtype, np.shape(r))")
        let printed = result.outputs.compactMap { if case let .printed(t) = $0 { return t } else { return nil } }
        return (printed + result.diagnostics.map(\.message)).joined(separator: "\n")
    }

    @Test func oneArgumentFunctionsGiveTheBodysResult() {
        for name in ["tanh", "exp", "log", "sqrt", "abs", "sign", "isnan", "floor", "square", "sigmoid", "relu"] {
            for argument in ["Z", "P", "N", "I", "B", "v", "0.5", "3", "Z.T", "Z[1:3, :]"] {
                let prefix = ["sigmoid", "relu"].contains(name) ? "" : "np."
                let quick = outcome("\(prefix)\(name)(\(argument))"), body = outcome("\(prefix)\(name)(x=\(argument))")
                #expect(quick == body, "\(name)(\(argument))")
                #expect(!quick.isEmpty)
            }
        }
    }

    @Test func twoArgumentFunctionsGiveTheBodysResult() {
        let pairs = [("Z", "Z"), ("Z", "P"), ("P", "Z"), ("N", "0.0"), ("1", "N"), ("I", "I"), ("I", "0.5"), ("B", "B"),
                     ("Z", "W"), ("v", "Z"), ("Z.T", "Z.T"), ("N", "2"), ("I", "-1")]
        for name in ["multiply", "add", "subtract", "divide", "power", "maximum", "minimum"] {
            for (a, b) in pairs {
                #expect(outcome("np.\(name)(\(a), \(b))") == outcome("np.\(name)(x1=\(a), x2=\(b))"), "np.\(name)(\(a), \(b))")
            }
        }
    }

    @Test func productsGiveTheBodysResult() {
        let pairs = [("W", "Z"), ("Z.T", "W.T"), ("W", "W"), ("I", "I"), ("Z", "v"), ("v", "v"), ("2.0", "W"), ("W[:, 1:3]", "I")]
        for name in ["dot", "matmul"] {
            for (a, b) in pairs {
                #expect(outcome("np.\(name)(\(a), \(b))") == outcome("np.\(name)(a=\(a), b=\(b))"), "np.\(name)(\(a), \(b))")
            }
        }
        // The quick product is the engine's: numpy's value, hand-checked.
        #expect(outcome("np.dot(np.array([[1.0, 2.0]]), np.array([[3.0], [4.0]]))").hasPrefix("array([[11.]]) float64 (1, 1)"))
    }
}
