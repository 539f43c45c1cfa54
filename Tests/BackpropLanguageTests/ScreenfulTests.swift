import Testing
import MatrixEngine
@testable import BackpropLanguage

/// Nothing floods: values in `show`, `whos` and at the prompt of a terminal are summarised with
/// numpy's own `...` to a screenful, unless the learner asks for every number.
@Suite struct ScreenfulTests {
    static func planar(_ extra: [String] = []) -> Session {
        var session = Session()
        for line in StepperCommandTests.planarSetup + extra { _ = session.execute(line) }
        return session
    }

    func shown(_ session: inout Session, _ line: String, renderer: OutputRenderer = OutputRenderer()) -> String {
        renderer.render(session.execute(line), line: line, options: session.environment.printOptions)
    }

    /// `show cache 1` printed all 800 numbers of A0, about 220 lines.
    @Test func showCacheFitsAScreen() {
        var session = Self.planar(["forward"])
        let text = shown(&session, "show cache 1")
        let lines = text.split(separator: "\n")
        #expect(lines.count <= Console.plain.outputRows, "\(lines.count) lines:\n\(text)")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(text.contains("..."))
        #expect(text.hasSuffix("(... summarised to fit the screen: show cache 1 full prints every number)"))
        #expect(text.contains("W1 (4, 2)\n[[-0.00416758 -0.00056267]\n"), "small matrices are printed whole")
    }

    @Test func showCacheFullPrintsEveryNumber() {
        var session = Self.planar(["forward"])
        let text = shown(&session, "show cache 1 full")
        #expect(!text.contains("..."))
        let A0 = session.matrix("A0")!
        #expect(text.contains(A0.formatted(PrintOptions(threshold: Int.max))))
    }

    @Test func aThresholdOfTheLearnersOwnIsRespected() {
        var session = Self.planar(["forward", "np.set_printoptions(threshold=np.inf)"])
        #expect(!shown(&session, "show cache 1").contains("..."))
        #expect(!session.environment.printOptions.summarisesToFit)
        #expect(session.environment.printOptions.threshold == Int.max)
    }

    @Test func showLayerPutsEachQuantityBesideItsGradient() {
        var session = Self.planar(["forward all", "backward all"])
        let text = shown(&session, "show layer 1")
        #expect(text.split(separator: "\n").count <= Console.plain.outputRows, "\(text)")
        #expect(text.contains("W1 (4, 2)                                dW1 (4, 2)"), "\(text)")
    }

    /// At the prompt of a terminal (rows known), a value longer than the screen is summarised;
    /// in a script or a pipe it prints as numpy prints it.
    @Test func aValueAtTheTerminalPromptIsSummarised() {
        var session = Self.planar()
        let terminal = OutputRenderer(width: 79, valueRows: 22)
        let summarised = shown(&session, "X", renderer: terminal)
        #expect(summarised.split(separator: "\n").count <= 22)
        #expect(summarised.contains("..."))
        let script = shown(&session, "X")
        #expect(script.split(separator: "\n").count > 100, "numpy's print shows all 800 numbers (threshold 1000)")
    }

    @Test func whosGroupsTheNetworksQuantitiesWhenTheListIsLong() {
        var session = Self.planar(["w = np.ones((2, 1))", "step all", "forward all", "cost", "backward all"])
        let text = shown(&session, "whos")
        #expect(text.split(separator: "\n").count <= Console.plain.outputRows, "\(text)")
        #expect(text.contains("w     (2, 1)"), "the learner's own variables in full:\n\(text)")
        #expect(text.contains("the network's quantities (whos full lists each with its values):"))
        #expect(text.contains("  layer 1  W1 (4, 2)   b1 (4, 1)"), "\(text)")
        let full = shown(&session, "whos full")
        #expect(full.contains("\nZ1 ") && full.split(separator: "\n").count > 22)
    }
}

/// Training that reaches nan or inf stops and says where and why; `train` always prints its last
/// cost; accuracy prints sensibly; after `train` the last iteration's variables are defined.
@Suite struct TrainingReportTests {
    func output(_ session: inout Session, _ line: String) -> (String, ExecutionResult) {
        let result = session.execute(line)
        return (OutputRenderer(width: 200).render(result, line: line, options: session.environment.printOptions), result)
    }

