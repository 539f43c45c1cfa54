import Testing
@testable import BackpropLanguage

/// Every graded function of the three Course 1 assignments, with its helpers, test-case generator
/// and test cell (our own programs in Tests/Notebooks, written in the notebooks' style), run as
/// `backprop run file.py` runs them: what they print must be what CPython + numpy printed.
@Suite struct NotebookProgramTests {
    static let names = NotebookProgramFixtures.programs.map(\.name)

    @Test(arguments: names)
    func printsWhatCPythonPrints(_ name: String) {
        guard let program = NotebookProgramFixtures.programs.first(where: { $0.name == name }) else { return }
        let (printed, errors, _) = runPythonProgram(program.source, name: name + ".py")
        #expect(errors.isEmpty, "\(name): \(errors.joined(separator: "\n"))")
        expectPrintedLines(printed, match: program.expectedOutput, of: name) { Self.agree($0, $1, in: name) }
    }

    /// Programs that train for thousands of iterations: numpy's tanh, exp and dot differ from
    /// Backprop's in the last bit now and then, and ten thousand steps of gradient descent carry
    /// that into the eighth digit of the weights. Their numbers must agree to 1e-6 (relative);
    /// every other program's text must be identical.
    static let trainedForThousandsOfIterations: Set<String> = ["planar_07_nn_model"]

    static func agree(_ line: String, _ expected: String, in name: String) -> Bool {
        if line == expected { return true }
        guard trainedForThousandsOfIterations.contains(name) else { return false }
        func tokens(_ text: String) -> [Substring] { text.split(whereSeparator: { " []()=,".contains($0) }) }
        let (a, b) = (tokens(line), tokens(expected))
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) where x != y {
            guard let u = Double(x), let v = Double(y), abs(u - v) <= 1e-6 * max(abs(u), abs(v)) else { return false }
        }
        return true
    }
}
