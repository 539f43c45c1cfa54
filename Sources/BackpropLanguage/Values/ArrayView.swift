import MatrixEngine

/// What makes an array a view, as numpy's basic slices, `.T`, `reshape`, `ravel`, `squeeze` and
/// `None` axes are: the base array that owns the elements and where each of the view's elements
/// (in row-major order) sits among the base's. A write through the view goes into the base, and
/// a write into the base shows in the view, as in the notebooks (`row = A[0:1, :]; row[0, 0] = 8`
/// changes A). Integer-array and mask indexing make copies, as numpy's do.
struct ArrayView {
    let base: ArrayObject
    /// The base's write count when the view's elements were last read from it.
    var seenVersion: Int
    private var positions: Positions

    private enum Positions {
        case listed([Int])
        /// `.T` of a (rows, columns) array at these positions (nil: the base itself), worked out
        /// only when the view is written or its base changes: `.T` is taken on every iteration.
        case transposed(of: [Int]?, rows: Int, columns: Int)
    }

    init(base: ArrayObject, positions: [Int]) {
        self.base = base
        seenVersion = base.version
        self.positions = .listed(positions)
    }

    private init(base: ArrayObject, transposing parent: [Int]?, rows: Int, columns: Int) {
        self.base = base
        seenVersion = base.version
        positions = .transposed(of: parent, rows: rows, columns: columns)
    }

    mutating func resolvedPositions() -> [Int] {
        switch positions {
        case let .listed(list):
            return list
        case let .transposed(parent, rows, columns):
            var list = [Int]()
            list.reserveCapacity(rows * columns)
            for j in 0..<columns {
                for i in 0..<rows { list.append(parent?[i * columns + j] ?? i * columns + j) }
            }
            positions = .listed(list)
            return list
        }
    }

    /// `.T` of `array` (rank 2) as a view of its base.
    static func transposing(_ array: ArrayObject) -> ArrayObject {
        let original = array.value
        let result = original.transposed
        let (rows, columns) = (original.shape[0], original.shape[1])
        if let (base, positions) = array.viewedPositions() {
            return ArrayObject(result, viewing: ArrayView(base: base, transposing: positions, rows: rows, columns: columns))
        }
        return ArrayObject(result, viewing: ArrayView(base: array, transposing: nil, rows: rows, columns: columns))
    }

    /// The elements of `array` at `positions` (row-major positions in it), laid out as `result`.
    static func selecting(_ result: NDArray, at positions: [Int], of array: ArrayObject) -> ArrayObject {
        if let (base, parent) = array.viewedPositions() {
            return ArrayObject(result, viewing: ArrayView(base: base, positions: positions.map { parent[$0] }))
        }
        return ArrayObject(result, viewing: ArrayView(base: array, positions: positions))
    }

    /// How numpy decides whether a reshape shares its elements.
    enum Sharing {
        /// `reshape`, `squeeze`, `np.expand_dims`, `None` axes: a view wherever strides can
        /// express the new shape over the elements' places in memory.
        case whereStridesAllow
        /// `ravel` (order 'C'): a view only of a C-contiguous array, one run in memory.
        case onlyWhenContiguous
    }

    /// `array`'s elements in the same order under another shape: a view where numpy makes one,
    /// otherwise a copy, as numpy's `A.T.ravel()` and `A[:, ::2].reshape(6)` are. numpy judges by
    /// memory, and an array made from a transposed one (`A.T * 2`, `np.copy(A.T)`) is in Fortran
    /// order there. A numpy scalar is immutable, so what is made from it is a new array.
    static func reshaping(_ array: ArrayObject, to result: NDArray, sharing: Sharing = .whereStridesAllow) -> ArrayObject {
        if array.isNumpyScalar { return ArrayObject(result.contiguousCopy) }
        let viewed = array.viewedPositions()
        let base = viewed?.base ?? array
        let positions = viewed?.positions ?? Array(0..<result.count)
        let offsets = memoryOffsets(of: positions, in: base.value)
        let shared: Bool
        switch sharing {
        case .whereStridesAllow:
            let rows = result.rank == 2 ? result.shape[0] : 1
            shared = isEvenlySpaced(offsets, rows: rows, columns: result.count / max(rows, 1))
        case .onlyWhenContiguous:
            shared = offsets.indices.allSatisfy { offsets[$0] == offsets[0] + $0 }
        }
        guard shared else { return ArrayObject(result.contiguousCopy) }
        return ArrayObject(result, viewing: ArrayView(base: base, positions: positions))
    }

    /// Where the elements at these row-major positions of `base` sit in its memory.
    private static func memoryOffsets(of positions: [Int], in base: NDArray) -> [Int] {
        guard base.isTransposedView, base.rank == 2 else { return positions }
        let (rows, columns) = (base.shape[0], base.shape[1])
        return positions.map { ($0 % columns) * rows + $0 / columns }
    }

    static func isEvenlySpaced(_ positions: [Int], rows: Int, columns: Int) -> Bool {
        guard positions.count > 1 else { return true }
        let first = positions[0]
        let columnStep = columns > 1 ? positions[1] - first : 0
        let rowStep = rows > 1 ? positions[columns] - first : 0
        for i in 0..<rows {
            for j in 0..<columns where positions[i * columns + j] != first + i * rowStep + j * columnStep { return false }
        }
        return true
    }
}
