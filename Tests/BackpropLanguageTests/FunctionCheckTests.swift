import MatrixEngine
import NeuralNetwork
import Testing
@testable import BackpropLanguage

/// `check`: the learner's course functions against the reference, with the mistake named.
@Suite struct FunctionCheckTests {
    /// Week 4's helpers and every reference solution, as a learner who got them all right has them.
    static let allReferences = FunctionCheck.referenceProgram(for: .deepNetwork)

    /// A session with `program` run in it (as a pasted cell), then `check …`; returns the session and the check's text.
    static func check(_ command: String, after program: String) -> (session: Session, text: String, result: ExecutionResult) {
        var session = Session()
        let defined = session.execute(SourceText(program, name: "cell.py"))
        #expect(!defined.failed, "the program does not run: \(defined.diagnostics.map(\.message))")
        let result = session.execute(command)
        return (session, OutputRenderer().render(result, line: command, options: session.environment.printOptions), result)
    }

    /// A learner who got the entry's whole week right: `check` picks this week's entry and passes every case.
    @Test(arguments: CheckCommands.catalogue.indices)
    func theReferenceSolutionPassesEveryCase(index: Int) {
        let entry = CheckCommands.catalogue[index]
        let (_, text, result) = Self.check("check \(entry.name)", after: FunctionCheck.referenceProgram(for: entry.week))
        #expect(!result.failed)
        #expect(text.contains("check \(entry.name) (\(entry.week.title)):"), "checked as another week's: \(text)")
        #expect(text.contains("\(entry.name) is right on all"), "\(text)")
        #expect(!text.contains("FAIL"), "\(text)")
    }

    static let plantedMistakes: [(Int, Int)] = CheckCommands.catalogue.indices.flatMap { entry in CheckCommands.catalogue[entry].mistakes.indices.map { (entry, $0) } }

    @Test func everyPlantedMistakeIsAWrongVersionOfItsReference() {
        for entry in CheckCommands.catalogue {
            for mistake in entry.mistakes {
                let definition = mistake.definition(from: entry.reference)
                #expect(definition != nil && definition != entry.reference, "\(entry.name), \(mistake.kind): its edits find no line, or change nothing")
                #expect(definition?.hasPrefix("def \(entry.name)(") == true, "\(entry.name), \(mistake.kind)")
            }
        }
    }

    @Test(arguments: plantedMistakes.indices)
    func everyPlantedMistakeIsCaughtAndNamed(index: Int) {
        let (entryIndex, number) = Self.plantedMistakes[index]
        let entry = CheckCommands.catalogue[entryIndex]
        let name = entry.name
        let mistake = entry.mistakes[number]
        let (_, text, _) = Self.check("check \(name)", after: FunctionCheck.referenceProgram(for: entry.week) + (mistake.definition(from: entry.reference) ?? "") + "\n")
        #expect(text.contains("check \(name) (\(entry.week.title)):"), "checked as another week's: \(text)")
        #expect(text.contains("FAIL"), "\(name) with \(mistake.kind): \(text)")
        #expect(flattened(text).contains("most likely: \(mistake.kind.title)"), "\(name) with \(mistake.kind): \(text)")
        #expect(flattened(text).contains(flattened(mistake.kind.hint)), "\(text)")
    }

    // MARK: Diagnoses from the values themselves

    @Test func aMissingOneOverMIsNamedWithTheFactor() {
        let (_, text, _) = Self.check("check linear_backward", after: """
        def linear_backward(dZ, cache):
            A_prev, W, b = cache
            m = A_prev.shape[1]
            dW = np.dot(dZ, A_prev.T)
            db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
            dA_prev = np.dot(W.T, dZ)
            return dA_prev, dW, db
        """)
        let flat = flattened(text)
        #expect(flat.contains("FAIL the course's test case (linear_backward_test_case): dW has wrong values"), "\(text)")
        #expect(flat.contains("the first wrong element is dW[0, 0]: expected 0.073138662, yours 0.29255465"), "\(text)")
        #expect(flat.contains("most likely: missing 1/m: every element of dW is m = 4 times the expected"), "\(text)")
        #expect(flat.contains("pass one example (m = 1)"), "with m = 1 the mistake makes no difference: \(text)")
    }

