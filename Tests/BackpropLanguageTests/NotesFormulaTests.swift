import Testing
import MatrixEngine
@testable import BackpropLanguage

/// Every formula of the notes' vectorised logistic regression and 2-layer backward pass, typed as
/// the notes write it, gives the values numpy gives (fixtures generated once with numpy).
@Suite struct NotesFormulaTests {
    @Test(arguments: NotesFormulaFixtures.programs.map(\.name))
    func programMatchesNumpy(_ name: String) throws {
        let program = try #require(NotesFormulaFixtures.programs.first { $0.name == name })
        var session = Session()
        for line in program.lines {
            let result = session.execute(line)
            #expect(!result.failed, "line failed: \(line) → \(result.diagnostics.map(\.message))")
        }
        for (variable, expected) in program.expected {
            let actual = try #require(session.environment[variable], "missing variable \(variable)")
            switch expected {
            case let .scalar(bits):
                let value = try #require(actual.scalar ?? actual.asMatrix.flatMap { $0.count == 1 ? $0.elements[0] : nil },
                                         "\(variable) should be a number, is \(actual.kindDescription)")
                #expect(close(value, Double(bitPattern: bits)), "\(variable): \(value) vs numpy \(Double(bitPattern: bits))")
            case let .matrix(rows, columns, bits):
                let matrix = try #require(actual.asMatrix)
                #expect(matrix.shape == Shape(rows, columns), "\(variable) shape \(matrix.shape) vs numpy (\(rows), \(columns))")
                for (a, b) in zip(matrix.elements, bits.map(Double.init(bitPattern:))) {
                    #expect(close(a, b), "\(variable): \(a) vs numpy \(b)")
                }
            }
        }
    }

    /// Summation order in products may differ from OpenBLAS in the last bits; nothing more.
    private func close(_ a: Double, _ b: Double) -> Bool {
        a == b || Swift.abs(a - b) <= 1e-13 * Swift.max(1, Swift.abs(b))
    }

    @Test func courseValuesOfPropagate() throws {
        // The course notebook prints these for propagate(w, b, X, Y) on the notes' example.
        var session = Session()
        for line in NotesFormulaFixtures.programs[0].lines.prefix(10) { _ = session.execute(line) }
        let cost = try #require(session.environment["cost"]?.number)
        #expect(Swift.abs(cost - 5.801545319394553) < 1e-12)
        let dw = try #require(session.environment["dw"]?.asMatrix)
        #expect(Swift.abs(dw[0, 0] - 0.99845601) < 1e-8 && Swift.abs(dw[1, 0] - 2.39507239) < 1e-8)
        let db = try #require(session.environment["db"]?.asMatrix)
        #expect(db.shape == Shape(1, 1) && Swift.abs(db[0, 0] - 0.00145557813678) < 1e-12)
    }
}
