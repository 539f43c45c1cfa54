import Testing
@testable import BackpropLanguage
import MatrixEngine

/// int64 values of 2**53 and more, which a Double cannot hold: numpy keeps them exactly to 2**63
/// and wraps around past it, and so must Backprop (programs and CPython's output in
/// ExactIntegerFixtures, from scripts/generate-exact-integer-fixtures.py).
@Suite struct ExactIntegerTests {
    static let names = ExactIntegerFixtures.programs.map(\.name)

    @Test(arguments: names)
    func printsWhatNumpyPrints(_ name: String) {
        guard let program = ExactIntegerFixtures.programs.first(where: { $0.name == name }) else { return }
        let (printed, errors, _) = runPythonProgram(program.source, name: "exact.py")
        #expect(errors.isEmpty, "\(name): \(errors.joined(separator: "\n"))")
        // The fixtures keep the output without its last line end.
        expectPrintedLines(printed.hasSuffix("\n") ? String(printed.dropLast()) : printed, match: program.expectedOutput, of: name)
    }

    /// An operation that works on the doubles only must refuse a result it rounded, never print
    /// wrong digits; the message says what to do.
    @Test func operationsWithoutExactValuesRefuseRatherThanRound() {
        // Backprop's own matrix literal is built from doubles.
        for line in ["x = [2**60 + 1 2; 3 4]", "print([2**60 + 1, 2; 3, 4])"] {
            let (printed, errors, _) = runPythonProgram("import numpy as np\n" + line)
            #expect(printed.isEmpty, "\(line): \(printed)")
            #expect(errors.count == 1 && errors[0].contains("2**53 or more"), "\(line): \(errors)")
        }
    }

    /// Beyond int64, numpy makes a uint64 or object array, or refuses: Backprop says why.
    @Test func integersBeyondInt64AreRefusedWithTheReason() {
        let (_, arrayErrors, _) = runPythonProgram("import numpy as np\nprint(np.array([2**63]))")
        #expect(arrayErrors.first?.contains("9223372036854775808 is beyond int64") == true, "\(arrayErrors)")
        let (_, scalarErrors, _) = runPythonProgram("import numpy as np\nprint(np.int64(2**63))")
        #expect(scalarErrors.first?.contains("OverflowError: Python int too large to convert to C long") == true, "\(scalarErrors)")
        for number in ["2.0**63", "1e19", "-1e19"] {
            let (_, errors, _) = runPythonProgram("import numpy as np\nprint(np.int64(\(number)))")
            #expect(errors.first?.contains("OverflowError: Python int too large to convert to C long") == true, "\(number): \(errors)")
        }
        let (_, assignErrors, _) = runPythonProgram("import numpy as np\nx = np.arange(3)\nx[0] = 1e19")
        #expect(assignErrors.first?.contains("Python int too large to convert to C long") == true, "\(assignErrors)")
    }

    /// The engine's exact values against a naive Int64 reference, on random values of every size.
    @Test func exactArithmeticMatchesInt64WrappingArithmetic() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let x = Int64.random(in: .min ... .max, using: &generator), y = Int64.random(in: -(1 << 40) ... (1 << 40), using: &generator)
            let a = NDArray.integers([x, y], shape: .vector(2)), b = NDArray.integers([y, x], shape: .vector(2))
            let sum = try NDArray.broadcastingIntegers(a, b, name: "+", dtype: .int64) { $0 &+ $1 }
            #expect(sum.integerElements == [x &+ y, y &+ x])
            #expect(sum.elements == [Double(x &+ y), Double(y &+ x)], "storage holds numpy's cast to float64")
            #expect(FloorDivision.integerQuotient(x, y == 0 ? 1 : y) == Int64((Double(x) / Double(y == 0 ? 1 : y)).rounded(.down))
                    || x.magnitude >= 1 << 53, "\(x) // \(y)")
            let r = FloorDivision.integerRemainder(x, y), q = FloorDivision.integerQuotient(x, y)
            if y != 0 { #expect(q &* y &+ r == x && (r == 0 || (r < 0) == (y < 0)), "\(x) divmod \(y)") }
        }
        #expect(FloorDivision.wrappingPower(3, 40) == -6_289_078_614_652_622_815)
        #expect(FloorDivision.integerQuotient(.min, -1) == .min)
        let transposed = NDArray.integers([1 << 60, 1, 2, 3, 4, (1 << 60) + 5], shape: .matrix(2, 3)).transposed
        #expect(transposed.integerElements == [1 << 60, 3, 1, 4, 2, (1 << 60) + 5])
        #expect(NDArray.integers([1, 2], shape: .vector(2)).exactIntegers == nil, "small values need no exact copy")
    }
}