    @Test func aRankOneDbIsALostKeepdims() {
        let (_, text, _) = Self.check("check linear_backward", after: """
        def linear_backward(dZ, cache):
            A_prev, W, b = cache
            m = A_prev.shape[1]
            dW = np.dot(dZ, A_prev.T) / m
            db = np.sum(dZ, axis=1) / m
            dA_prev = np.dot(W.T, dZ)
            return dA_prev, dW, db
        """)
        let flat = flattened(text)
        #expect(flat.contains("db has the wrong shape"), "\(text)")
        #expect(flat.contains("expected shape (3, 1), yours is (3,)"), "\(text)")
        #expect(flat.contains("most likely: missing keepdims"), "\(text)")
    }

    @Test func aTransposedResultIsNamed() {
        let (_, text, _) = Self.check("check linear_backward", after: """
        def linear_backward(dZ, cache):
            A_prev, W, b = cache
            m = A_prev.shape[1]
            dW = 1 / m * np.dot(A_prev, dZ.T)
            db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
            dA_prev = np.dot(W.T, dZ)
            return dA_prev, dW, db
        """)
        #expect(flattened(text).contains("most likely: wrong multiplication order: dW is the transpose of the expected: (5, 3) where (3, 5) belongs"), "\(text)")
    }

    @Test func aCostWithTheWrongSignIsNamed() {
        let (_, text, _) = Self.check("check compute_cost", after: """
        def compute_cost(AL, Y):
            m = Y.shape[1]
            return 1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
        """)
        #expect(flattened(text).contains("every element of cost has the wrong sign"), "\(text)")
    }

    @Test func aCostLeftAsAOneByOneArrayIsTold() {
        let (_, text, _) = Self.check("check compute_cost", after: """
        def compute_cost(AL, Y):
            m = Y.shape[1]
            return -1 / m * (np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T))
        """)
        #expect(flattened(text).contains("the number is right, but cost has shape (1, 1) where the course returns a number: np.squeeze(cost)"), "\(text)")
    }

    @Test func parametersDrawnWithoutTheCoursesSeedAreNamed() {
        let (_, text, _) = Self.check("check initialize_parameters_deep", after: """
        def initialize_parameters_deep(layer_dims):
            parameters = {}
            for l in range(1, len(layer_dims)):
                parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
                parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
            return parameters
        """)
        let flat = flattened(text)
        #expect(flat.contains("W of layer 1 (parameters[\"W1\"]) has wrong values"), "\(text)")
        #expect(flat.contains("most likely: not seeded as the course seeds: your function draws without np.random.seed(3)"), "\(text)")
    }

    @Test func gradientsUnderTheWrongLayerNumbersAreNamedByKey() {
        let entry = DeepNetworkFunctions.modelBackward
        let (_, text, _) = Self.check("check L_model_backward", after: Self.allReferences + (entry.mistakes.first { $0.kind == .offByOneLayer }!.definition(from: entry.reference) ?? ""))
        #expect(flattened(text).contains("grads has no \"dW1\""), "\(text)")
        #expect(flattened(text).contains("yours has \"dA1\", \"dW2\", \"db2\", \"dA0\", \"dW0\", \"db0\""), "\(text)")
    }

    @Test func aWrongHelperTheFunctionCallsIsNamed() {
        let (_, text, _) = Self.check("check linear_activation_backward", after: Self.allReferences + """
        def linear_backward(dZ, cache):
            A_prev, W, b = cache
            return np.dot(W.T, dZ), np.dot(dZ, A_prev.T), np.sum(dZ, axis=1, keepdims=True) / A_prev.shape[1]

        """)
        #expect(flattened(text).contains("note your linear_activation_backward calls your linear_backward, which is wrong too (1 of 5 cases pass): check linear_backward first"), "\(text)")
    }

