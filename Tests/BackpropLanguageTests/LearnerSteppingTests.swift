import MatrixEngine
import NeuralNetwork
import Testing
@testable import BackpropLanguage

/// `use mine`: the stepper runs the learner's course functions beside its own and stops where they differ.
@Suite struct LearnerSteppingTests {
    static let network = "data planar m 20\nlayer 3 relu\nlayer 1 sigmoid\ninit random seed 1\n"

    /// A session with the network, the course's helpers and the reference solutions (the learner got them all right).
    static func session(with functions: String = FunctionCheckTests.allReferences) -> Session {
        var session = Session()
        for line in network.split(separator: "\n") { #expect(!session.execute(String(line)).failed) }
        #expect(!session.execute(SourceText(functions, name: "cell.py")).failed)
        return session
    }

    static func run(_ session: inout Session, _ line: String) -> String {
        let result = session.execute(line)
        return OutputRenderer().render(result, line: line, options: session.environment.printOptions)
    }

    @Test func rightFunctionsAgreeAtEveryStepAndChangeNothing() {
        var mine = Self.session()
        var reference = Self.session()
        #expect(flattened(Self.run(&mine, "use mine")).contains("the stepper now runs your linear_activation_forward, compute_cost, linear_activation_backward, update_parameters beside its own"))
        for command in ["forward all", "cost", "backward all", "update lr 0.5"] {
            let text = Self.run(&mine, command)
            _ = Self.run(&reference, command)
            #expect(text.contains("yours agrees"), "\(command): \(text)")
            #expect(!text.contains("differs"), "\(command): \(text)")
        }
        #expect(Self.run(&mine, "forward all").components(separatedBy: "yours agrees: linear_activation_forward").count == 3)
        _ = Self.run(&reference, "forward all")
        #expect(mine.environment.network.parameters == reference.environment.network.parameters)
        #expect(mine.environment.network.caches == reference.environment.network.caches)
    }

    @Test func aWrongFunctionStopsTheStepperBeforeTheLayerWithBothValues() {
        var session = Self.session(with: FunctionCheckTests.allReferences + """
        def linear_backward(dZ, cache):
            A_prev, W, b = cache
            m = A_prev.shape[1]
            return np.dot(W.T, dZ), np.dot(dZ, A_prev.T), np.sum(dZ, axis=1, keepdims=True) / m

        """)
        _ = Self.run(&session, "use mine")
        _ = Self.run(&session, "forward all")
        let text = flattened(Self.run(&session, "backward all"))
        #expect(text.contains("your linear_activation_backward differs from the stepper at backward layer 2: dW has wrong values"), "\(text)")
        #expect(text.contains("most likely: missing 1/m: every element of dW is m = 20 times the expected"), "\(text)")
        #expect(text.contains("the stepper's: [[") && text.contains("yours: [["), "both values are shown: \(text)")
        #expect(text.contains("the network stays as it was (next: \(StepPosition.cost.description))"), "\(text)")
        #expect(session.environment.network.position == .cost, "backward all at the cost computes it first; both are undone")
        #expect(!text.contains("backward layer 1 (relu)"), "the stepper stops at the first difference: \(text)")
        #expect(text.contains("note your linear_activation_backward calls your linear_backward, which is wrong too"), "\(text)")
        // Back to the reference, the same command goes through.
        _ = Self.run(&session, "use reference")
        let after = Self.run(&session, "backward all")
        #expect(after.contains("backward layer 1 (relu)") && !after.contains("yours"), "\(after)")
    }

    @Test func aFunctionThatRaisesStopsTheStepperWithItsError() {
        var session = Self.session(with: FunctionCheckTests.allReferences + """
        def linear_activation_forward(A_prev, W, b, activation):
            return np.dot(A_prev, W) + b

        """)
        _ = Self.run(&session, "use mine")
        let text = flattened(Self.run(&session, "forward"))
        #expect(text.contains("your linear_activation_forward raised an error at forward layer 1"), "\(text)")
        #expect(text.contains("np.dot(A_prev, W)"), "\(text)")
        #expect(session.environment.network.position == .forward(1))
    }

    @Test func trainingWithTheLearnersFunctionsGivesTheStepperNumbers() {
        var mine = Self.session()
        var reference = Self.session()
        _ = Self.run(&mine, "use mine")
        let text = Self.run(&mine, "train 30 lr 0.5 every 10")
        let expected = Self.run(&reference, "train 30 lr 0.5 every 10")
        let costs = { (t: String) in t.split(separator: "\n").filter { $0.hasPrefix("Cost after") } }
        #expect(costs(text) == costs(expected) && costs(text).count == 4, "\(text)\n---\n\(expected)")
        #expect(flattened(text).contains("ran beside the stepper at every layer of 12 of the 30 iterations (the first ten, then every tenth), and agreed"), "\(text)")
        for (a, b) in zip(mine.environment.network.parameters, reference.environment.network.parameters) {
            #expect(Tolerance.sameAnswer.firstDisagreement(a.W.elements, b.W.elements) == nil)
        }
    }

    @Test func trainingStopsAtTheFirstIterationWhereTheyDiffer() {
        var session = Self.session(with: FunctionCheckTests.allReferences + (DeepNetworkFunctions.updateParameters.mistakes[0].definition(from: DeepNetworkFunctions.updateParameters.reference) ?? "") + "\n")
        _ = Self.run(&session, "use mine")
        let text = flattened(Self.run(&session, "train 30 lr 0.5"))
        #expect(text.contains("your update_parameters differs from the stepper at the update"), "\(text)")
        #expect(text.contains("most likely: + where the update subtracts"), "\(text)")
        #expect(text.contains("stopped in iteration 1, after 0 whole iterations of 30"), "\(text)")
        #expect(session.environment.network.iteration == 0)
    }

    @Test func ctrlCDuringTrainingIsAnInterruptionNotTheLearnersError() {
        final class Presses: @unchecked Sendable { var count = 0 }
        for pressAt in [2, 3, 5, 8] {
            var session = Self.session()
            _ = Self.run(&session, "use mine")
            let presses = Presses()
            session.console = Console(status: { _ in }, interruptRequested: { presses.count += 1; return presses.count == pressAt }, plotStyle: .plain)
            let text = flattened(Self.run(&session, "train 50 lr 0.5"))
            #expect(text.contains("interrupted after"), "Ctrl-C at check \(pressAt): \(text)")
            #expect(!text.contains("raised an error") && !text.contains("differs") && !text.contains("KeyboardInterrupt"), "\(text)")
            #expect(session.environment.network.position == .forward(1))
        }
    }

    @Test func whereShowsWhichFunctionsAreTheLearners() {
        var session = Self.session(with: CourseHelpers.dnnUtils + DeepNetworkFunctions.linearForward.reference + "\n" + DeepNetworkFunctions.linearActivationForward.reference + "\n")
        #expect(!Self.run(&session, "where").contains("use mine"))
        _ = Self.run(&session, "use mine")
        #expect(flattened(Self.run(&session, "where")).contains("use mine: yours: linear_activation_forward; the stepper's own: compute_cost, linear_activation_backward, update_parameters"))
    }

    @Test func aLayerTheCoursesFunctionsDoNotHandleIsSaidAndSkipped() {
        var session = Session()
        for line in ["data planar m 20", "layer 3 tanh", "layer 1 sigmoid", "init random seed 1"] { _ = session.execute(line) }
        _ = session.execute(SourceText(FunctionCheckTests.allReferences, name: "cell.py"))
        _ = Self.run(&session, "use mine")
        let text = flattened(Self.run(&session, "forward all"))
        #expect(text.contains("layer 1 is tanh: the course's linear_activation_forward takes \"sigmoid\" or \"relu\", so yours is not asked here"), "\(text)")
        #expect(text.contains("yours agrees: linear_activation_forward"), "layer 2 is compared: \(text)")
    }

    @Test func useTakesMineOrReference() {
        var session = Session()
        let text = flattened(Self.run(&session, "use yours"))
        #expect(text.contains("use takes one word: mine or reference"))
        #expect(flattened(Self.run(&session, "use mine")).contains("none of linear_activation_forward, compute_cost, linear_activation_backward, update_parameters is defined yet"))
        #expect(session.environment.usesLearnerFunctions)
    }
}
