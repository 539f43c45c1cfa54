import Testing
@testable import BackpropLanguage

/// What a hostile differential review against python3 + numpy 2.4 found, each against numpy's own
/// output (written down from python3 when the fix was made).
@Suite struct ReviewFindingTests {
    func run(_ lines: [String]) -> (texts: [String], errors: [Diagnostic]) {
        var session = Session()
        var texts: [String] = [], errors: [Diagnostic] = []
        for line in lines {
            let result = session.execute(line)
            texts += result.outputs.compactMap { output -> String? in
                switch output {
                case let .text(t), let .printed(t): return t
                case let .value(v): return ValueFormatter.printed(v, options: session.environment.printOptions)
                default: return nil
                }
            }
            errors += result.diagnostics.filter { $0.severity == .error }
        }
        return (texts, errors)
    }

    @Test func integersBeyondADoubleAreNumpysNotRoundedOrCrashing() {
        // numpy keeps int64 exactly and wraps around at 2**63 (its outputs, from python3).
        #expect(run(["np.array([2**62]) * 4"]).texts == ["[0]"])
        #expect(run(["print(np.sum(np.array([2**62, 2**62])))"]).texts == ["-9223372036854775808"])
        #expect(run(["np.array([3]) ** 40"]).texts == ["[-6289078614652622815]"])
        #expect(run(["np.square(np.array([3037000500]))"]).texts == ["[-9223372036709301616]"])
        #expect(run(["np.array([9007199254740993])"]).texts == ["[9007199254740993]"])
        #expect(run(["np.array([1e20]).astype(int)"]).texts == ["[-9223372036854775808]"])
        #expect(run(["x = np.arange(4)", "x[0] = 1e20"]).errors.first?.message.contains("too large") == true)
        #expect(run(["x = np.arange(4)", "x[0] = np.nan"]).errors.first?.message.contains("cannot convert float NaN to integer") == true)
        #expect(run(["np.array([np.nan, np.inf]).astype(int)"]).errors.count == 1)
        #expect(run(["x = np.arange(4)", "x[0] = 2.7", "x"]).texts == ["[2 1 2 3]"])
    }

    @Test func hugeEdgeItemsPrintAsNumpyDoes() {
        #expect(run(["np.set_printoptions(edgeitems=2**62, threshold=1)", "print(np.arange(5))"]).texts == ["[0 1 2 3 4]"])
    }

    @Test func aNumpyIntegerIndexRemovesTheAxis() {
        let setup = ["A = np.arange(6).reshape(2, 3)", "i = np.argmax(np.sum(A, axis=1))"]
        #expect(run(setup + ["A[i]"]).texts == ["[3 4 5]"])
        #expect(run(setup + ["A[i, 0]"]).texts == ["3"])
        #expect(run(["a = np.array([3, 1, 2])", "a[np.argmax(a)]"]).texts == ["3"])
    }

    @Test func onlyZeroDimensionalArraysBecomePythonNumbers() {
        #expect(run(["float(np.array([1.5]))"]).errors.first?.message.contains("only 0-dimensional arrays") == true)
        #expect(run(["int(np.ones((1, 1)))"]).errors.first?.message.contains("only 0-dimensional arrays") == true)
        #expect(run(["float(np.squeeze(np.array([[2.5]])))"]).texts == ["2.5"])
        #expect(run(["float(np.sum(np.ones((2, 2))))"]).texts == ["4.0"])
    }

    @Test func smallDifferencesFromNumpy() {
        #expect(run(["np.full(3, -0.0)"]).texts == ["[-0. -0. -0.]"])
        #expect(run(["np.round(np.array([15, 25]), -1)"]).texts == ["[20 20]"])
        #expect(run(["np.round(np.array([123]), -5)"]).texts == ["[0]"])
        #expect(run(["np.zeros(2, int)"]).texts == ["[0 0]"])
        #expect(run(["np.array([1, 2], float)"]).texts == ["[1. 2.]"])
        #expect(run(["np.sigmoid(1)"]).errors.first?.hint == "write sigmoid(...) without np.")
        #expect(run(["A = np.ones((2, 2))", "A[True]"]).errors.count == 1)
        #expect(run(["np.random.seed(np.array([3]))", "np.random.rand()"]).texts == ["0.5507979025745755"])
    }

