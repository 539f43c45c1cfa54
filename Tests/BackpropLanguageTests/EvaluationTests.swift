import Testing
import MatrixEngine
@testable import BackpropLanguage

@Suite struct EvaluationTests {
    @Test func scalarsFollowPython() {
        #expect(run("7 // 2").result.outputs == [.value(.integer(3))])
        #expect(run("-7 // 2").result.outputs == [.value(.integer(-4))])
        #expect(run("-7 % 3").result.outputs == [.value(.integer(2))])
        #expect(run("1 / 4").result.outputs == [.value(.float(0.25))])
        #expect(run("2 ** 10").result.outputs == [.value(.integer(1024))])
        #expect(run("2 ** -1").result.outputs == [.value(.float(0.5))])
        #expect(run("-2 ** 2").result.outputs == [.value(.integer(-4))])
        #expect(run("2 ** 100").text == "1267650600228229401496703205376")  // Python's int has no limit
        #expect(run("3 > 2").result.outputs == [.value(.boolean(true))])
        #expect(run("True + 1").result.outputs == [.value(.integer(2))])
    }

    @Test func assignmentPrintsNothingAndNameShowsValue() {
        let (_, result, _) = run("W1 = np.zeros((2, 1))")
        #expect(result.outputs.isEmpty)
        let shown = run("W1 = np.zeros((2, 1))", "W1")
        #expect(shown.text == "[[0.]\n [0.]]  (2, 1)")
        #expect(run("W1 = np.zeros((2, 1))", "W1;").result.outputs.isEmpty)
    }

    @Test func shapesAndIndexing() {
        let (session, _, _) = run("X = [1 2 -1; 3 4 -3.2]", "m = X.shape[1]", "r = X[1, 2]", "c = X[:, 0:2]", "last = X[-1]")
        #expect(session.environment["m"] == .integer(3))
        // numpy: an element is the numpy scalar np.float64(-3.2), not a Python float.
        #expect(session.environment["r"]?.number == -3.2)
        #expect(session.environment["r"]?.asArray?.isNumpyScalar == true)
        #expect(session.environment["r"].map { ValueFormatter.representation($0, options: PrintOptions()) } == "np.float64(-3.2)")
        #expect(session.matrix("c")?.rowArrays == [[1, 2], [3, 4]])
        #expect(session.matrix("last")?.rowArrays == [[3, 4, -3.2]])
    }

    @Test func columnIndexGivesARowWithANote() {
        let (session, result, _) = run("X = [1 2; 3 4]", "col = X[:, 0]")
        #expect(session.matrix("col")?.shape == Shape(1, 2))
        #expect(result.diagnostics.first?.severity == .warning)
    }

    @Test func sumWithoutKeepdimsWarnsAndGivesARow() {
        let (session, result, text) = run("dZ = np.ones((4, 3))", "db = np.sum(dZ, axis=1)")
        #expect(session.matrix("db")?.shape == Shape(1, 4))
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(text.contains("keepdims=True"))
        let kept = run("dZ = np.ones((4, 3))", "db = np.sum(dZ, axis=1, keepdims=true)")
        #expect(kept.session.matrix("db")?.shape == Shape(4, 1))
        #expect(kept.result.diagnostics.isEmpty)
    }

    @Test func rankOneShapeBecomesRowWithNote() {
        let (session, result, _) = run("a = np.random.randn(5)")
        #expect(session.matrix("a")?.shape == Shape(1, 5))
        #expect(result.diagnostics.first?.message.contains("rank-1") == true)
    }

    @Test func flatListInArrayGetsTheRankOneNote() {
        let flat = run("a = np.array([1, 2, 3])")
        #expect(flat.session.matrix("a")?.shape == Shape(1, 3))
        #expect(flat.result.diagnostics.first?.message.contains("rank-1") == true)
        #expect(run("a = np.array([[1, 2, 3]])").result.diagnostics.isEmpty)
        #expect(run("a = np.array([[1], [2]])").result.diagnostics.isEmpty)
    }

    @Test func methodsMatchFunctions() {
        let (session, _, _) = run("A = [1 2; 3 4]", "s = A.sum(axis=0)", "r = A.reshape(1, -1)", "t = A.T", "d = A.dot(A)")
        #expect(session.matrix("s")?.rowArrays == [[4, 6]])
        #expect(session.matrix("r")?.rowArrays == [[1, 2, 3, 4]])
        #expect(session.matrix("t")?.rowArrays == [[1, 3], [2, 4]])
        #expect(session.matrix("d")?.rowArrays == [[7, 10], [15, 22]])
    }

