import Testing
import MatrixEngine
@testable import BackpropLanguage

/// Messages that must say what is true: a float is a float, a function is named once, a NUL
/// byte is shown rather than cutting the line, and a matrix that does not fit in memory is an
/// error before anything is allocated.
@Suite struct TruthfulMessageTests {
    @Test(arguments: [("randn(1e9, 1)", "np.random.randn: a dimension must be an integer, got a float (1000000000.0)", "write 1000000000"),
                      ("ones((1e5, 1e5))", "np.ones: a dimension must be an integer, got a float (100000.0)", "write 100000"),
                      ("np.zeros((2.5, 1))", "np.zeros: a dimension must be an integer, got a float (2.5)", "usage: np.zeros")])
    func aFloatDimensionIsCalledAFloat(line: String, message: String, hint: String) {
        let diagnostic = run(line).result.diagnostics.first
        #expect(diagnostic?.message == message)
        #expect(diagnostic?.hint?.contains(hint) == true, "\(String(describing: diagnostic?.hint))")
    }

    @Test(arguments: [("np.random.randn(100000, 100000)", "np.random.randn: (100000, 100000) is too large"),
                      ("np.random.rand(100000, 100000)", "np.random.rand: (100000, 100000) is too large"),
                      ("np.random.randint(0, 2, (100000, 100000))", "np.random.randint: (100000, 100000) is too large"),
                      ("np.outer(ones((30000, 1)), ones((30000, 1)))", "np.outer: (30000, 30000) is too large")])
    func theFunctionIsNamedOnce(line: String, prefix: String) {
        let message = run(line).result.diagnostics.first?.message ?? ""
        #expect(message.hasPrefix(prefix), "\(message)")
        for engineName in ["randn: ", "rand: ", "randint: ", "matmul: ", "matrix: "] {
            #expect(!message.contains(": " + engineName), "a doubled prefix in \(message)")
        }
    }

    @Test func aNulByteIsShownAsAnEscapeWithTheUnderlineInPlace() {
        let line = "x = 1\u{0} + 2"
        let text = run(line).text
        #expect(text == "error: unexpected character '\\0' (a NUL byte)\n  x = 1\\0 + 2\n       ^^", "\(text.debugDescription)")
        #expect(!text.contains("\u{0}"))
        let script = OutputRenderer().render(run(line).result, line: line, options: PrintOptions(), origin: .script(file: "a.bp", lineNumber: 3))
        #expect(script.hasPrefix("a.bp:3:6: error: unexpected character '\\0'"))
        #expect(DiagnosticRenderer.visible("a\u{1B}[31mb\u{7F}") == "a\\x1b[31mb\\x7f", "escape sequences cannot drive the terminal")
    }

    @Test func printShowsAStringWhole() {
        let result = run("print('a\u{0}b')")
        #expect(result.text == "a\u{0}b")
    }

    @Test func aMatrixThatCannotFitIsAnErrorBeforeItIsAllocated() throws {
        // Far beyond any machine: refused by the budget, whatever the limits here.
        #expect(throws: MatrixError.self) { try MemoryBudget.check(bytes: 1 << 60, what: "a huge matrix", operation: "zeros") }
        #expect(MemoryBudget.headroom() != nil, "Linux tells what is available")
        // Small matrices are never checked (and never refused).
        try MemoryBudget.check(bytes: 1 << 20, what: "a small matrix", operation: "zeros")
        #expect(MemoryBudget.describe(3_200_000_000) == "3.2 GB" && MemoryBudget.describe(512_000_000) == "512 MB")
    }
}
