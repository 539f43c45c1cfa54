/// The matrix product, `A @ B`, and the products with a transposed operand, `A @ B.T` and
/// `A.T @ B`, computed without materialising the transpose (backward passes are made of them).
extension Matrix {
    /// `op(A) @ op(B)`, where op transposes an operand when asked: `a.matmul(b)` is `a @ b`,
    /// `a.matmul(b, transposeRight: true)` is `a @ b.T`, `a.matmul(b, transposeLeft: true)` is
    /// `a.T @ b`. The columns of op(A) must equal the rows of op(B); the error reports the shapes
    /// of op(A) and op(B), as the learner wrote them.
    public func matmul(_ other: Matrix, transposeLeft: Bool = false, transposeRight: Bool = false) throws(MatrixError) -> Matrix {
        try matmul(other, transposeLeft: transposeLeft, transposeRight: transposeRight, configuration: .automatic)
    }

    /// The product computed as `configuration` says (for the tests and the benchmark).
    package func matmul(_ other: Matrix, transposeLeft: Bool = false, transposeRight: Bool = false,
                        configuration: ProductConfiguration) throws(MatrixError) -> Matrix {
        let left = transposeLeft ? shape.transposed : shape
        let right = transposeRight ? other.shape.transposed : other.shape
        guard left.columns == right.rows else { throw .productMismatch(lhs: left, rhs: right) }
        try Matrix.checkDimensions(left.rows, right.columns, "matmul")
        let size = ProductDimensions(m: left.rows, n: right.columns, k: left.columns)
        let count = size.m * size.n
        let result = [Double](count: count) { buffer in
            if count > 0 {
                elements.withUnsafeBufferPointer { a in
                    other.elements.withUnsafeBufferPointer { b in
                        Matrix.multiply(
                            ProductOperand(base: a.baseAddress!, storedColumns: columns, isTransposed: transposeLeft),
                            ProductOperand(base: b.baseAddress!, storedColumns: other.columns, isTransposed: transposeRight),
                            into: ProductDestination(base: buffer.baseAddress!, rowStride: size.n),
                            size, configuration: configuration)
                    }
                }
            }
        }
        return Matrix(uncheckedRows: size.m, columns: size.n, elements: result)
    }

    /// The path a product of this size takes under `configuration`; `rowDots` needs `A @ B.T`
    /// (`transposeRight` without `transposeLeft`).
    static func productPath(_ size: ProductDimensions, _ configuration: ProductConfiguration,
                            transposeLeft: Bool = false, transposeRight: Bool = false) -> ProductConfiguration.Path {
        let readsRowsOfBoth = transposeRight && !transposeLeft
        if configuration.path == .rowDots && !readsRowsOfBoth { return .skinny }
        if configuration.path != .automatic { return configuration.path }
        if size.flops <= 2 * Double(configuration.plainMaximumMultiplyAdds) { return .plain }
        if size.m <= configuration.skinnyMaximumRows {
            if readsRowsOfBoth && size.k >= configuration.rowDotMinimumDepth && size.n >= configuration.rowDotMinimumColumns
                && size.m * size.k <= configuration.rowDotMaximumLeftValues {
                return .rowDots
            }
            return .skinny
        }
        return .blocked
    }

    /// Fills the m×n destination with op(A)·op(B); m and n are positive. `prepackedB` (from a
    /// `PackedRightOperand`) is op(B) packed for the skinny path, which the product then takes.
    static func multiply(_ a: ProductOperand, _ b: ProductOperand, into c: ProductDestination,
                         _ size: ProductDimensions, configuration: ProductConfiguration, prepackedB: SharedScratch? = nil) {
        if size.k == 0 {
            // An empty sum: numpy gives zeros.
            c.base.initialize(repeating: 0, count: size.m * size.n)
            return
        }
        let threads = size.flops >= configuration.parallelMinimumFlops ? configuration.threads : 1
        let path = prepackedB == nil
            ? productPath(size, configuration, transposeLeft: a.isTransposed, transposeRight: b.isTransposed) : .skinny
        switch (path, configuration.family) {
        case (.automatic, _), (.plain, _):
            PlainProduct.multiply(a, b, into: c, size)
        case (.skinny, .simd4):
            SkinnyProduct<Kernel4x12>.multiply(a, b, into: c, size, configuration: configuration, threads: threads, prepackedB: prepackedB)
        case (.skinny, .simd8):
            SkinnyProduct<Kernel5x32>.multiply(a, b, into: c, size, configuration: configuration, threads: threads, prepackedB: prepackedB)
        case (.blocked, .simd4):
            BlockedProduct<Kernel6x8>.multiply(a, b, into: c, size, configuration: configuration, threads: threads)
        case (.blocked, .simd8):
            BlockedProduct<Kernel8x16>.multiply(a, b, into: c, size, configuration: configuration, threads: threads)
        case (.rowDots, .simd4):
            RowDotProduct<RowDot3x4>.multiply(a, b, into: c, size, configuration: configuration, threads: threads)
        case (.rowDots, .simd8):
            RowDotProduct<RowDot5x4>.multiply(a, b, into: c, size, configuration: configuration, threads: threads)
        }
    }
}
