import MatrixEngine
import Testing
@testable import BackpropLanguage

/// The bugs the numpy oracle found and the forms numpy refuses, each against numpy's own value
/// (numpy 2.4.6, written down from python3 when the test was made).
@Suite struct NumpyFidelityTests {
    /// What `print(expression)` shows after `setup`.
    func printed(_ expression: String, after setup: String = "") -> String {
        var session = Session()
        if !setup.isEmpty { _ = session.execute(setup) }
        let result = session.execute("print(\(expression))")
        return result.outputs.compactMap { if case let .printed(t) = $0 { return t } else { return nil } }.joined(separator: "\n")
    }

    func failure(_ line: String) -> Diagnostic? {
        var session = Session()
        return session.execute(line).diagnostics.first { $0.severity == .error }
    }

    @Test func floorDivisionAndRemainderAgreeAsDivmodDoes() {
        #expect(printed("1.0 // 0.001") == "999.0")  // floor(1.0 / 0.001) would be 1000.0
        #expect(printed("1.0 % 0.001") == "0.0009999999999999792")
        #expect(printed("-5.0 // np.inf") == "-1.0")
        #expect(printed("-5.0 % np.inf") == "inf")
        #expect(printed("np.inf // 3") == "nan")
        #expect(printed("np.array([7, -7, 7, -7]) // np.array([2, 2, -2, -2])") == "[ 3 -4 -4  3]")
        #expect(printed("np.array([7, -7, 7, -7]) % np.array([2, 2, -2, -2])") == "[ 1  1 -1 -1]")
    }

    @Test func integerLiteralsKeepEveryDigit() {
        #expect(printed("123456789012345678") == "123456789012345678")
        #expect(printed("9223372036854775807") == "9223372036854775807")
        #expect(printed("-9223372036854775807 - 1") == "-9223372036854775808")
    }

    @Test func randintReadsFloatBoundsAsNumpyDoes() {
        // np.random.seed(0); np.random.randint(0, 2.5, size=10)
        #expect(printed("np.random.randint(0, 2.5, size=10)", after: "np.random.seed(0)") == "[0 1 1 0 1 1 1 1 1 1]")
        #expect(printed("np.random.randint(0, 3, size=0)") == "[]")
        #expect(printed("np.random.randn(0).shape") == "(0,)")
        // np.random.seed(0); print(np.random.randint(2**63 - 6, 2**63), np.random.randint(2**63), np.random.randint(-2**63, -2**63 + 2))
        let extremes = "np.random.randint(2**63 - 6, 2**63), np.random.randint(2**63), np.random.randint(-2**63, -2**63 + 2)"
        #expect(printed(extremes, after: "np.random.seed(0)") == "9223372036854775806 1712680880219530869 -9223372036854775808")
        #expect(failure("np.random.randint(0, 2**63 + 1)")?.message == "np.random.randint: high is out of bounds for int64")
        // np.random.seed(0); np.random.randint(0, 2.0**63): a float bound up to 2**63 is int64's
        #expect(printed("np.random.randint(0, 2.0**63)", after: "np.random.seed(0)") == "900450186894289455")
        // numpy names the one bound high, checks low only from below and high only from above
        #expect(failure("np.random.randint(2**63 + 1)")?.message == "np.random.randint: high is out of bounds for int64")
        #expect(failure("np.random.randint(-2.0**64, 0)")?.message == "np.random.randint: low is out of bounds for int64")
        #expect(failure("np.random.randint(2.0**63, 2.0**63 + 4096)")?.message == "np.random.randint: high is out of bounds for int64")
        #expect(failure("np.random.randint(-5)")?.message == "np.random.randint: high <= 0")
    }

    @Test func signedZerosAreNumpys() {
        #expect(printed("np.where(np.array([True]), -0.0, 1)") == "[-0.]")
        #expect(printed("np.clip(np.array([-0.0, 2.]), 0, 1)") == "[-0.  1.]")
        #expect(printed("np.sign(-0.0)") == "0.0")
        #expect(printed("np.max(np.array([0.0, -0.0]))") == "-0.0")
        #expect(printed("np.max(np.array([-0.0, 0.0]))") == "0.0")
        #expect(printed("np.min(np.array([0.0, -0.0]))") == "-0.0")
        // The course's relu_backward copies dA and sets dZ[Z <= 0] = 0: +0, never -0.
        #expect(printed("relu_backward(np.array([[-1.0, 2.0]]), np.array([[-2.0, 1.0]]))") == "[[0. 2.]]")
        #expect(printed("np.array([[4, 0]]) * np.array([[3, -1]])") == "[[12  0]]")  // an integer has no -0
    }

