import Testing
import MatrixEngine
@testable import NeuralNetwork

@Suite struct PropagationTests {
    @Test func forwardOfOneLayerByHand() {
        // Z = W·A + b with b broadcast over the two columns.
        let cache = Propagation.forward(APrevious: matrix([[1, 2], [3, 4]]), W: matrix([[1, -1], [0.5, 2]]),
                                        b: matrix([[1], [-1]]), activation: .relu)
        #expect(cache.Z == matrix([[-1, -1], [5.5, 8]]))
        #expect(cache.A == matrix([[0, 0], [5.5, 8]]))
        #expect(cache.APrevious == matrix([[1, 2], [3, 4]]))
    }

    /// The notes' logistic regression example: w = [1; 2], b = 2, X = [1 2 -1; 3 4 -3.2], Y = [1 0 1].
    /// The course's propagate() gives cost 5.801545319394553, dw = [0.99845601; 2.39507239], db = 0.00145557813678.
    @Test func logisticRegressionExampleOfTheNotes() throws {
        var network = makeNetwork(X: matrix([[1, 2, -1], [3, 4, -3.2]]), Y: matrix([[1, 0, 1]]),
                                  layers: [Layer(units: 1, activation: .sigmoid)],
                                  parameters: [LayerParameters(W: matrix([[1, 2]]), b: matrix([[2]]))])
        _ = try network.forward()
        _ = try network.computeCost()
        #expect(abs(network.cost! - 5.801545319394553) < 1e-12)
        _ = try network.backward()
        let gradients = network.gradients[0]!
        #expect(abs(gradients.dW[0, 0] - 0.99845601) < 1e-8)
        #expect(abs(gradients.dW[0, 1] - 2.39507239) < 1e-8)
        #expect(abs(gradients.db[0, 0] - 0.00145557813678) < 1e-12)
        #expect(gradients.dW.shape == Shape(1, 2))  // the shape of W (wᵀ in the notes' logistic form)
    }

    @Test func outputLayerDZIsWhatDAtimesSigmoidPrimeSimplifiesTo() throws {
        let A = matrix([[0.2, 0.7, 0.9]]), Y = matrix([[0, 1, 1]])
        let dA = Propagation.outputGradient(A: A, Y: Y)
        let viaChainRule = try dA * Activation.sigmoid.derivative(Z: A, A: A)
        let direct = try A - Y
        #expect(maxAbsDifference(viaChainRule, direct) < 1e-15)
    }

    @Test func costByHand() {
        // -(1/2)[log 0.8 + log 0.6]
        let J = Propagation.cost(A: matrix([[0.8, 0.4]]), Y: matrix([[1, 0]]))
        #expect(abs(J - -(0.5 * (Matrix.naturalLog(0.8) + Matrix.naturalLog(0.6)))) < 1e-15)
    }

    /// Every activation in a hidden layer: backward's dW and db agree with centred differences of J,
    /// computed here independently of the product's gradient check.
    @Test(arguments: Activation.allCases)
    func backwardAgreesWithNumericalGradients(_ hidden: Activation) throws {
        var random = try NumpyRandom(seed: 7)
        let X = try Matrix.randn(3, 5, using: &random)
        let Y = matrix([[1, 0, 1, 1, 0]])
        let network = makeRandomNetwork(X: X, Y: Y, layers: [Layer(units: 4, activation: hidden), Layer(units: 3, activation: hidden),
                                                             Layer(units: 1, activation: .sigmoid)], seed: 3)
        let data = network.data!
        let exact = network.fullGradients(parameters: network.parameters, data: data)
        let epsilon = 1e-6
        for l in 1...network.depth {
            for isBias in [false, true] {
                let count = isBias ? network.parameters[l - 1].b.count : network.parameters[l - 1].W.count
                for index in 0..<count {
                    var plus = network.parameters, minus = network.parameters
                    if isBias {
                        plus[l - 1].b.elements[index] += epsilon
                        minus[l - 1].b.elements[index] -= epsilon
                    } else {
                        plus[l - 1].W.elements[index] += epsilon
                        minus[l - 1].W.elements[index] -= epsilon
                    }
                    let numerical = (network.cost(parameters: plus, data: data) - network.cost(parameters: minus, data: data)) / (2 * epsilon)
                    let analytic = isBias ? exact[l - 1].db.elements[index] : exact[l - 1].dW.elements[index]
                    #expect(abs(numerical - analytic) < 1e-7 * max(1, abs(analytic)), "\(hidden) \(isBias ? "b" : "W")\(l)[\(index)]")
                }
            }
        }
    }

    @Test(arguments: Activation.allCases)
    func gradientCheckPassesForEveryActivation(_ hidden: Activation) throws {
        var random = try NumpyRandom(seed: 11)
        let X = try Matrix.randn(2, 6, using: &random)
        let network = makeRandomNetwork(X: X, Y: matrix([[0, 1, 1, 0, 1, 0]]),
                                        layers: [Layer(units: 3, activation: hidden), Layer(units: 1, activation: .sigmoid)], seed: 5)
        let check = try network.gradientCheck()
        #expect(check.passes, "\(hidden): \(check.overall)")
        #expect(check.entries.map(\.name) == ["W1", "b1", "W2", "b2"])
    }

    /// Ctrl-C during a long check ends it with a clear error after the element in progress.
    @Test func gradientCheckStopsWhenAsked() throws {
        let network = makeRandomNetwork(X: matrix([[1, 2, 3], [4, 5, 6]]), Y: matrix([[0, 1, 1]]),
                                        layers: [Layer(units: 3, activation: .tanh), Layer(units: 1, activation: .sigmoid)])
        var asked = 0
        #expect(throws: StepError("gradient check interrupted at W1", hint: "nothing was changed; gradcheck again to rerun it")) {
            try network.gradientCheck(shouldStop: { asked += 1; return asked > 2 })
        }
        #expect(asked == 3)
    }
}
