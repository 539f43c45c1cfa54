import Testing
import MatrixEngine
@testable import NeuralNetwork

/// The cursor, the reports and the guard rails of stepping through one iteration.
@Suite struct StepperTests {
    let X = matrix([[1, 2, -1], [3, 4, -3.2]])
    let Y = matrix([[1, 0, 1]])

    func twoLayerNetwork() -> Network {
        makeRandomNetwork(X: X, Y: Y, layers: [Layer(units: 4, activation: .tanh), Layer(units: 1, activation: .sigmoid)])
    }

    @Test func pipelineOrder() {
        #expect(StepPosition.pipeline(depth: 2) == [.forward(1), .forward(2), .cost, .backward(2), .backward(1), .update])
        #expect(StepPosition.update.next(depth: 2) == .forward(1))
    }

    @Test func oneIterationStepByStepEqualsOneTrainingIteration() throws {
        var stepped = twoLayerNetwork()
        var trained = stepped
        for _ in 0..<6 { _ = try stepped.step() }
        #expect(stepped.position == .forward(1))
        #expect(stepped.iteration == 1)
        _ = try trained.train(iterations: 1, learningRate: 0.01, recordEvery: 1)
        #expect(stepped.parameters == trained.parameters)
    }

    /// A wide X (as the course's 12288-feature images) is packed once by `train`: the iterations
    /// must still equal stepping, to the last bit.
    @Test func trainingWithAWideInputEqualsStepping() throws {
        var random = try NumpyRandom(seed: 5)
        let wideX = try Matrix.randn(2100, 130, using: &random)
        let labels = try Matrix.rand(1, 130, using: &random).map { $0 > 0.5 ? 1 : 0 }
        #expect(wideX.benefitsFromPacking(leftRows: 6), "the packed path is the one under test")
        var stepped = makeRandomNetwork(X: wideX, Y: labels, layers: [Layer(units: 6, activation: .relu), Layer(units: 1, activation: .sigmoid)],
                                        scale: 0.01)
        var trained = stepped
        for _ in 0..<12 { _ = try stepped.step() }
        _ = try trained.train(iterations: 2, learningRate: 0.01, recordEvery: 1)
        #expect(stepped.parameters == trained.parameters)
    }

