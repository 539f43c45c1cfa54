import Testing
import MatrixEngine
@testable import BackpropLanguage

@Suite struct ErrorMessageTests {
    @Test func productMismatchNamesTheFailingProductAndUnderlinesIt() {
        let (session, result, text) = run("W1 = np.zeros((4, 3)); X = np.zeros((2, 400)); b1 = np.zeros((4, 1))", "Z1 = W1 @ X + b1")
        #expect(result.failed)
        let error = result.diagnostics[0]
        #expect(error.message == "matrix product W1 @ X: W1 has 3 columns but X has 2 rows")
        #expect(error.span == SourceSpan(5, 11))
        #expect(text.contains("       ^^^^^^"))
        #expect(text.contains("W1 is (4, 3), X is (2, 400)"))
        #expect(session.environment["Z1"] == nil, "a failed assignment assigns nothing")
    }

    @Test func productMismatchSuggestsTheTranspose() {
        let (_, result, _) = run("dZ = np.zeros((4, 400)); A0 = np.zeros((3, 400))", "dW = dZ @ A0")
        #expect(result.diagnostics[0].hint?.contains("did you mean dZ @ A0.T?") == true)
        let dot = run("dZ = np.zeros((4, 400)); A0 = np.zeros((3, 400))", "dW = np.dot(dZ, A0)").result
        #expect(dot.diagnostics[0].message.contains("dZ @ A0"))
        #expect(dot.diagnostics[0].hint?.contains("A0.T") == true)
    }