    /// The run: "Cost after iteration 6000: nan" and on silently, with no final line.
    @Test func aSaturatedOutputStopsTrainingAndSaysWhy() {
        var session = Session()
        _ = session.execute("data moons size 300 noise 0.2 seed 3; layer 8 relu; layer 4 relu; layer 1 sigmoid; init he seed 1")
        let (text, result) = output(&session, "train 20000 lr 0.3 every 2000")
        #expect(!result.failed)
        let costs = text.split(separator: "\n").filter { $0.hasPrefix("Cost after") }
        #expect(costs.last == "Cost after iteration 5330: nan", "\(text)")
        #expect(text.contains("stopped at iteration 5330: the cost J became nan, because A3 saturated"))
        #expect(text.contains("A3 = σ(Z3) is exactly 1 for 1 example"))
        #expect(text.contains("log(1 - A3) in the cost is log(0)"))
        #expect(text.contains("try a smaller learning rate than α = 0.3"))
        let network = session.environment.network
        #expect(network.iteration == 5330, "the iteration that failed is not applied")
        #expect(network.parameters.allSatisfy { $0.W.elements.allSatisfy(\.isFinite) })
        #expect(session.environment["A3"]?.asMatrix?.elements.contains(1) == true, "its forward pass is there to look at")
    }

    @Test func anOverflowingProductIsNamed() {
        var session = Session()
        _ = session.execute("data planar; layer 4 tanh; layer 1 sigmoid; init random 0.01 seed 2; W1 = np.ones((4, 2)) * 1e308")
        let (text, _) = output(&session, "train 10")
        #expect(text.contains("Cost after iteration 0: nan"))
        #expect(text.contains("stopped at iteration 0: Z1 became"), "\(text)")
        #expect(text.contains("W1 has grown so large that the product overflows"))
    }

    /// Ctrl-C between two recorded iterations: the last completed iteration's cost still shows.
    @Test func anInterruptedRunPrintsItsLastCost() {
        var session = Session()
        _ = session.execute("data planar; layer 4 tanh; layer 1 sigmoid; init random 0.01 seed 2")
        let polls = Counter()
        session.console = Console(status: { _ in }, interruptRequested: { polls.next() > 37 }, plotStyle: .plain)
        let (text, _) = output(&session, "train 1000 lr 1.2 every 100")
        let costs = text.split(separator: "\n").filter { $0.hasPrefix("Cost after") }
        #expect(costs.last?.hasPrefix("Cost after iteration 36: ") == true, "\(text)")
        #expect(text.contains("interrupted after 37 of 1000 iterations"))
    }

    @Test func accuracyHasSensibleDigitsAndTheExactCount() {
        var session = Session()
        _ = session.execute("X = [1 2 3; 1 2 3]; Y = [[1, 1, 1]]; data X Y; layer 1 sigmoid; init zeros")
        _ = session.execute("W1 = [[1, 1]]; b1 = [[-3.]]")
        let (text, _) = output(&session, "predict")
        #expect(text.hasSuffix("accuracy: 66.67% (2 of 3 examples)"), "\(text)")
        #expect(StepperCommands.percentText(90.75) == "90.75")
        #expect(StepperCommands.percentText(96) == "96.0")
        #expect(StepperCommands.percentText(100.0 / 3) == "33.33")
    }

    /// After train, the stepper's A1, J, dZ2 … are those of the last iteration, as after stepping.
    @Test func afterTrainingTheLastIterationsVariablesAreDefined() {
        var session = Session()
        _ = session.execute("data planar; layer 4 tanh; layer 1 sigmoid; init random 0.01 seed 2")
        let (text, _) = output(&session, "train 100 lr 1.2")
        for name in ["A1", "Z2", "A2", "J", "dA2", "dZ2", "dW2", "db2", "dA1", "dZ1", "dW1", "db1"] {
            #expect(session.environment[name] != nil, "\(name)")
        }
        let lastCost = text.split(separator: "\n").last { $0.hasPrefix("Cost after iteration 99: ") }
        #expect(lastCost.map { $0.hasSuffix(StepperCommands.fixedSix(session.environment["J"]!.scalar!)) } == true)
        #expect(session.environment["dA0"] == nil, "train does not compute the gradient of the data")
        let (predict, _) = output(&session, "predict")
        #expect(predict.hasPrefix("predictions = (A2 > 0.5)"))
        #expect(!output(&session, "A2 > 0.5").1.failed)
        #expect(!output(&session, "forward").1.failed, "stepping goes on from the trained parameters")
    }
}

/// Counts calls from a @Sendable closure.
final class Counter: @unchecked Sendable {
    private var count = 0
    func next() -> Int {
        count += 1
        return count
    }
}