    @Test func forwardReportShowsFormulaShapesAndBroadcast() throws {
        var network = twoLayerNetwork()
        let report = try network.forward()
        #expect(report.title == "forward layer 1 (tanh)")
        #expect(report.equations[0] == Equation("Z1 = W1 · X + b1", shapes: "(4,2)·(2,3) + (4,1)", result: Shape(4, 3),
                                                note: "b1 is broadcast across the 3 columns"))
        #expect(report.equations[1].formula == "A1 = tanh(Z1)")
        #expect(report.equations[2].formula == "cache[1] = (A0, W1, b1, Z1)")
        let second = try network.forward()
        #expect(second.equations[0].formula == "Z2 = W2 · A1 + b2")
        #expect(second.equations[0].shapes == "(1,4)·(4,3) + (1,1)")
    }

    @Test func backwardReportsEveryGradientWithItsShapeRule() throws {
        var network = twoLayerNetwork()
        _ = try network.forward()
        _ = try network.forward()
        _ = try network.computeCost()
        let output = try network.backward()
        #expect(output.equations.map(\.formula) == [
            "dA2 = -(Y / A2 - (1 - Y) / (1 - A2))",
            "dZ2 = dA2 * A2 * (1 - A2) = A2 - Y",
            "dW2 = (1/m) dZ2 · A1.T",
            "db2 = (1/m) sum(dZ2, axis=1, keepdims=True)",
            "dA1 = W2.T · dZ2",
        ])
        #expect(output.equations[2].result == Shape(1, 4))
        #expect(output.equations[2].note == "the shape of W2")
        let hidden = try network.backward()
        #expect(hidden.equations[0].formula == "dZ1 = dA1 * g1'(Z1) = dA1 * (1 - A1**2)")
        #expect(hidden.equations.last?.result == Shape(2, 3))
    }

    @Test func dWEqualsTheNotesFormulaTypedByHand() throws {
        var network = twoLayerNetwork()
        for _ in 0..<4 { _ = try network.step() }  // forward 1, forward 2, cost, backward 2
        let g = network.gradients[1]!
        let byHand = try g.dZ.matmul(network.caches[0].A.transposed).map { $0 / 3 }
        #expect(maxAbsDifference(g.dW, byHand) < 1e-15)
    }

    @Test func backwardComputesTheCostFirstWhenItIsNext() throws {
        var network = twoLayerNetwork()
        _ = try network.forward()
        _ = try network.forward()
        let report = try network.backward()
        #expect(network.cost != nil)
        #expect(report.notes.first?.hasPrefix("(the cost came first") == true)
    }

    // MARK: Guard rails

    @Test func backwardBeforeAForwardPass() {
        var network = twoLayerNetwork()
        #expect(throws: StepError("backward needs a forward pass first: there are no caches yet", hint: "forward all, then cost, then backward")) {
            try network.backward()
        }
        _ = try? network.forward()
        #expect(throws: StepError("backward needs a complete forward pass: next is forward layer 2", hint: "forward all, then cost, then backward")) {
            try network.backward()
        }
    }

    @Test func staleCacheAfterAParameterChanged() throws {
        var network = twoLayerNetwork()
        _ = try network.forward()
        var p = network.parameters[0]
        p.W = p.W.map { _ in 0 }
        network.setParameters(1, p)
        let error = #expect(throws: StepError.self) { try network.forward() }
        #expect(error?.message == "W1 changed after forward layer 1 used it: Z1, A1 and cache[1] still hold the old W1's results")
        #expect(error?.hint?.contains("rewind") == true)
        network.rewind()
        _ = try network.forward()  // fresh again
    }

    @Test func updateBeforeGradientsExist() throws {
        var network = twoLayerNetwork()
        _ = try network.forward()
        let error = #expect(throws: StepError.self) { try network.update() }
        #expect(error?.message == "update needs dW and db of every layer; next is forward layer 2")
    }

    @Test func updateWithGradientsOfOldParameters() throws {
        var network = twoLayerNetwork()
        for _ in 0..<5 { _ = try network.step() }
        var p = network.parameters[1]
        p.b = matrix([[5]])
        network.setParameters(2, p)
        let error = #expect(throws: StepError.self) { try network.update() }
        #expect(error?.message.hasPrefix("b2 changed after forward layer 2 used it") == true)
        #expect(error?.message.hasSuffix("so dW and db are the old parameters' gradients") == true)
    }

    @Test func dataThatDoesNotFitTheFirstLayer() throws {
        var network = twoLayerNetwork()
        network.setData(Dataset(name: "three", X: matrix([[1, 2], [3, 4], [5, 6]]), Y: matrix([[1, 0]]), origin: "test"))
        let error = #expect(throws: StepError.self) { try network.forward() }
        #expect(error?.message == "X has 3 rows (features) but W1 is (4, 2), so layer 1 expects 2")
        #expect(error?.hint == "W1 must be (n[1], n[0]) = (4, 3); init again to draw parameters for this data")
    }

    @Test func parametersOfTheWrongShape() throws {
        var network = twoLayerNetwork()
        network.setParameters(2, LayerParameters(W: matrix([[1, 2, 3]]), b: matrix([[0]])))
        _ = try network.forward()
        let error = #expect(throws: StepError.self) { try network.forward() }
        #expect(error?.message == "W2 is (1, 3) but A1 has 4 rows: W2 must be (n[2], n[1]) = (1, 4)")
        network.rewind()
        network.setParameters(1, LayerParameters(W: network.parameters[0].W, b: matrix([[0, 0, 0, 0]])))
        let biasError = #expect(throws: StepError.self) { try network.forward() }
        #expect(biasError?.message == "b1 is (1, 4) but must be (n[1], 1) = (4, 1)")
        #expect(biasError?.hint?.contains("b1.T is the column") == true)
    }

    @Test func costNeedsASigmoidOutput() throws {
        var network = makeRandomNetwork(X: X, Y: Y, layers: [Layer(units: 1, activation: .relu)])
        _ = try network.forward()
        let error = #expect(throws: StepError.self) { try network.computeCost() }
        #expect(error?.message == "the cross-entropy cost needs probabilities, but the output layer 1 uses relu")
    }

    @Test func missingPiecesAreNamed() {
        var empty = Network()
        #expect(throws: StepError.self) { try empty.forward() }
        empty.setData(Dataset(name: "d", X: X, Y: Y, origin: "test"))
        let noLayers = #expect(throws: StepError.self) { try empty.forward() }
        #expect(noLayers?.message == "the network has no layers")
        empty.setArchitecture(Architecture([Layer(units: 1, activation: .sigmoid)]))
        let noParameters = #expect(throws: StepError.self) { try empty.forward() }
        #expect(noParameters?.message == "the parameters W and b are not initialised")
    }

    @Test func trainingStopsBetweenIterationsWhenInterrupted() throws {
        var network = twoLayerNetwork()
        var reference = network
        var calls = 0
        let outcome = try network.train(iterations: 50, learningRate: 0.1, recordEvery: 10, shouldStop: {
            calls += 1
            return calls > 7
        })
        #expect(outcome.interrupted)
        #expect(outcome.completed == 7)
        _ = try reference.train(iterations: 7, learningRate: 0.1, recordEvery: 10)
        #expect(network.parameters == reference.parameters)
        #expect(network.iteration == 7)
    }
}

