/// Element-wise work on arrays: the elements come from the stored matrices (which broadcast as
/// numpy does), the numpy shape from `broadcastShape`, and the dtype from the caller, who knows
/// the operation's rule (`+` on two int64 arrays stays int64, `/` gives float64, `<` gives bool).
extension NDArray {
    /// Applies `operation` after broadcasting; throws when numpy's shapes do not broadcast.
    public static func broadcasting(_ lhs: NDArray, _ rhs: NDArray, name: String, dtype: DType,
                                    _ operation: (Double, Double) -> Double) throws(MatrixError) -> NDArray {
        guard let shape = broadcastShape(lhs.shape, rhs.shape) else {
            throw .broadcastMismatch(operation: name, lhs: lhs.storage.shape, rhs: rhs.storage.shape)
        }
        let elements = try Matrix.broadcasting(lhs.storage, rhs.storage, name: name, operation)
        var result = NDArray(storage: elements, shape: shape, dtype: dtype)
        result.isTransposedView = sharedLayout(lhs, rhs)
        return result
    }

    /// The result of a matrix-engine operation on two operands' storage, under their broadcast shape.
    public init(adopting storage: Matrix, _ a: NDArray, _ b: NDArray, dtype: DType) {
        self.init(storage: storage, shape: NDArray.broadcastShape(a.shape, b.shape)!, dtype: dtype)
        isTransposedView = NDArray.sharedLayout(a, b)
    }

    /// numpy keeps the operands' memory order for the result when every matrix operand has it.
    @usableFromInline
    static func sharedLayout(_ a: NDArray, _ b: NDArray) -> Bool {
        // Asked at every element-wise operation: no arrays of the operands are made.
        guard a.rank == 2 || b.rank == 2 else { return false }
        if a.rank == 2 && !a.isTransposedView || b.rank == 2 && !b.isTransposedView { return false }
        return a.rank < 2 || b.rank < 2 || a.shape == b.shape
    }

    /// Applies `operation` to every element; the shape stays.
    @inlinable
    public func map(dtype newType: DType? = nil, _ operation: (Double) -> Double) -> NDArray {
        withStorage(storage.map(operation), dtype: newType ?? dtype)
    }

    /// Whether the two shapes differ only by a rank-1 `(n,)` meeting an `(n, 1)` column: numpy
    /// then makes an (n, n) matrix, the notes' "challenging bug".
    public static func isRankOneAgainstColumn(_ a: ArrayShape, _ b: ArrayShape) -> Bool {
        (a.count == 1 && b.count == 2 && b[1] == 1 && b[0] == a[0] && a[0] > 1)
            || (b.count == 1 && a.count == 2 && a[1] == 1 && a[0] == b[0] && b[0] > 1)
    }
}

extension NDArray {
    /// The array stretched to `shape` by numpy's broadcasting, every element kept bit for bit.
    public func broadcast(to shape: ArrayShape) throws(MatrixError) -> NDArray {
        if shape == self.shape { return self }
        let target = NDArray.storageShape(for: shape)
        guard NDArray.broadcastShape(self.shape, shape) == shape else {
            throw .broadcastMismatch(operation: "broadcast", lhs: storage.shape, rhs: target)
        }
        if exactIntegers != nil {
            return try NDArray.broadcastingIntegers(self, .integers(Array(repeating: 0, count: target.count), shape: shape), name: "broadcast", dtype: .int64) { value, _ in value }
        }
        let stretched = try Matrix.broadcasting(storage, try Matrix.zeros(target.rows, target.columns), name: "broadcast") { value, _ in value }
        return NDArray(storage: stretched, shape: shape, dtype: dtype)
    }

    /// `np.where(condition, x, y)`: x's element where the condition holds, else y's.
    public static func select(_ condition: NDArray, _ x: NDArray, _ y: NDArray) throws(MatrixError) -> NDArray {
        guard let pair = broadcastShape(condition.shape, x.shape) else {
            throw .broadcastMismatch(operation: "where", lhs: condition.storage.shape, rhs: x.storage.shape)
        }
        guard let shape = broadcastShape(pair, y.shape) else {
            throw .broadcastMismatch(operation: "where", lhs: NDArray.storageShape(for: pair), rhs: y.storage.shape)
        }
        let c = try condition.broadcast(to: shape), xs = try x.broadcast(to: shape), ys = try y.broadcast(to: shape)
        var elements = xs.storage
        for i in 0..<elements.count where c.storage.elements[i] == 0 { elements.elements[i] = ys.storage.elements[i] }
        return NDArray(storage: elements, shape: shape, dtype: DType.promoted(x.dtype, y.dtype))
    }
}
