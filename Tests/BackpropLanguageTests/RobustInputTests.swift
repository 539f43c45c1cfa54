import Testing
import MatrixEngine
@testable import BackpropLanguage

/// Inputs found by fuzzing the REPL: each once crashed it, hung it, or computed the wrong thing.
/// Every one must now give a clear error (or numpy's answer), and leave the session usable.
@Suite struct RobustInputTests {
    func failure(_ lines: String...) -> Diagnostic? { failure(lines) }

    @Test func longChainsAreRefusedBeforeTheyExhaustTheStack() {
        for line in ["1" + String(repeating: "+1", count: 20_000), "X" + String(repeating: ".T", count: 20_000),
                     String(repeating: "np.", count: 20_000) + "zeros(1)", "A" + String(repeating: "[:]", count: 20_000),
                     "1" + String(repeating: " and 1", count: 20_000), "2" + String(repeating: "**1", count: 20_000)] {
            let error = failure("X = [1 2]; A = X", line)
            #expect(error?.message.contains("split it over several lines") == true
                    || error?.message.contains("nests too deeply") == true, "\(line.prefix(20)): \(String(describing: error?.message))")
        }
        #expect(failure("1" + String(repeating: "+1", count: 999)) == nil)
    }

    @Test func hugeOrEndlessShapesAreRefused() {
        #expect(failure("np.zeros((0, 2**62))")?.message == "np.zeros: (0, 4611686018427387904) is too large (more than 400 million elements)")
        #expect(failure("np.zeros((2**62, 0))") != nil)
        #expect(failure("np.outer(np.ones((1, 30000)), np.ones((1, 30000)))")?.message.contains("too large") == true)
        #expect(failure("a = np.zeros((0, 300000000)); np.hstack((a, a))")?.message.contains("too large") == true)
    }

    @Test func longNamesAndManyArgumentsStayFast() {
        let clock = ContinuousClock()
        let start = clock.now
        #expect(failure(String(repeating: "a", count: 200_000))?.message.hasPrefix("name 'aaa") == true)
        #expect(failure("print(" + Array(repeating: "1", count: 20_000).joined(separator: ",") + ")") == nil)
        #expect(failure(Array(repeating: "x = 1", count: 20_000).joined(separator: "; ")) == nil)
        #expect(clock.now - start < .seconds(10), "each was quadratic: 13 s, 20 s and 76 s in a release build")
    }

    @Test func compoundAssignmentToAPartUsesThatPart() {
        var session = Session()
        _ = session.execute("Y = [1 2]; Y[0, ::-1] += np.array([10, 20]); X = [1 2; 3 4]; X[0] += 5; X[:, 1:] *= 2")
        #expect(session.matrix("Y")?.elements == [21, 12])
        #expect(session.matrix("X")?.elements == [6, 14, 3, 8])
    }

    @Test func bracketNamesCanBeAssigned() {
        var session = Session()
        _ = session.execute("W[1] = np.ones((4, 2)); W[1] -= 1; b[2] = 3")
        #expect(session.matrix("W1") == (try? Matrix.zeros(4, 2)))
        #expect(session.environment["b2"] == .integer(3))
        #expect(session.environment["W"] == nil)
    }

    @Test func strayWordsAfterStepperOptionsAreErrors() {
        let setup = ["data planar", "layer 2 tanh", "layer 1 sigmoid"]
        #expect(failure(setup + ["init random 2**10"])?.message == "unexpected '**'")
        #expect(failure(setup + ["init he 3"])?.message == "unexpected '3'")
        #expect(failure(setup + ["init random seed 1", "train 10 fast"])?.message == "unexpected 'fast'")
        #expect(failure(setup + ["init random seed 1", "train 20 every 10"]) == nil, "every without lr")
        #expect(failure(setup + ["init random seed 1", "train 20 every 10 lr 0.5"]) == nil)
    }

    /// `train 2 every 9223372036854775807` trapped converting the count; huge counts are refused.
    @Test func hugeIterationCountsAreRefused() {
        let setup = ["data planar", "layer 2 tanh", "layer 1 sigmoid", "init random seed 1"]
        #expect(failure(setup + ["train 2 every 9223372036854775807"])?.message == "every takes a whole number of iterations, from 1 to 1000000000")
        #expect(failure(setup + ["train 2 every 1e300"]) != nil)
        #expect(failure(setup + ["train 9223372036854775807"])?.message.hasPrefix("train runs at most 1000000000 iterations") == true)
    }

    @Test func comparisonsChainAsInPython() {
        var session = Session()
        _ = session.execute("a = 3 > 2 > 1; b = 1 < 2 < 2; c = 1 == 1 == 1")
        #expect(session.environment["a"] == .boolean(true))
        #expect(session.environment["b"] == .boolean(false))
        #expect(session.environment["c"] == .boolean(true))
        #expect(failure("X = [1 2 3]", "0 < X < 3")?.message.contains("ambiguous") == true, "as numpy: an array's truth value")
    }

    @Test func layerNamesWithoutLayersSaySo() {
        #expect(failure("cache[1]")?.message == "cache[1]: the network has no layers yet")
        #expect(failure("n[2]")?.message == "n[2]: the network has no layers yet")
    }

    @Test func indexCommasAreChecked() {
        #expect(failure("A = [1 2; 3 4]", "A[,0]")?.message == "expected an index or a slice, found ','")
        #expect(failure("A = [1 2; 3 4]", "A[0,,1]") != nil)
        #expect(failure("A = [1 2; 3 4]", "B = A[0,]") == nil, "a trailing comma, as numpy allows")
    }

    /// The first error of the last line, after checking that the session still works.
    func failure(_ lines: [String]) -> Diagnostic? {
        var session = Session()
        var last = ExecutionResult()
        for line in lines { last = session.execute(line) }
        #expect(session.execute("1 + 1").outputs == [.value(.integer(2))], "the session still works")
        return last.failed ? last.diagnostics.first : nil
    }
}