    @Test func broadcastFailureShowsBothShapesAndTheRule() {
        let (_, result, text) = run("A = np.zeros((4, 3)); B = np.zeros((2, 5))", "C = A + B")
        #expect(result.diagnostics[0].message.contains("(4, 3) and (2, 5)"))
        #expect(text.contains("rule: numpy compares the shapes axis by axis"))
        let transposeFix = run("A = np.zeros((4, 3)); B = np.zeros((3, 4))", "A * B").result
        #expect(transposeFix.diagnostics[0].hint?.contains("B.T") == true)
        // A function's failure reads as the call: np.multiply(np.log(A2), Y), not "np.log(A2) np.multiply Y".
        let call = run("A2 = np.zeros((1, 3)); Y = np.zeros((1, 2))", "np.multiply(np.log(A2 + 1), Y)").result
        #expect(call.diagnostics[0].message.hasPrefix("operands could not be broadcast together in np.multiply(np.log(A2 + 1), Y): shapes (1, 3) and (1, 2)"),
                "\(call.diagnostics[0].message)")
        let hinted = run("A = np.zeros((4, 3)); B = np.zeros((3, 4))", "np.multiply(A, B)").result
        #expect(hinted.diagnostics[0].hint?.hasPrefix("did you mean np.multiply(A, B.T)?") == true, "\(String(describing: hinted.diagnostics[0].hint))")
    }

    @Test func transposeHintsNeverDoubleTheTransposeOrStretchBothOperands() {
        let double = run("W = np.zeros((4, 3)); Y = np.zeros((3, 2))", "W @ Y.T").result
        #expect(double.diagnostics[0].hint?.hasPrefix("did you mean W @ Y?") == true)
        let outer = run("[1 2 3] + [1 2]").result
        #expect(outer.diagnostics[0].hint == nil)
    }

    /// `A @ B.T` and `A.T @ B` read the transpose in place: same bits as the copied transpose,
    /// and a mismatch still reports the shapes as written (B.T's, not B's).
    @Test func transposedOperandProductsMatchTheCopiedTransposeAndReportTheWrittenShapes() {
        let setup = "np.random.seed(3); dZ = np.random.randn(4, 50); A = np.random.randn(3, 50); W = np.random.randn(4, 3)"
        let (session, _, _) = run(setup, "P = dZ @ A.T; Q = dZ @ (A.T + 0)", "R = W.T @ dZ; S = (W.T + 0) @ dZ",
                                  "U = A.T.T @ A.T; V = (A + 0) @ (A.T + 0)")
        #expect(session.matrix("P") == session.matrix("Q") && session.matrix("P")?.shape == Shape(4, 3))
        #expect(session.matrix("R") == session.matrix("S") && session.matrix("R")?.shape == Shape(3, 50))
        #expect(session.matrix("U") == session.matrix("V"))
        let (_, mismatch, mismatchText) = run(setup, "dZ @ W.T")
        #expect(mismatch.diagnostics.first?.message == "matrix product dZ @ W.T: dZ has 50 columns but W.T has 3 rows")
        #expect(mismatchText.contains("dZ is (4, 50), W.T is (3, 4)"), "\(mismatchText)")
        let leftText = run(setup, "W.T @ A").text
        #expect(leftText.contains("W.T is (3, 4), A is (3, 50)"), "\(leftText)")
        let dotText = run(setup, "np.dot(dZ, W.T)").text
        #expect(dotText.contains("dZ is (4, 50), W.T is (3, 4)"), "\(dotText)")
        let scalar = run(setup, "2 @ W.T").result
        #expect(scalar.diagnostics.first?.message.contains("is a number") == true)
    }

    @Test func indexingARowTwiceReachesTheElementAsInNumpy() {
        // numpy: A[0] is the rank-1 row (2,), and A[0][1] its element.
        let (_, result, _) = run("A = [1 2; 3 4]", "A[0][1]")
        #expect(result.outputs.last.map { if case let .value(v) = $0 { return v.number == 2 } else { return false } } == true)
        let outside = run("A = [1 2; 3 4]", "A[0][5]").result
        #expect(outside.diagnostics[0].message == "index 5 is out of range: A[0] has 2 elements on axis 0 (valid: 0 to 1, or -2 to -1)")
    }

    @Test func unknownNamesSuggestTheClosest() {
        let (_, result, _) = run("W1 = 1", "W2 + 1")
        #expect(result.diagnostics[0].message == "name 'W2' is not defined")
        #expect(result.diagnostics[0].hint == "did you mean 'W1'?")
        #expect(run("wohs").result.diagnostics[0].hint == "did you mean 'whos'?")
    }

    @Test func unsupportedNumpyFunctionIsNotAParseError() {
        let (_, result, _) = run("np.fft(3)")
        #expect(result.diagnostics[0].message == "np.fft is not supported by Backprop (yet)")
    }

    @Test func wrongArgumentsNameTheSignature() {
        let (_, result, _) = run("np.sum(1, axes=1)")
        #expect(result.diagnostics[0].message == "np.sum has no parameter 'axes'")
        #expect(result.diagnostics[0].hint?.contains("np.sum(a, axis=None, dtype=None, keepdims=False)") == true)
        let missing = run("np.dot(1)").result
        #expect(missing.diagnostics[0].message == "np.dot is missing its argument 'b'")
        // Arguments are evaluated straight into their places when binding cannot fail; the rest is
        // bound afterwards with the same messages.
        #expect(run("np.sum(np.ones((2, 2)), 1, axis=0)").result.diagnostics[0].message == "np.sum got two values for 'axis'")
        #expect(run("np.sum(np.ones((2, 2)), 1, None, None, False, 3)").result.diagnostics[0].message
                == "np.sum takes at most 4 positional arguments but more were given")
        #expect(run("np.dot(b=np.ones((1, 2)))").result.diagnostics[0].message == "np.dot is missing its argument 'a'")
        #expect(run("x = np.sum(keepdims=True, a=np.ones((2, 3)), axis=1)", "x.shape").text == "(2, 1)")
        #expect(run("x = np.ones((2, 3)).sum(keepdims=True, axis=0)", "x.shape").text == "(1, 3)")
    }

    /// Where both transposes fit, the one that gives the other operand's shape is offered first,
    /// through a negation or an element-wise function; alone, the smaller product is.
    @Test func aFailingProductOffersTheTransposeItsSurroundingsNeed() {
        let setup = "W = np.ones((5, 3)); X = np.ones((5, 3)); b = np.zeros((5, 5))"
        for (statement, first) in [("Z = W @ X + b", "W @ X.T"), ("Z = b - -(W @ X)", "W @ X.T"),
                                   ("Z = np.tanh(W @ X) + b", "W @ X.T"), ("Z = W @ X", "W.T @ X")] {
            let hint = run(setup, statement).result.diagnostics.first?.hint ?? ""
            #expect(hint.hasPrefix("did you mean \(first)?"), "\(statement): \(hint)")
        }
    }

    @Test func stateIsUnchangedAfterAnyError() {
        var session = Session()
        _ = session.execute("np.random.seed(1); W = np.ones((2, 2))")
        let before = session.environment
        let result = session.execute("W = np.random.randn(2, 2) @ np.ones((3, 3))")
        #expect(result.failed)
        #expect(session.environment["W"] == before["W"])
        // The failed statement drew random numbers; they must not have been consumed.
        _ = session.execute("a = np.random.randn(1, 1)")
        var fresh = Session()
        _ = fresh.execute("np.random.seed(1); a = np.random.randn(1, 1)")
        #expect(session.environment["a"] == fresh.environment["a"])
    }

    @Test func divisionByZeroOfScalarsIsAnError() {
        #expect(run("1 / 0").result.failed)
        #expect(!run("np.ones((1, 1)) / 0").result.failed)
    }

    @Test func scriptErrorsHaveFileLineColumn() {
        var session = Session()
        let result = session.execute("x = y + 1")
        let text = OutputRenderer().render(result, line: "x = y + 1", options: PrintOptions(), origin: .script(file: "demo.bp", lineNumber: 3))
        #expect(text.hasPrefix("demo.bp:3:5: error: name 'y' is not defined"))
    }
}