    @Test func aSlipInOneLineOfTwoIsNamedByThePlantedMistakeOfBoth() {
        let (_, text, _) = Self.check("check update_parameters", after: Self.allReferences + """
        def update_parameters(params, grads, learning_rate):
            parameters = params.copy()
            L = len(parameters) // 2
            for l in range(L):
                parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] + learning_rate * grads["dW" + str(l + 1)]
                parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
            return parameters

        """)
        #expect(flattened(text).contains("most likely: + where the update subtracts"), "\(text)")
    }

    @Test func anErrorThatAPlantedMistakeRaisesTooIsNamed() {
        let (_, text, _) = Self.check("check linear_activation_backward", after: Self.allReferences + """
        def linear_activation_backward(dA, cache, activation):
            activation_cache, linear_cache = cache
            if activation == "relu":
                dZ = relu_backward(dA, activation_cache)
            else:
                dZ = sigmoid_backward(dA, activation_cache)
            return linear_backward(dZ, linear_cache)

        """)
        #expect(flattened(text).contains("your linear_activation_backward raised an error"), "\(text)")
        #expect(flattened(text).contains("most likely: a cache in the wrong order"), "\(text)")
    }

    @Test func aSingleWrongNumberGetsNoInventedFactor() {
        let (_, text, _) = Self.check("check compute_cost", after: """
        def compute_cost(AL, Y):
            m = Y.shape[1]
            return np.squeeze(-1 / m * np.sum(Y * np.log(AL)))
        """)
        #expect(text.contains("cost has wrong values") && !text.contains("times the expected"), "\(text)")
    }

    @Test func aGradientSummedToANumberIsALostKeepdims() {
        let (_, text, _) = Self.check("check linear_backward", after: """
        def linear_backward(dZ, cache):
            A_prev, W, b = cache
            m = A_prev.shape[1]
            return np.dot(W.T, dZ), np.dot(dZ, A_prev.T) / m, np.sum(dZ) / m
        """)
        let flat = flattened(text)
        #expect(flat.contains("expected shape (3, 1), yours is ()") || flat.contains("expected shape (2, 1), yours is ()"), "\(text)")
        #expect(!flat.contains("np.squeeze"), "squeezing makes (), the wrong way: \(text)")
    }

    @Test func whatTheLearnersFunctionPrintsIsShownWithTheFailure() {
        let (_, text, _) = Self.check("check linear_forward", after: """
        def linear_forward(A, W, b):
            for i in range(5):
                print("debug", i, W.shape)
            return np.dot(W, A), (A, W, b)
        """)
        let flat = flattened(text)
        #expect(flat.contains("your linear_forward printed 5 lines on this case, the first 3: debug 0 (1, 3) debug 1 (1, 3) debug 2 (1, 3)"), "\(text)")
    }

    // MARK: Functions that fail

    @Test func aFunctionThatRaisesShowsItsTracebackAndTheStateIsKept() {
        let (session, text, result) = Self.check("check linear_forward", after: """
        x = 7
        def linear_forward(A, W, b):
            Z = np.dot(A, W) + b
            return Z, (A, W, b)
        """)
        #expect(!result.failed)
        #expect(flattened(text).contains("FAIL the course's test case (linear_forward_test_case): your linear_forward raised an error"), "\(text)")
        #expect(text.contains("Z = np.dot(A, W) + b"), "the learner's line is shown: \(text)")
        #expect(text.contains("(3, 2)") && text.contains("(1, 3)"), "the shapes are named: \(text)")
        #expect(text.contains("result = linear_forward(A, W, b)"), "the call is shown: \(text)")
        #expect(session.environment["x"] == .integer(7))
        #expect(session.environment["A"] == nil, "the case's variables stay in the scratch session")
    }

