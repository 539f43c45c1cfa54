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
        let expected = program.expectedOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let got = printed.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = zip(expected, got).enumerated().first(where: { !Self.agree(String($0.element.1), String($0.element.0), in: name) }) {
            Issue.record("\(name): line \(first.offset + 1) is \"\(first.element.1)\", CPython printed \"\(first.element.0)\"")
        } else if expected.count != got.count {
            Issue.record("\(name): \(got.count) lines, CPython printed \(expected.count)")
        }
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
