import MatrixEngine

/// W[l] (n[l], n[l-1]) and b[l] (n[l], 1).
public struct LayerParameters: Sendable, Equatable {
    public var W: Matrix
    public var b: Matrix

    public init(W: Matrix, b: Matrix) {
        self.W = W
        self.b = b
    }
}

/// What forward keeps for backward: cache[l] = (A[l-1], W[l], b[l], Z[l]) as in the notes,
/// plus A[l] itself, which the course's derivatives (σ' = A(1 − A), tanh' = 1 − A²) reuse.
public struct LayerCache: Sendable, Equatable {
    public var APrevious: Matrix
    public var W: Matrix
    public var b: Matrix
    public var Z: Matrix
    public var A: Matrix
}

/// What backward computes for layer l: dZ[l], dW[l], db[l] and dA[l-1] for the layer below.
public struct LayerGradients: Sendable, Equatable {
    public var dA: Matrix
    public var dZ: Matrix
    public var dW: Matrix
    public var db: Matrix
    public var dAPrevious: Matrix
}