    @Test func theBuiltInSigmoidReturningAAloneGetsAHint() {
        let (_, text, _) = Self.check("check linear_activation_forward", after: """
        def linear_forward(A, W, b):
            return np.dot(W, A) + b, (A, W, b)
        def linear_activation_forward(A_prev, W, b, activation):
            Z, linear_cache = linear_forward(A_prev, W, b)
            if activation == "sigmoid":
                A, activation_cache = sigmoid(Z)
            else:
                A, activation_cache = relu(Z)
            return A, (linear_cache, activation_cache)
        """)
        #expect(flattened(text).contains("Backprop's built-in sigmoid(Z) and relu(Z) return A alone"), "\(text)")
    }

    @Test func tooFewValuesAndTheWrongTypeAreSaid() {
        let few = Self.check("check linear_backward", after: """
        def linear_backward(dZ, cache):
            A_prev, W, b = cache
            return np.dot(W.T, dZ), np.dot(dZ, A_prev.T) / A_prev.shape[1]
        """).text
        #expect(flattened(few).contains("expected 3 items, yours has 2 the course's linear_backward returns dA_prev, dW, db"), "\(few)")
        let none = Self.check("check linear_forward", after: """
        def linear_forward(A, W, b):
            Z = np.dot(W, A) + b
        """).text
        #expect(flattened(none).contains("expected a tuple of 2, yours is None (did the function return?)"), "\(none)")
    }

    @Test func anEndlessLoopIsStoppedByTheTimeLimit() {
        var session = Session()
        _ = session.execute(SourceText("def linear_forward(A, W, b):\n    while True:\n        x = 1\n", name: "cell.py"))
        var check = FunctionCheck(entry: DeepNetworkFunctions.linearForward, learnerEnvironment: session.environment,
                                  functions: session.functions, interruptRequested: { false })
        check.timeLimit = .milliseconds(100)
        let report = check.run()
        #expect(report.outcomes.count == 1, "after one endless case the others are not run")
        #expect(report.outcomes.allSatisfy { if case .raised(_, timedOut: true) = $0.result { true } else { false } })
        let text = report.outputs().compactMap { if case let .text(t) = $0 { t } else { nil } }.joined(separator: "\n")
        #expect(text.contains("still running after 100 ms, stopped (an endless loop?)"), "\(text)")
        #expect(text.contains("the other 4 cases were not run") && text.contains("linear_forward: 0 of 5 cases pass."), "\(text)")
    }

    @Test func ctrlCStopsTheCheck() {
        var session = Session()
        _ = session.execute(SourceText("def linear_forward(A, W, b):\n    while True:\n        x = 1\n", name: "cell.py"))
        let check = FunctionCheck(entry: DeepNetworkFunctions.linearForward, learnerEnvironment: session.environment,
                                  functions: session.functions, interruptRequested: { true })
        let report = check.run()
        #expect(report.stoppedByInterrupt)
        #expect(report.outcomes.count == 1)
        let text = report.outputs().compactMap { if case let .text(t) = $0 { t } else { nil } }.joined(separator: "\n")
        #expect(text.contains("stopped by Ctrl-C after 0 cases"), "\(text)")
    }

    // MARK: Copies

    @Test func anUpdateInPlaceIsReportedAndNeverReachesTheLearnersDict() {
        let (session, text, _) = Self.check("check update_parameters", after: """
        parameters = {"W1": np.ones((1, 1))}
        def update_parameters(params, grads, learning_rate):
            L = len(params) // 2
            for l in range(L):
                params["W" + str(l + 1)] -= learning_rate * grads["dW" + str(l + 1)]
                params["b" + str(l + 1)] -= learning_rate * grads["db" + str(l + 1)]
            params["touched"] = True
            del params["touched"]
            return params
        """)
        #expect(text.contains("update_parameters is right on all"), "\(text)")
        #expect(flattened(text).contains("note your update_parameters changes the params it is given, in place"), "\(text)")
        guard case let .dictionary(parameters)? = session.environment["parameters"] else { Issue.record("parameters is gone"); return }
        #expect(parameters.count == 1)
    }

    // MARK: Picking the function