    @Test func compoundAndIndexedAssignment() {
        let (session, _, _) = run("W = np.ones((2, 2))", "W -= 0.5 * W", "W[0, :] = 7")
        #expect(session.matrix("W")?.rowArrays == [[7, 7], [0.5, 0.5]])
    }

    @Test func prefixIsOptional() {
        let a = run("np.random.seed(1)", "x = np.random.randn(2, 2)").session.matrix("x")
        let b = run("seed(1)", "x = randn(2, 2)").session.matrix("x")
        #expect(a != nil && a == b)
        #expect(run("np.sum(ones((2, 2)))").text == "4.0")
        // A bare sum is Python's, which adds a matrix's rows (python3: sum(np.ones((2, 2))) is array([2., 2.])).
        #expect(run("sum(ones((2, 2)))").text == "[2. 2.]  (2,)")
    }

    @Test func tuplesPrintLikePython() {
        #expect(run("X = np.zeros((2, 400))", "X.shape").text == "(2, 400)")
        #expect(run("(3,)").text == "(3,)")
    }

    @Test func printWritesValues() {
        #expect(run("print(\"cost:\", 0.5)").text == "cost: 0.5")
    }

    @Test func randomDrawsInsideArgumentsAreKept() {
        // numpy: seed(1); abs(randn()) twice gives 1.62434536 then 0.61175641.
        let (session, _, _) = run("np.random.seed(1)", "a = np.abs(np.random.randn(1, 1))", "b = np.abs(np.random.randn(1, 1))")
        #expect(session.matrix("a")?.elements == [1.6243453636632417])
        #expect(session.matrix("b")?.elements == [0.6117564136500754])
        let scalar = run("np.random.seed(0)", "x = float(np.random.rand())", "y = np.random.rand()").session
        #expect(scalar.environment["x"] == .float(0.5488135039273248))
        #expect(scalar.environment["y"] == .float(0.7151893663724195))
    }

    @Test func argmaxTakesKeepdims() {
        let (session, _, _) = run("A = [1 5 9; 7 2 3]", "i = np.argmax(A, axis=1, keepdims=True)")
        #expect(session.matrix("i")?.rowArrays == [[2], [0]])
    }

    @Test func stackingTakesAListOfMatrices() {
        let (session, _, _) = run("A = np.ones((1, 3))", "V = np.vstack([A, 2 * A])", "H = np.concatenate([A, A], axis=1)")
        #expect(session.matrix("V")?.shape == Shape(2, 3))
        #expect(session.matrix("H")?.shape == Shape(1, 6))
    }

    @Test func moduloZeroTakesTheDivisorsSign() {
        let (session, _, _) = run("r = [-4 4] % 4")
        #expect(session.matrix("r")?.elements.map(\.sign) == [.plus, .plus])
    }

    @Test func nanAndInfPropagate() {
        let (session, result, _) = run("a = np.log([0 1 -1])")
        #expect(!result.failed)
        let a = session.matrix("a")!
        #expect(a[0, 0] == -.infinity && a[0, 1] == 0 && a[0, 2].isNaN)
    }
}

/// `np.dot(A, B.T)` reads the transposed operand in place, as `@` does: the same values as the
/// product of a materialised transpose, and the usual results when the operands are not two matrices.
@Suite struct TransposedDotTests {
    @Test func theFusedProductIsTheProductOfTheCopiedTranspose() {
        let (stdout, errors, _) = runPythonProgram("""
        np.random.seed(3)
        A = np.random.randn(7, 33)
        B = np.random.randn(5, 33)
        C = np.random.randn(7, 5)
        print(np.array_equal(np.dot(A, B.T), np.dot(A, np.array(B.T))))
        print(np.array_equal(np.dot(A.T, C), np.dot(np.array(A.T), C)))
        print(np.array_equal(np.matmul(C.T, A), np.matmul(np.array(C.T), A)))
        v = np.array([1., 2., 3.])
        print(np.dot(v.T, v), np.dot(2, C.T).shape, np.dot(v, np.ones((3, 2)).T.T).shape)
        """)
        #expect(errors.isEmpty, "\(errors)")
        #expect(stdout == "True\nTrue\nTrue\n14.0 (5, 7) (2,)\n", "\(stdout)")
    }
}
