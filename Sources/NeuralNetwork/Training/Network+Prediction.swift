import MatrixEngine

/// The course's `predict`: a full forward pass, then A[L] > 0.5.
public struct Prediction: Sendable, Equatable {
    /// A[L], the probabilities (1, m).
    public var probabilities: Matrix
    /// 1 where A[L] > 0.5, else 0 (1, m).
    public var labels: Matrix
    /// Percentage of examples whose label equals Y's, when Y fits.
    public var accuracy: Double?
    /// How many examples that is.
    public var correctCount: Int?
}

extension Network {
    /// A[L] for the columns of `X` with the current parameters (no caches are touched).
    public func outputs(for X: Matrix) throws(StepError) -> Matrix {
        _ = try requireReady()
        var A = X
        for l in 1...depth {
            try checkParameters(layer: l, incomingRows: A.rows)
            A = Propagation.forward(APrevious: A, W: parameters[l - 1].W, b: parameters[l - 1].b, activation: architecture.activation(l)).A
        }
        return A
    }

    /// Predictions on the bound data (or other `X`), with accuracy against `Y`.
    public func predict(X: Matrix? = nil, Y: Matrix? = nil) throws(StepError) -> Prediction {
        let data = try requireReady()
        let inputs = X ?? data.X
        let labels = X == nil ? data.Y : Y
        let A = try outputs(for: inputs)
        let predicted = A.map { $0 > 0.5 ? 1 : 0 }
        var accuracy: Double?
        var correctCount: Int?
        if let labels, labels.shape == predicted.shape, labels.count > 0 {
            var correct = 0
            for i in 0..<labels.count where labels.elements[i] == predicted.elements[i] { correct += 1 }
            accuracy = Double(100 * correct) / Double(labels.count)  // 62.75, not 62.74999999999999
            correctCount = correct
        }
        return Prediction(probabilities: A, labels: predicted, accuracy: accuracy, correctCount: correctCount)
    }
}