@Suite struct InitializationTests {
    /// The course's initialize_parameters(2, 4, 1) after np.random.seed(2).
    @Test func randomTimesAHundredthWithSeedTwoGivesTheNotebooksNumbers() throws {
        var random = try NumpyRandom(seed: 2)
        let parameters = try Initialization.random(scale: 0.01).parameters(
            for: Architecture([Layer(units: 4, activation: .tanh), Layer(units: 1, activation: .sigmoid)]), inputSize: 2, random: &random)
        let W1 = [[-0.00416758, -0.00056267], [-0.02136196, 0.01640271], [-0.01793436, -0.00841747], [0.00502881, -0.01245288]]
        #expect(maxAbsDifference(parameters[0].W, matrix(W1)) < 5e-9)
        #expect(maxAbsDifference(parameters[1].W, matrix([[-0.01057952, -0.00909008, 0.00551454, 0.02292208]])) < 5e-9)
        #expect(parameters[0].b == (try Matrix.zeros(4, 1)))
        #expect(parameters[1].b.shape == Shape(1, 1))
    }

    @Test func heScalesBySqrtTwoOverFanIn() throws {
        var random = try NumpyRandom(seed: 3)
        let he = try Initialization.he.parameters(for: Architecture([Layer(units: 3, activation: .relu)]), inputSize: 2, random: &random)
        // np.random.seed(3); np.random.randn(3, 2) * np.sqrt(2 / 2)
        #expect(maxAbsDifference(he[0].W, matrix([[1.78862847, 0.43650985], [0.09649747, -1.8634927], [-0.2773882, -0.35475898]])) < 5e-9)
    }

    @Test func zerosMakeEveryHiddenUnitIdentical() throws {
        var network = Network()
        network.setData(Dataset(name: "d", X: matrix([[1, 2, -1], [3, 4, -3.2]]), Y: matrix([[1, 0, 1]]), origin: "test"))
        network.setArchitecture(Architecture([Layer(units: 3, activation: .tanh), Layer(units: 1, activation: .sigmoid)]))
        var random = try NumpyRandom(seed: 0)
        try network.initialize(.zeros, seed: nil, random: &random)
        _ = try network.train(iterations: 20, learningRate: 0.5, recordEvery: 5)
        let W1 = network.parameters[0].W
        #expect(W1.rowArrays[0] == W1.rowArrays[1] && W1.rowArrays[1] == W1.rowArrays[2])
    }
}
