/// A numpy array of rank 0, 1 or 2: `()`, `(n,)` or `(n, m)`, with a dtype.
///
/// The elements live in a 2-D `Matrix`, the array as numpy would broadcast it: a rank-1 `(n,)`
/// is stored as the row `(1, n)` and a rank-0 as `(1, 1)`. Broadcasting right-aligns shapes and
/// prepends ones, so element-wise work on the stored matrices gives numpy's elements, and the
/// numpy shape of the result is the broadcast of the two numpy shapes.
public struct NDArray: Equatable, Sendable {
    public private(set) var storage: Matrix
    /// 0, 1 or 2; the dimensions are the storage's (see `shape`).
    public private(set) var rank: Int
    public private(set) var dtype: DType
    /// Whether the elements sit in memory in the transposed order, as numpy's `M.T` (a view in
    /// Fortran order) and element-wise results of it do. Reductions follow memory order, so
    /// `np.sum(M.T)` adds in M's order and gives numpy's bits.
    public internal(set) var isTransposedView = false
    /// A numpy scalar (`np.float64(2.5)`, what a reduction or an index gives) rather than a 0-d
    /// array (`np.array(2.5)`, `np.squeeze(cost)`): they compute alike and differ in repr only.
    public var isNumpyScalar = false
    /// Whether the array is a view whose elements are not one run in memory, as numpy's column
    /// slice `A[:, 1:]` is: numpy's whole-array sum then goes through its 8192-element buffer, a
    /// block of whole rows at a time (see `reduced`). Operations on it make contiguous arrays.
    public internal(set) var isStridedView = false
    /// An int64 array's elements exactly, row-major, when one of them is 2**53 or more in
    /// magnitude (a Double holds every whole number only below that). `storage` then holds each
    /// rounded to the nearest Double, which is numpy's cast to float64, so float work reads it as
    /// it is. nil for every other array. See NDArray+ExactIntegers.
    public internal(set) var exactIntegers: [Int64]?

    /// A 2-D array (the matrices of the network, the stepper's quantities).
    public init(_ matrix: Matrix, dtype: DType = .float64) {
        storage = matrix
        rank = 2
        self.dtype = dtype
    }

    /// An array of the given numpy shape over `storage`, which must hold its elements in the
    /// broadcast form described above.
    public init(storage: Matrix, shape: ArrayShape, dtype: DType) {
        precondition(shape.count <= 2 && NDArray.storageShape(for: shape) == storage.shape, "storage does not match shape")
        self.storage = storage
        rank = shape.rank
        self.dtype = dtype
    }

    /// A 0-d array: what `np.squeeze` of a (1, 1) cost or `np.array(5.0)` gives.
    public static func scalar(_ value: Double, dtype: DType = .float64) -> NDArray {
        NDArray(storage: Matrix(scalar: value), shape: .scalar, dtype: dtype)
    }

    /// A rank-1 array `(n,)`.
    public static func vector(_ elements: [Double], dtype: DType = .float64) -> NDArray {
        NDArray(storage: Matrix(uncheckedRows: 1, columns: elements.count, elements: elements), shape: .vector(elements.count), dtype: dtype)
    }

    /// The matrix shape that holds an array of this numpy shape.
    public static func storageShape(for shape: ArrayShape) -> Shape {
        switch shape.count {
        case 0: return Shape(1, 1)
        case 1: return Shape(1, shape[0])
        default: return Shape(shape[0], shape[1])
        }
    }

    /// The same for a shape given as dimensions (of a higher rank: its last two).
    public static func storageShape(for shape: [Int]) -> Shape {
        storageShape(for: ArrayShape(shape.suffix(2)))
    }

    /// The numpy shape, read off the storage: (n, m) is the storage's, (n,) its columns, () nothing.
    public var shape: ArrayShape {
        switch rank {
        case 0: return .scalar
        case 1: return .vector(storage.columns)
        default: return .matrix(storage.rows, storage.columns)
        }
    }
    public var count: Int { storage.count }
    public var elements: [Double] { storage.elements }

    /// `(3,)`, `()`, `(2, 3)`: as numpy prints a shape tuple.
    public var shapeDescription: String { shape.description }