    @Test func aTransposeSumsInMemoryOrderAsNumpyDoes() {
        let setup = "M = np.array([[0.1, 0.2, 0.3], [1e-17, 3.3, -1.7]])"
        #expect(printed("np.sum(M.T)", after: setup) == "2.2")  // row-major order of M.T gives 2.1999999999999993
        #expect(printed("np.sum(M.T, axis=0)", after: setup) == "[0.6 1.6]")
    }

    @Test func seedTakesAnArrayAsNumpyDoes() {
        #expect(printed("np.random.randn(4)", after: "np.random.seed([1, 2, 3])")
                == "[ 0.89858245  0.25528877  0.95172625 -0.05663392]")
        var session = Session()
        _ = session.execute("np.random.seed(np.array([7, 2**32 - 1, 0])); r = np.random.rand(3)")
        #expect(session.environment["r"]?.asMatrix?.elements == [0.17665408041234887, 0.22752178827628, 0.13994165643988])
        #expect(printed("np.random.randint(0, 100)", after: "np.random.seed([5])") == "69")
        #expect(failure("np.random.seed([2**32])")?.message.contains("Seed must be between 0 and 2**32 - 1") == true)
        #expect(failure("np.random.seed(np.array([], dtype=int))")?.message.contains("Seed must be non-empty") == true)
        #expect(printed("np.random.standard_normal((2, 2))", after: "np.random.seed(1)")
                == "[[ 1.62434536 -0.61175641]\n [-0.52817175 -1.07296862]]")
    }

    @Test func setPrintoptionsChangesPrintingAsNumpys() {
        #expect(printed("np.array([1e-9, 1.23456, 100.5])", after: "np.set_printoptions(precision=3, suppress=True)")
                == "[  0.      1.235 100.5  ]")
        #expect(printed("np.arange(12) * 1.5", after: "np.set_printoptions(linewidth=20)")
                == "[ 0.   1.5  3.\n  4.5  6.   7.5\n  9.  10.5 12.\n 13.5 15.  16.5]")
        #expect(printed("np.arange(10)", after: "np.set_printoptions(threshold=5, edgeitems=1)") == "[0 ... 9]")
        #expect(printed("np.arange(12).reshape(3, 4) * 1.", after: "np.set_printoptions(threshold=5, edgeitems=1)")
                == "[[ 0. ...  3.]\n ...\n [ 8. ... 11.]]")
    }

    @Test func callsNumpyRefusesAreRefusedWithTheRightSpelling() {
        #expect(failure("np.zeros(4, 1)")?.hint == "write np.zeros((4, 1))")
        #expect(failure("np.random.randn((4, 2))")?.hint == "write np.random.randn(4, 2)")
        #expect(failure("X = np.ones((2, 3)); X.shape(1)")?.hint == "write X.shape[1]")
        #expect(failure("W = np.ones((2, 3)); W.T()")?.hint == "write W.T")
        #expect(failure("np.random.randn(1e9, 1)")?.message.contains("got a float (1000000000.0)") == true)
        #expect(failure("np.array([[[1]]])")?.message.contains("stop at 2 dimensions") == true)
        #expect(failure("np.zeros((2, 3, 4))")?.message.contains("stop at 2 dimensions") == true)
    }

    @Test func ranksAndDtypesAreNumpys() {
        #expect(printed("np.array([1, 2, 3]).shape") == "(3,)")
        #expect(printed("sigmoid(np.array([0, 2]))") == "[0.5        0.88079708]")
        #expect(printed("np.array([[1, 0, 1]])") == "[[1 0 1]]")
        #expect(printed("np.array([[0.7, 0.2]]) > 0.5") == "[[ True False]]")
        #expect(printed("np.array([1, 2])") == "[1 2]")
        #expect(printed("(np.array([1, 2]), np.array([[1.5]]))") == "(array([1, 2]), array([[1.5]]))")
        #expect(printed("np.squeeze(np.array([[5.8]])).shape") == "()")
        #expect(printed("np.random.randn(3, 1).T.T.shape") == "(3, 1)")
        #expect(printed("np.array([1, 2, 3]).T.shape") == "(3,)")
        #expect(printed("np.dot(np.array([1, 2]), np.array([3, 4]))") == "11")
        #expect(printed("(np.ones((4, 1)) - np.sum(np.ones((4, 3)), axis=1)).shape") == "(4, 4)")
        #expect(printed("np.zeros((2, 1), dtype=int)") == "[[0]\n [0]]")
        #expect(printed("np.array(np.array([[1, 2]]), dtype=float)") == "[[1. 2.]]")
        #expect(printed("np.sum(np.array([True, True, False]))") == "2")
        #expect(printed("np.mean(np.array([1, 2]))") == "1.5")
        #expect(printed("(7 // 2, 7 / 2)") == "(3, 3.5)")
    }
}