    @Test func namesThatCheckCannotCheckGetClearErrors() {
        let unknown = Self.check("check linear_backwards", after: "x = 1\n")
        #expect(unknown.result.failed)
        #expect(flattened(unknown.text).contains("linear_backwards is not one of them") && unknown.text.contains("did you mean linear_backward?"), "\(unknown.text)")
        let undefined = Self.check("check linear_backward", after: "x = 1\n")
        #expect(undefined.text.contains("you have not defined linear_backward yet"), "\(undefined.text)")
        let arity = Self.check("check linear_backward", after: "def linear_backward(dZ):\n    return dZ\n")
        #expect(flattened(arity.text).contains("your linear_backward(dZ) takes 1 argument; the course's linear_backward(dZ, cache) takes 2"), "\(arity.text)")
        let nothing = Self.check("check", after: "x = 1\n")
        #expect(nothing.text.contains("none of the course's graded functions is defined yet"), "\(nothing.text)")
    }

    @Test func checkAloneChecksEveryCourseFunctionDefined() {
        let (_, text, _) = Self.check("check", after: CourseHelpers.dnnUtils + DeepNetworkFunctions.linearForward.reference + "\n"
                                      + DeepNetworkFunctions.linearBackward.reference + "\n")
        #expect(text.contains("linear_forward is right on all") && text.contains("linear_backward is right on all"), "\(text)")
        #expect(!text.contains("sigmoid"), "the helpers are not graded functions: \(text)")
    }

    @Test func aVariableNamedCheckStillLeavesPercentCheck() {
        var session = Session()
        _ = session.execute(SourceText(DeepNetworkFunctions.linearForward.reference + "\n", name: "cell.py"))
        _ = session.execute("check = 3")
        #expect(session.execute("check").outputs == [.value(.integer(3))])
        let text = OutputRenderer().render(session.execute("%check linear_forward"), line: "%check linear_forward", options: .init())
        #expect(text.contains("linear_forward is right on all"), "\(text)")
    }

    // MARK: The reference is the stepper's arithmetic

    @Test func theReferenceForwardAndBackwardAgreeWithTheStepper() throws {
        var session = Session()
        let program = Self.allReferences + DeepNetworkFunctions.parametersSetup(seed: 11, inputs: ("X", [3, 5]), units: [3, 4, 2, 1]) + """
        Y = np.array([[1, 0, 1, 1, 0]])
        AL, caches = L_model_forward(X, parameters)
        grads = L_model_backward(AL, Y, caches)

        """
        #expect(!session.execute(SourceText(program, name: "cell.py")).failed)
        func matrix(_ name: String) throws -> Matrix { try #require(session.environment[name]?.asMatrix) }
        func gradient(_ key: String) throws -> Matrix {
            guard case let .dictionary(grads)? = session.environment["grads"], let value = try grads.value(for: .string(key)) else {
                throw CheckTestError.missing(key)
            }
            return try #require(value.asMatrix)
        }
        var A = try matrix("X")
        var caches: [LayerCache] = []
        for l in 1...3 {
            let cache = Propagation.forward(APrevious: A, W: try matrix("W\(l)"), b: try matrix("b\(l)"), activation: l == 3 ? .sigmoid : .relu)
            caches.append(cache)
            A = cache.A
        }
        #expect(Tolerance.sameAnswer.firstDisagreement(try matrix("AL").elements, A.elements) == nil)
        var dA: Matrix?
        for l in stride(from: 3, through: 1, by: -1) {
            let gradients = l == 3 ? Propagation.outputBackward(Y: try matrix("Y"), cache: caches[2])
                                   : Propagation.backward(dA: try #require(dA), cache: caches[l - 1], activation: .relu)
            #expect(Tolerance.sameAnswer.firstDisagreement(try gradient("dW\(l)").elements, gradients.dW.elements) == nil, "dW\(l)")
            #expect(Tolerance.sameAnswer.firstDisagreement(try gradient("db\(l)").elements, gradients.db.elements) == nil, "db\(l)")
            dA = gradients.dAPrevious
        }
    }

    enum CheckTestError: Error { case missing(String) }
}