    public static func describe(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// Equal as numpy values: the same shape, dtype and elements (however they sit in memory).
    public static func == (lhs: NDArray, rhs: NDArray) -> Bool {
        guard lhs.shape == rhs.shape && lhs.dtype == rhs.dtype else { return false }
        if lhs.exactIntegers == nil && rhs.exactIntegers == nil { return lhs.storage == rhs.storage }
        return lhs.integerElements == rhs.integerElements
    }

    /// The same elements under another numpy shape with the same count.
    public func reshaped(_ newShape: ArrayShape) throws(MatrixError) -> NDArray {
        let target = NDArray.storageShape(for: newShape)
        let reshaped = try storage.reshaped(target.rows, target.columns)
        var result = NDArray(storage: reshaped, shape: newShape, dtype: dtype)
        result.exactIntegers = exactIntegers  // the same row-major order
        return result
    }

    public func reshaped(_ newShape: [Int]) throws(MatrixError) -> NDArray {
        try reshaped(ArrayShape(newShape))
    }

    /// The elements converted to another dtype, as `astype` does.
    public func converted(to newType: DType) -> NDArray {
        if newType == dtype { return self }
        if newType == .int64 && dtype == .float64 { return NDArray.integersConverted(from: self) }
        var copy = self
        copy.dtype = newType
        copy.exactIntegers = nil  // storage already holds the int64 values as float64 and bool read them
        if newType != .float64 || dtype == .float64 { copy.storage = storage.map { newType.converting($0) } }
        return copy
    }

    /// The same array with its elements replaced (the caller keeps the count and the dtype's rule).
    public func withStorage(_ newStorage: Matrix, dtype newType: DType? = nil) -> NDArray {
        var result = NDArray(storage: newStorage, shape: shape, dtype: newType ?? dtype)
        result.isTransposedView = isTransposedView
        return result
    }

    /// Writes `source`'s elements (row-major, already in this array's dtype) at these row-major
    /// positions, keeping the shape, the dtype and the memory order: what a write through a view
    /// into its base array does, and a view catching up with its base (`putting: false` reads
    /// `source` at the positions instead). Exact int64 values stay exact.
    public mutating func copyElements(of source: NDArray, positions: [Int], putting: Bool) {
        let needsExact = dtype == .int64 && (exactIntegers != nil || source.exactIntegers != nil)
        var exact = needsExact ? integerElements : []
        let sourceExact = needsExact ? source.integerElements : []
        let sourceElements = source.storage.elements
        for (k, position) in positions.enumerated() {
            let (to, from) = putting ? (position, k) : (k, position)
            storage.elements[to] = sourceElements[from]
            if needsExact { exact[to] = sourceExact[from] }
        }
        exactIntegers = needsExact && exact.contains(where: { !NDArray.isHeldExactly($0) }) ? exact : nil
    }

    /// `.T`: reverses the axes; a rank-0 or rank-1 array is unchanged, as in numpy.
    public var transposed: NDArray {
        guard rank == 2 else { return self }
        var result = NDArray(storage.transposed, dtype: dtype)
        result.exactIntegers = exactIntegers.map { NDArray.transposing($0, rows: storage.rows, columns: storage.columns) }
        result.isTransposedView = !isTransposedView
        result.isStridedView = isStridedView
        return result
    }

    /// The array as a view of another's memory: in the transposed (Fortran) order or not, and
    /// strided or contiguous in that order (what a slice of an array is).
    public func asView(transposedInMemory: Bool, strided: Bool) -> NDArray {
        var view = self
        view.isTransposedView = transposedInMemory && rank == 2
        view.isStridedView = strided && rank == 2
        return view
    }

    /// The same elements as a contiguous array of their own (what np.array and .copy() make).
    public var contiguousCopy: NDArray {
        var copy = self
        copy.isStridedView = false
        return copy
    }

    /// The numpy shape two shapes broadcast to, or nil when they do not.
    public static func broadcastShape(_ a: ArrayShape, _ b: ArrayShape) -> ArrayShape? {
        if a == b { return a }  // the usual case
        let rank = max(a.count, b.count)
        var dimensions: (Int, Int) = (0, 0)
        for axis in 0..<rank {
            let x = axis < rank - a.count ? 1 : a[axis - (rank - a.count)]
            let y = axis < rank - b.count ? 1 : b[axis - (rank - b.count)]
            let size: Int
            if x == y || y == 1 { size = x } else if x == 1 { size = y } else { return nil }
            if axis == 0 { dimensions.0 = size } else { dimensions.1 = size }
        }
        switch rank {
        case 0: return .scalar
        case 1: return .vector(dimensions.0)
        default: return .matrix(dimensions.0, dimensions.1)
        }
    }
}
