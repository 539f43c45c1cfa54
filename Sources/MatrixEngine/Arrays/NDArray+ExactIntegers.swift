/// int64 values of any size, as numpy keeps them: exact to 2**63, wrapping around past it.
///
/// Below 2**53 (every array of the course) a Double holds an int64 element exactly, so the
/// matrix kernels do integer work too. An array with a larger element also keeps its elements
/// as `Int64`s (`exactIntegers`); the integer operations here read and make those, and every
/// other operation reads `storage`, which then holds numpy's cast of each element to float64.
extension NDArray {
    /// 2**53: from here on a Double no longer holds every whole number.
    public static let exactIntegerLimit = 9_007_199_254_740_992.0

    /// An int64 array of these values (row-major), keeping them exactly whatever their size.
    public static func integers(_ values: [Int64], shape: ArrayShape) -> NDArray {
        let storageShape = storageShape(for: shape)
        precondition(storageShape.count == values.count, "values do not match shape")
        var result = NDArray(storage: Matrix(uncheckedRows: storageShape.rows, columns: storageShape.columns,
                                             elements: values.map { Double($0) }),
                             shape: shape, dtype: .int64)
        if values.contains(where: { !isHeldExactly($0) }) { result.exactIntegers = values }
        return result
    }

    /// A 0-d int64 array (or numpy scalar) of `value`.
    public static func integer(_ value: Int64) -> NDArray {
        // Asked for every Python int that meets an array (`1 - A2`): the usual case costs no scan.
        isHeldExactly(value) ? .scalar(Double(value), dtype: .int64) : integers([value], shape: .scalar)
    }

    /// The elements as int64 values, row-major: exact for an int64 array, and 0 or 1 for a bool
    /// one. (A float64 array's elements are truncated, as `astype(int)` does for those in range.)
    public var integerElements: [Int64] {
        if let exactIntegers { return exactIntegers }
        return storage.elements.map { NDArray.int64(truncating: $0) }
    }

    /// The element at row-major position `index` as an int64 value.
    public func integerElement(at index: Int) -> Int64 {
        exactIntegers?[index] ?? NDArray.int64(truncating: storage.elements[index])
    }

    /// An int64 element too large to have been kept exactly, if any: an int64 array made from
    /// doubles without its exact values (see `inexactInteger`'s callers: they refuse it).
    @inlinable
    public var inexactInteger: Double? {
        // Asked after every operation: the dtype first, inline, as most results are float64.
        guard dtype == .int64, exactIntegers == nil else { return nil }
        return firstInexactElement()
    }

    /// Four lanes at a time, as an int64 label array (a course's Y) is checked after each
    /// operation on it; a nan or infinity counts (it is no int64 at all).
    @usableFromInline
    func firstInexactElement() -> Double? {
        let limit = SIMD4<Double>(repeating: NDArray.exactIntegerLimit)
        let found = storage.elements.withUnsafeBufferPointer { buffer -> Bool in
            var i = 0
            while i + 4 <= buffer.count {
                let lanes = SIMD4(buffer[i], buffer[i + 1], buffer[i + 2], buffer[i + 3])
                if any(.!((lanes .< limit) .& (lanes .> -limit))) { return true }
                i += 4
            }
            return buffer[i...].contains { !($0.magnitude < NDArray.exactIntegerLimit) }
        }
        return found ? elements.first { !($0.magnitude < NDArray.exactIntegerLimit) } : nil
    }

    /// Whether a Double holds `value` exactly, so that no exact copy is needed.
    @inlinable
    static func isHeldExactly(_ value: Int64) -> Bool {
        value.magnitude < 1 << 53
    }

    /// numpy's cast of a double to int64: toward zero, and the smallest int64 (with numpy's
    /// "invalid value" warning, which the caller gives) for nan, infinities and values out of range.
    public static func int64(truncating value: Double) -> Int64 {
        Int64(exactly: value.rounded(.towardZero)) ?? .min
    }

    /// `astype(int)` of a float64 array: exact for every double in int64's range (1e18 stays
    /// 1000000000000000000), the smallest int64 for the others.
    static func integersConverted(from floats: NDArray) -> NDArray {
        if !floats.storage.elements.contains(where: { $0.magnitude >= exactIntegerLimit || !$0.isFinite }) {
            var result = floats.withStorage(floats.storage.map { DType.int64.converting($0) }, dtype: .int64)
            result.isStridedView = false
            return result
        }
        var result = integers(floats.storage.elements.map { int64(truncating: $0) }, shape: floats.shape)
        result.isTransposedView = floats.isTransposedView
        return result
    }

    /// `values`, row-major for a rows × columns matrix, in the transpose's row-major order.
    static func transposing(_ values: [Int64], rows: Int, columns: Int) -> [Int64] {
        var result: [Int64] = []
        result.reserveCapacity(values.count)
        for c in 0..<columns {
            for r in 0..<rows { result.append(values[r * columns + c]) }
        }
        return result
    }

    /// The elements at these row-major positions, as an array of `shape` (what a slice, a mask
    /// or an integer-array index picks), the exact values kept.
    public func picking(_ positions: [Int], shape newShape: ArrayShape) -> NDArray {
        let target = NDArray.storageShape(for: newShape)
        var result = NDArray(storage: Matrix(uncheckedRows: target.rows, columns: target.columns,
                                             elements: positions.map { storage.elements[$0] }),
                             shape: newShape, dtype: dtype)
        if let exactIntegers {
            let picked = positions.map { exactIntegers[$0] }
            if picked.contains(where: { !NDArray.isHeldExactly($0) }) { result.exactIntegers = picked }
        }
        return result
    }

    /// Applies an int64 operation after broadcasting, on the exact values: numpy's integer
    /// arithmetic, which wraps around at 2**63. `dtype` is the result's (int64, or bool for a
    /// comparison, whose operation gives 0 or 1).
    public static func broadcastingIntegers(_ lhs: NDArray, _ rhs: NDArray, name: String, dtype: DType,
                                            _ operation: (Int64, Int64) -> Int64) throws(MatrixError) -> NDArray {
        guard let shape = broadcastShape(lhs.shape, rhs.shape) else {
            throw .broadcastMismatch(operation: name, lhs: lhs.storage.shape, rhs: rhs.storage.shape)
        }
        // The matrices' broadcasting only moves elements, so it carries the int64 bit patterns
        // unchanged: the operation decodes and encodes them.
        func bitPatterns(_ a: NDArray) -> Matrix {
            Matrix(uncheckedRows: a.storage.rows, columns: a.storage.columns,
                   elements: a.integerElements.map { Double(bitPattern: UInt64(bitPattern: $0)) })
        }
        let encoded = try Matrix.broadcasting(bitPatterns(lhs), bitPatterns(rhs), name: name) { x, y in
            let value = operation(Int64(bitPattern: x.bitPattern), Int64(bitPattern: y.bitPattern))
            return Double(bitPattern: UInt64(bitPattern: value))
        }
        let values = encoded.elements.map { Int64(bitPattern: $0.bitPattern) }
        var result = dtype == .int64 ? integers(values, shape: shape)
            : NDArray(storage: Matrix(uncheckedRows: encoded.rows, columns: encoded.columns, elements: values.map { Double($0) }),
                      shape: shape, dtype: dtype)
        result.isTransposedView = sharedLayout(lhs, rhs)
        return result
    }
}
