/// The matrix product and the transpose.
extension Matrix {
    /// `A @ B` / `np.dot(A, B)`. The left operand's columns must equal the right operand's rows.
    public func matmul(_ other: Matrix) throws(MatrixError) -> Matrix {
        guard columns == other.rows else { throw .productMismatch(lhs: shape, rhs: other.shape) }
        try Matrix.checkDimensions(rows, other.columns, "matmul")
        let m = rows, k = columns, n = other.columns
        let result = [Double](unsafeUninitializedCapacity: m * n) { buffer, initialized in
            buffer.initialize(repeating: 0)
            elements.withUnsafeBufferPointer { a in
                other.elements.withUnsafeBufferPointer { b in
                    // i-k-j order: the inner loop streams a row of B into a row of C.
                    for i in 0..<m {
                        let cRow = buffer.baseAddress! + i * n
                        for p in 0..<k {
                            let aip = a[i * k + p]
                            let bRow = b.baseAddress! + p * n
                            for j in 0..<n { cRow[j] += aip * bRow[j] }
                        }
                    }
                }
            }
            initialized = m * n
        }
        return Matrix(uncheckedRows: m, columns: n, elements: result)
    }

    /// `A.T`.
    public var transposed: Matrix {
        let result = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            elements.withUnsafeBufferPointer { a in
                for r in 0..<rows {
                    for c in 0..<columns { buffer[c * rows + r] = a[r * columns + c] }
                }
            }
            initialized = count
        }
        return Matrix(uncheckedRows: columns, columns: rows, elements: result)
    }
}