    @Test func reprBreaksBeforeShapeWhereNumpyDoes() {
        let lines = ["np.random.seed(30)", "x = np.random.randn(30, 40) * 1e-6", "print((x, 1))"]
        let text = run(lines).texts.joined()
        #expect(text.hasSuffix("-4.82243225e-07]],\n      shape=(30, 40)), 1)"), "\(text.suffix(80))")
    }

    @Test func inPlaceOperatorsKeepTheTargetsShapeAndDtypeAsNumpyDoes() {
        // numpy: UFuncTypeError and "non-broadcastable output operand" (written down from python3).
        #expect(run(["a = np.array([1, 2, 3])", "a += 1.5"]).errors.first?.message
                == "a += …: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'")
        #expect(run(["t = np.array([True])", "t += 1"]).errors.first?.message.contains("to dtype('bool')") == true)
        let rankOne = run(["b = np.zeros((4, 1))", "b -= 0.01 * np.sum(np.ones((4, 3)), axis=1)"]).errors.first
        #expect(rankOne?.message == "b -= …: non-broadcastable output operand with shape (4, 1) doesn't match the broadcast shape (4, 4)")
        #expect(rankOne?.hint?.contains("rank-1") == true)
        #expect(run(["x = np.zeros((2, 1))", "x += np.ones((2, 3))"]).errors.first?.hint == nil)
        // a 0-d array is written in place too; a numpy scalar is immutable and is rebound
        #expect(run(["v = np.array(0.0)", "v += np.ones(3)"]).errors.first?.message
                == "v += …: non-broadcastable output operand with shape () doesn't match the broadcast shape (3,)")
        #expect(run(["s = np.float64(1.0)", "s += np.ones(3)", "s"]).texts == ["[2. 2. 2.]"])
        #expect(run(["k = np.array([1, 2])", "k += 1", "k"]).texts == ["[2 3]"])
        #expect(run(["f = np.array([1., 2.])", "f += np.array([1, 1])", "f"]).texts == ["[2. 3.]"])
        #expect(run(["W = np.ones((2, 2))", "W -= 0.5 * W", "W"]).texts == ["[[0.5 0.5]\n [0.5 0.5]]"])
    }

    /// A differential probe of issue 12's list against python3 found these (numpy's outputs).
    @Test func probeFindingsAreNumpys() {
        // Signed zeros: one-sided clip is np.maximum/np.minimum, whose tie gives the second operand; cumsum starts at its first element.
        #expect(run(["x = np.array([-2., -0., 3.])", "print(np.clip(x, 0, None), np.clip(x, None, 0))"]).texts == ["[0. 0. 3.] [-2.  0.  0.]"])
        #expect(run(["print(np.minimum(np.array([0., -0.]), np.array([-0., 0.])), np.minimum(0.0, -0.0))"]).texts == ["[-0.  0.] -0.0"])
        #expect(run(["print(np.cumsum(np.array([-0., -0.])))"]).texts == ["[-0. -0.]"])
        // A tuple index is one index per axis: np.where's result, M[(1, 2)].
        #expect(run(["a = np.array([3, -1, 4, -2])", "a[np.where(a < 0)] = 0", "print(a, a[np.where(a > 3)])"]).texts == ["[3 0 4 0] [4]"])
        #expect(run(["M = np.arange(6).reshape(2, 3)", "print(M[(1, 2)], M[np.where(M > 3)])"]).texts == ["5 [4 5]"])
        // A shape as a list; flatten's order; numbers alone make 0-d arrays in where and copy.
        #expect(run(["print(np.zeros([2, 3]).shape, np.ones([2]))"]).texts == ["(2, 3) [1. 1.]"])
        #expect(run(["M = np.array([[1, 2], [3, 4]])", "print(M.flatten('F'), M.T.ravel('K'), M.ravel(order='C'))"]).texts == ["[1 3 2 4] [1 2 3 4] [1 2 3 4]"])
        #expect(run(["print(repr(np.where(True, 1, 2)), repr(np.copy(3)), repr(np.copy(np.float64(-0.0))))"]).texts == ["array(1) array(3) array(-0.)"])
        #expect(run(["np.where(np.array(5))"]).errors.first?.message.contains("Calling nonzero on 0d arrays is not allowed") == true)
        #expect(run(["M = np.ones((2, 2))", "M.flatten('X')"]).errors.first?.message.contains("order must be one of 'C', 'F', 'A', or 'K'") == true)
        // log2, log10 and log1p at their pole divide by zero, as log does.
        var session = Session()
        let warnings = ["np.log2(0.)", "np.log10(np.array([0.]))", "np.log1p(np.array([-1.]))"].flatMap { session.execute($0).diagnostics.map(\.message).filter { $0.hasPrefix("RuntimeWarning") } }
        #expect(warnings == ["log2", "log10", "log1p"].map { "RuntimeWarning: divide by zero encountered in \($0)" })
        // Sums and products that overflow or add inf to -inf say so, as numpy's reduce and accumulate do.
        let reductions = ["np.sum(np.array([1e308, 1e308]))", "np.sum(np.array([np.inf, -np.inf]))", "np.cumsum(np.array([1e308, 1e308]))",
                          "np.prod(np.array([1e200, 1e200]))", "np.sum(np.array([np.inf, 1.0]))", "np.sum(np.array([np.nan, 1.0]))"]
            .map { session.execute($0).diagnostics.map(\.message).filter { $0.hasPrefix("RuntimeWarning") } }
        let quotient = session.execute("np.array([1e300]) // 1e-300").diagnostics.map(\.message).filter { $0.hasPrefix("RuntimeWarning") }
        #expect(quotient == ["RuntimeWarning: overflow encountered in floor_divide", "RuntimeWarning: invalid value encountered in floor_divide"])
        #expect(run(["np.reshape(np.arange(6), 2, 3)"]).errors.first?.message.contains("order must be str, not int") == true)
        #expect(run(["print(np.arange(6).reshape(2, 3).shape, np.reshape(np.arange(6), (3, 2)).shape)"]).texts == ["(2, 3) (3, 2)"])
        #expect(reductions == [["RuntimeWarning: overflow encountered in reduce"], ["RuntimeWarning: invalid value encountered in reduce"],
                               ["RuntimeWarning: overflow encountered in accumulate"], ["RuntimeWarning: overflow encountered in reduce"], [], []])
    }

    /// numpy's int8 and float16 results of bool operands, which Backprop does not have, are said.
    @Test func boolOperandsWithoutABoolLoopSayNumpysNarrowerDType() {
        var session = Session()
        _ = session.execute("b = np.array([True, False])")
        let int8 = session.execute("b // b").diagnostics.map(\.message)
        #expect(int8.contains { $0.contains("numpy makes b // b an int8 array") }, "\(int8)")
        let float16 = session.execute("np.tanh(b)").diagnostics.map(\.message)
        #expect(float16.contains { $0.contains("numpy computes np.tanh of a bool array in float16") }, "\(float16)")
        #expect(session.execute("np.abs(b) + np.tanh(b.astype(float))").diagnostics.isEmpty)
        // 0-d arrays: x[()] is the number, and axis 0 is the whole array.
        #expect(run(["z = np.array(5.)", "print(repr(z[()]), np.sum(z, axis=0), np.cumsum(z, axis=-1), np.arange(3)[()])"]).texts == ["np.float64(5.0) 5.0 [5.] [0 1 2]"])
    }

    @Test func anIndexIsEvaluatedOnce() {
        #expect(run(["n = [0]", "def f():\n    n.append(1)\n    return 1", "a = np.arange(3)", "print(a[f()], len(n))"]).texts == ["1 2"])
    }
}
