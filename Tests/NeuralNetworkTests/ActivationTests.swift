import Testing
import MatrixEngine
@testable import NeuralNetwork

@Suite struct ActivationTests {
    let Z = matrix([[-2, -0.5, 0, 0.5, 3]])

    @Test func valuesMatchHandComputation() {
        let sigmoid = Activation.sigmoid.apply(Z)
        #expect(abs(sigmoid[0, 2] - 0.5) < 1e-15)
        #expect(abs(sigmoid[0, 0] - 1 / (1 + 7.38905609893065)) < 1e-12)
        #expect(Activation.relu.apply(Z).elements == [0, 0, 0, 0.5, 3])
        #expect(Activation.leakyRelu.apply(Z).elements == [-0.02, -0.005, 0, 0.5, 3])
        #expect(Activation.linear.apply(Z) == Z)
        #expect(abs(Activation.tanh.apply(Z)[0, 3] - 0.46211715726000974) < 1e-15)
    }

    @Test func derivativesMatchTheNotes() {
        let sigmoidA = Activation.sigmoid.apply(Z)
        let d = Activation.sigmoid.derivative(Z: Z, A: sigmoidA)
        #expect(abs(d[0, 2] - 0.25) < 1e-15)  // σ'(0) = 1/4
        let tanhA = Activation.tanh.apply(Z)
        #expect(Activation.tanh.derivative(Z: Z, A: tanhA)[0, 2] == 1)  // tanh'(0) = 1
        #expect(Activation.relu.derivative(Z: Z, A: Z).elements == [0, 0, 0, 1, 1])  // 0 at z = 0, as the course
        #expect(Activation.leakyRelu.derivative(Z: Z, A: Z).elements == [0.01, 0.01, 0.01, 1, 1])
        #expect(Activation.linear.derivative(Z: Z, A: Z).elements == [1, 1, 1, 1, 1])
    }

    @Test(arguments: Activation.allCases)
    func derivativeAgreesWithCentredDifferences(_ g: Activation) {
        // Away from ReLU's kink at 0, where the derivative is not defined.
        let points = matrix([[-1.7, -0.3, 0.2, 0.9, 2.4]])
        let analytic = g.derivative(Z: points, A: g.apply(points))
        let h = 1e-6
        for i in 0..<points.count {
            let plus = g.apply(Matrix(scalar: points.elements[i] + h)).elements[0]
            let minus = g.apply(Matrix(scalar: points.elements[i] - h)).elements[0]
            #expect(abs((plus - minus) / (2 * h) - analytic.elements[i]) < 1e-8, "\(g) at \(points.elements[i])")
        }
    }

    @Test(arguments: Activation.allCases)
    func fusedBackwardEqualsProductWithDerivative(_ g: Activation) throws {
        let dA = matrix([[0.3, -1.2, 2, 0.7, -0.1]])
        let A = g.apply(Z)
        let expected = try dA * g.derivative(Z: Z, A: A)
        #expect(g.backward(dA: dA, Z: Z, A: A) == expected)
    }

    @Test func namesALearnerTypes() {
        #expect(Activation(name: "leaky relu") == .leakyRelu)
        #expect(Activation(name: "leaky_relu") == .leakyRelu)
        #expect(Activation(name: "LeakyReLU") == .leakyRelu)
        #expect(Activation(name: "identity") == .linear)
        #expect(Activation(name: "softmax") == nil)
    }
}
