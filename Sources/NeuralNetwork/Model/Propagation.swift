import MatrixEngine

/// The notes' forward and backward functions for one layer, written with the notes' names.
/// Callers check shapes first (the stepper's guard rails); a mismatch here is a programming error.
public enum Propagation {
    /// Z[l] = W[l]·A[l-1] + b[l], then A[l] = g[l](Z[l]); the cache keeps (A[l-1], W[l], b[l], Z[l]).
    /// `packedAPrevious` is A[l-1] packed beforehand (training packs a wide X once for all iterations).
    public static func forward(APrevious: Matrix, W: Matrix, b: Matrix, activation: Activation,
                               packedAPrevious: PackedRightOperand? = nil) -> LayerCache {
        var Z = try! packedAPrevious.map { try W.matmul($0) } ?? W.matmul(APrevious)
        addColumn(b, to: &Z)
        let A = activation.apply(Z)
        return LayerCache(APrevious: APrevious, W: W, b: b, Z: Z, A: A)
    }

    /// dZ[l] = dA[l] * g'(Z[l]); dW[l] = (1/m) dZ[l]·A[l-1]ᵀ; db[l] = (1/m) Σ_columns dZ[l];
    /// dA[l-1] = W[l]ᵀ·dZ[l]. Training skips dA[0] (`needsPrevious: false`): X is not learned.
    public static func backward(dA: Matrix, cache: LayerCache, activation: Activation, needsPrevious: Bool = true) -> LayerGradients {
        let dZ = activation.backward(dA: dA, Z: cache.Z, A: cache.A)
        return linearBackward(dA: dA, dZ: dZ, cache: cache, needsPrevious: needsPrevious)
    }

    /// The output layer with sigmoid and cross-entropy: dZ[L] = A[L] − Y (what dA[L] * σ'(Z[L])
    /// simplifies to), computed directly as the course does. dA[L] itself is only for showing:
    /// training passes `showingOutputGradient: false` and gets an empty one.
    public static func outputBackward(Y: Matrix, cache: LayerCache, showingOutputGradient: Bool = true, needsPrevious: Bool = true) -> LayerGradients {
        let dZ = try! cache.A - Y
        let dA = showingOutputGradient ? outputGradient(A: cache.A, Y: Y) : Matrix(scalar: .nan)
        return linearBackward(dA: dA, dZ: dZ, cache: cache, needsPrevious: needsPrevious)
    }

    /// dA[L] = −(Y/A − (1 − Y)/(1 − A)), the derivative of the cross-entropy loss with respect to A[L].
    public static func outputGradient(A: Matrix, Y: Matrix) -> Matrix {
        try! Matrix.broadcasting(A, Y, name: "dA") { a, y in -(y / a - (1 - y) / (1 - a)) }
    }

    /// The linear part of backward, shared by every activation. The products read A[l-1] and W[l]
    /// transposed in place (no transposed copy is made).
    ///
    /// dW is computed as (1/m · dZ) · A_prevᵀ, the order in which Python evaluates the notes'
    /// `1/m * dZ @ A_prev.T`, so that a learner's check `dW2 - 1/m * dZ2 @ A1.T` is exactly zero.
    static func linearBackward(dA: Matrix, dZ: Matrix, cache: LayerCache, needsPrevious: Bool) -> LayerGradients {
        let m = Double(cache.APrevious.columns)
        let dW = try! dZ.scaled(by: 1 / m).matmul(cache.APrevious, transposeRight: true)
        var db = try! dZ.reduced(.sum, axis: .columns, keepDimensions: true)
        for i in db.elements.indices { db.elements[i] = (1 / m) * db.elements[i] }
        let dAPrevious = needsPrevious ? try! cache.W.matmul(dZ, transposeLeft: true) : Matrix(scalar: .nan)
        return LayerGradients(dA: dA, dZ: dZ, dW: dW, db: db, dAPrevious: dAPrevious)
    }

    /// W := W − α dW (the same arithmetic as the course's `W = W - learning_rate * dW`).
    /// Returns false when a result is nan or inf (an exploding gradient, or a step that overflows).
    @discardableResult
    static func descend(_ values: inout Matrix, along gradient: Matrix, rate α: Double) -> Bool {
        let (updated, isFinite) = values.subtractingScaled(gradient, by: α)
        values = updated
        return isFinite
    }

    /// True when every element is in the open interval (0, 1): a sigmoid output whose cost is finite.
    static func isStrictlyBetweenZeroAndOne(_ A: Matrix) -> Bool {
        A.isStrictlyInsideUnitInterval
    }

    /// The first element that is nan or infinite, if any.
    static func firstNonFinite(_ matrix: Matrix) -> Double? {
        matrix.elements.first { !$0.isFinite }
    }

    /// A number in four significant digits, for messages.
    static func shortNumber(_ x: Double) -> String {
        guard x.isFinite, x != 0 else { return Matrix.formatScalar(x) }
        var options = PrintOptions()
        options.precision = 4
        return String(Matrix(scalar: x).formatted(options).filter { $0 != "[" && $0 != "]" && $0 != " " })
    }

    /// J = −(1/m) Σ [Y log A + (1 − Y) log(1 − A)], the cross-entropy cost, summed in numpy's order.
    public static func cost(A: Matrix, Y: Matrix) -> Double {
        let logProbabilities = try! Matrix.broadcasting(A, Y, name: "cost") { a, y in
            Matrix.naturalLog(a) * y + (1 - y) * Matrix.naturalLog(1 - a)
        }
        let m = Double(Y.columns)
        return -Matrix.pairwiseSum(logProbabilities.elements[...]) / m
    }

    /// Adds the column b (n, 1) to every column of Z (n, m): numpy's broadcast of b over m examples.
    static func addColumn(_ b: Matrix, to Z: inout Matrix) {
        Z.addColumnInPlace(b)
    }
}
