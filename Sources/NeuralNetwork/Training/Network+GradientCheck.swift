import MatrixEngine

/// The course's gradient check: every partial derivative of J estimated by centred differences,
/// (J(θ + ε) − J(θ − ε)) / 2ε, compared with backward propagation's dW and db.
public struct GradientCheck: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// `W1`, `b2`.
        public var name: String
        public var shape: Shape
        /// ‖grad − approx‖ / (‖grad‖ + ‖approx‖), the course's relative difference.
        public var difference: Double
        public var checkedCount: Int
    }

    public var entries: [Entry]
    /// The same difference over every checked element at once (the course's single number).
    public var overall: Double
    /// The largest |grad − gradapprox| over every checked element.
    public var largestAbsoluteDifference: Double
    /// The largest |grad| checked: when it is tiny, rounding in J divided by ε dominates.
    public var largestGradient: Double
    public var epsilon: Double
    /// Below this the course says backward propagation "works perfectly fine" (2e-7).
    public static let threshold = 2e-7

    public var passes: Bool { overall < GradientCheck.threshold }
}

extension Network {
    /// Gradient check at the current parameters. Each parameter element costs two forward passes,
    /// so at most `limit` elements per parameter are checked (evenly spread) on big layers.
    /// `shouldStop` is asked between elements (Ctrl-C): the check then ends with an error and
    /// changes nothing, since it never changes the network anyway.
    public func gradientCheck(epsilon: Double = 1e-7, limit: Int = 2000, shouldStop: () -> Bool = { false }) throws(StepError) -> GradientCheck {
        try checkTrainable()
        let data = data!
        let exact = fullGradients(parameters: parameters, data: data)
        var entries: [GradientCheck.Entry] = []
        var allExact: [Double] = [], allApprox: [Double] = []
        for l in 1...depth {
            for isBias in [false, true] {
                let values = isBias ? parameters[l - 1].b : parameters[l - 1].W
                let gradient = isBias ? exact[l - 1].db : exact[l - 1].dW
                let stride = max(1, (values.count + limit - 1) / limit)
                var exactPart: [Double] = [], approxPart: [Double] = []
                for index in Swift.stride(from: 0, to: values.count, by: stride) {
                    if shouldStop() {
                        throw StepError("gradient check interrupted at \(isBias ? "b" : "W")\(l)", hint: "nothing was changed; gradcheck again to rerun it")
                    }
                    func costWith(_ delta: Double) -> Double {
                        var shifted = parameters
                        if isBias { shifted[l - 1].b.elements[index] += delta } else { shifted[l - 1].W.elements[index] += delta }
                        return cost(parameters: shifted, data: data)
                    }
                    approxPart.append((costWith(epsilon) - costWith(-epsilon)) / (2 * epsilon))
                    exactPart.append(gradient.elements[index])
                }
                entries.append(.init(name: "\(isBias ? "b" : "W")\(l)", shape: values.shape,
                                     difference: relativeDifference(exactPart, approxPart), checkedCount: exactPart.count))
                allExact += exactPart
                allApprox += approxPart
            }
        }
        let absolute = zip(allExact, allApprox).map { abs($0 - $1) }.max() ?? 0
        let largest = allExact.map(abs).max() ?? 0
        return GradientCheck(entries: entries, overall: relativeDifference(allExact, allApprox),
                             largestAbsoluteDifference: absolute, largestGradient: largest, epsilon: epsilon)
    }

    func cost(parameters: [LayerParameters], data: Dataset) -> Double {
        var A = data.X
        for l in 1...depth {
            A = Propagation.forward(APrevious: A, W: parameters[l - 1].W, b: parameters[l - 1].b, activation: architecture.activation(l)).A
        }
        return Propagation.cost(A: A, Y: data.Y)
    }

    /// Backward propagation's gradients for every layer, from one fresh forward pass.
    func fullGradients(parameters: [LayerParameters], data: Dataset) -> [LayerGradients] {
        var caches: [LayerCache] = []
        var A = data.X
        for l in 1...depth {
            let cache = Propagation.forward(APrevious: A, W: parameters[l - 1].W, b: parameters[l - 1].b, activation: architecture.activation(l))
            caches.append(cache)
            A = cache.A
        }
        var result = [LayerGradients?](repeating: nil, count: depth)
        var gradients = Propagation.outputBackward(Y: data.Y, cache: caches[depth - 1])
        result[depth - 1] = gradients
        for l in stride(from: depth - 1, through: 1, by: -1) {
            gradients = Propagation.backward(dA: gradients.dAPrevious, cache: caches[l - 1], activation: architecture.activation(l))
            result[l - 1] = gradients
        }
        return result.map { $0! }
    }

    private func relativeDifference(_ a: [Double], _ b: [Double]) -> Double {
        var difference = 0.0, normA = 0.0, normB = 0.0
        for i in a.indices {
            difference += (a[i] - b[i]) * (a[i] - b[i])
            normA += a[i] * a[i]
            normB += b[i] * b[i]
        }
        let denominator = normA.squareRoot() + normB.squareRoot()
        return denominator == 0 ? 0 : difference.squareRoot() / denominator
    }
}
