import Testing
@testable import BackpropLanguage

/// The quick path for `+ - * /` on float arrays and Python numbers (Evaluator+FastArithmetic)
/// against CPython + numpy: the same values, the same memory order, the same warnings, and
/// the general path's rules where it steps aside (big ints, `%` by a negative, `/` by zero).
@Suite struct QuickArithmeticTests {
    /// Printed by python3 for the same program.
    static let program = """
import numpy as np
A = np.array([[1., 2.], [3., 4.]])
N = np.array([[1, 2], [3, 4]])
v = np.array([1., 2., 3.])
print(1 - A, A - 1, 2 * A, A / 4, 1.5 + N, N * 0.5, N / 2.0)
print(A.T - 1, (A.T * 2).T, A.T + A)
print(np.array([[1.], [2.]]) + v)
print(7 / 2, -7 % 3, 7 % 3, 2.5 * 4, 4 * 2.5, 1 / 400, -1 / 400 * 3)
print(2**62 + 2**62, 9007199254740993 / 1, 9007199254740993 * 1.0, 3 - 2**63 // 2**62)
print(0.1 + 0.2, 1e308 * 10, -0.0 * 1, 0 * -1.0, 5 % -3, -5 % 3)
print(A / 0)
print(np.array([1e308]) * 10)
print(np.array([np.inf]) - np.inf)
print(1 < 2.5, 2 == 2.0, 3 >= 4, 1.5 != 1.5)
print(np.float64(2.0) * A, A * np.float64(0.5))
s = np.sum(A)
print(1 / 4 * s, type(1 / 4 * s).__name__, type(A - 1).__name__)
"""

    static let cpythonOutput = """
[[ 0. -1.]
 [-2. -3.]] [[0. 1.]
 [2. 3.]] [[2. 4.]
 [6. 8.]] [[0.25 0.5 ]
 [0.75 1.  ]] [[2.5 3.5]
 [4.5 5.5]] [[0.5 1. ]
 [1.5 2. ]] [[0.5 1. ]
 [1.5 2. ]]
[[0. 2.]
 [1. 3.]] [[2. 4.]
 [6. 8.]] [[2. 5.]
 [5. 8.]]
[[2. 3. 4.]
 [3. 4. 5.]]
3.5 2 1 10.0 10.0 0.0025 -0.0075
9223372036854775808 9007199254740992.0 9007199254740992.0 1
0.30000000000000004 inf -0.0 -0.0 -1 1
[[inf inf]
 [inf inf]]
[inf]
[nan]
True True False False
[[2. 4.]
 [6. 8.]] [[0.5 1. ]
 [1.5 2. ]]
2.5 float64 ndarray
"""

    @Test func quickArithmeticPrintsWhatCPythonPrints() {
        let run = runPythonProgram(Self.program)
        #expect(run.errors.isEmpty, "\(run.errors)")
        expectPrintedLines(run.stdout, match: Self.cpythonOutput + "\n", of: "quick arithmetic")
    }

    @Test func quickArithmeticWarnsAsNumpyDoes() {
        var session = Session()
        let cases = [("A = np.ones((2, 2)) / 0", "RuntimeWarning: divide by zero encountered in divide"),
                     ("B = np.ones((1, 3)) * 1e308 * 10", "RuntimeWarning: overflow encountered in multiply"),
                     ("C = np.full((2, 1), np.inf) - np.inf", "RuntimeWarning: invalid value encountered in subtract"),
                     ("D = np.inf - np.ones((2, 2)) * np.inf", "RuntimeWarning: invalid value encountered in subtract")]
        for (line, warning) in cases {
            let result = session.execute(line)
            let messages = result.outputs.compactMap { output -> String? in
                if case let .diagnostic(d) = output, d.severity == .warning { return d.message }
                return nil
            }
            #expect(messages == [warning], "\(line)")
        }
    }

    /// Ints past 2**53 compare and divide exactly, as Python's do (their doubles round them).
    static let bigIntProgram = """
print(2**53 + 1 == 2**53, 2**53 + 1 <= 2**53, 2**53 < 2**53 + 1 < 2**53 + 2)
print(max(2**53, 2**53 + 1), min(2**53 + 1, 2**53), sorted([2**53 + 1, 2**53]))
print(9007199254740993 / 3, 7 / 9007199254740993, -9007199254740993 / 2, (2**62 + 1) / (2**62 - 1))
print(True / 2, 2**63 - 1 > 2**63 - 2, -2**63 < -2**63 + 1)
"""

    static let bigIntOutput = """
False False True
9007199254740993 9007199254740992 [9007199254740992, 9007199254740993]
3002399751580331.0 7.771561172376095e-16 -4503599627370496.0 1.0
0.5 True True
"""

    @Test func intsPastTwoToTheFiftyThirdCompareAndDivideAsPythonDoes() {
        let run = runPythonProgram(Self.bigIntProgram)
        #expect(run.errors.isEmpty, "\(run.errors)")
        expectPrintedLines(run.stdout, match: Self.bigIntOutput + "\n", of: "ints past 2**53")
    }

    /// Each division by zero in CPython 3.11's own words (python3 printed them).
    @Test func divisionByZeroOfPythonNumbersIsStillPythonsError() {
        let cases = [("1 / 0", "division by zero"), ("True / 0", "division by zero"), ("2.5 / 0", "float division by zero"),
                     ("1 / 0.0", "float division by zero"), ("1 // 0", "integer division or modulo by zero"),
                     ("2**70 // 0", "integer division or modulo by zero"), ("divmod(1, 0)", "integer division or modulo by zero"),
                     ("1.0 // 0", "float floor division by zero"), ("1 % 0", "integer modulo by zero"), ("1.0 % 0", "float modulo"),
                     ("0 ** -1", "0.0 cannot be raised to a negative power"), ("0.0 ** -1", "0.0 cannot be raised to a negative power")]
        for (line, message) in cases {
            let run = runPythonProgram("x = " + line)
            #expect(run.diagnostics.map(\.message) == [message], "\(line)")
        }
    }
}
