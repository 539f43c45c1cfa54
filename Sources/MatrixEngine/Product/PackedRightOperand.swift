/// A right operand packed once for many products: training's X, which every iteration
/// multiplies twice (`W1 @ X` forward, `dZ1 @ X.T` backward) and never changes.
///
/// On a first layer's shapes, packing B costs more than the arithmetic (copying 20 MB, most of
/// it strided, each time); packed once, the products read the strips straight from memory. The
/// result has the same bits as `left.matmul(matrix, transposeRight: isTransposed)`: the same
/// kernel sums the same strips in the same order. Products that would not take the skinny path
/// (more than `skinnyMaximumRows` rows on the left, or `A @ B.T` on the row-dot path, which reads
/// Bᵀ in place) simply use `matrix`.
public struct PackedRightOperand: Sendable {
    /// The stored matrix; the operand is it, or its transpose when `isTransposed`.
    public let matrix: Matrix
    public let isTransposed: Bool
    let configuration: ProductConfiguration
    let width: Int
    /// op(B) in strips `width` columns wide, k-major, depth block after depth block.
    let strips: [Double]

    /// The operand's shape as the product sees it: op(B).
    public var shape: Shape { isTransposed ? matrix.shape.transposed : matrix.shape }

    init(_ matrix: Matrix, transposed: Bool, configuration: ProductConfiguration) {
        self.matrix = matrix
        self.isTransposed = transposed
        self.configuration = configuration
        let width = configuration.family == .simd8 ? Kernel5x32.columns : Kernel4x12.columns
        self.width = width
        let opShape = transposed ? matrix.shape.transposed : matrix.shape
        let (k, n) = (opShape.rows, opShape.columns)
        let paddedColumns = n.roundedUp(toMultipleOf: width)
        let kc = max(1, min(k, configuration.depthBlock))
        let count = k * paddedColumns
        strips = [Double](count: count) { buffer in
            if count > 0 {
                matrix.elements.withUnsafeBufferPointer { source in
                    let operand = ProductOperand(base: source.baseAddress!, storedColumns: matrix.columns, isTransposed: transposed)
                    // The layout SkinnyProduct reads: depth block q starts at q·kc·paddedColumns.
                    for start in stride(from: 0, to: k, by: kc) {
                        Packing.packB(operand, depth: start..<min(start + kc, k), columns: 0..<n, width: width,
                                      into: buffer.baseAddress! + start * paddedColumns)
                    }
                }
            }
        }
    }
}

extension Matrix {
    /// Whether packing this matrix once pays off when it is the right operand of products whose
    /// left operand has `leftRows` rows: the product takes the skinny path, and B is large
    /// enough (2 MB) for packing it to cost more than a cache-resident product.
    public func benefitsFromPacking(leftRows: Int) -> Bool {
        leftRows <= ProductConfiguration.automatic.skinnyMaximumRows && count >= 1 << 18
    }

    /// This matrix (or its transpose) packed for use as the right operand of many products.
    public func packedAsRightOperand(transposed: Bool = false) -> PackedRightOperand {
        PackedRightOperand(self, transposed: transposed, configuration: .automatic)
    }

    /// `self @ op(B)` with op(B) packed beforehand.
    public func matmul(_ right: PackedRightOperand) throws(MatrixError) -> Matrix {
        let configuration = right.configuration
        let size = ProductDimensions(m: rows, n: right.shape.columns, k: columns)
        guard columns == right.shape.rows, size.m * size.n > 0, size.k > 0,
              Matrix.productPath(size, configuration, transposeRight: right.isTransposed) == .skinny else {
            // Other paths, the row-dot one included (it reads Bᵀ in place), ignore the packing.
            return try matmul(right.matrix, transposeRight: right.isTransposed, configuration: configuration)
        }
        let count = size.m * size.n
        let result = [Double](count: count) { buffer in
            elements.withUnsafeBufferPointer { a in
                right.matrix.elements.withUnsafeBufferPointer { b in
                    right.strips.withUnsafeBufferPointer { strips in
                        Matrix.multiply(
                            ProductOperand(base: a.baseAddress!, storedColumns: columns, isTransposed: false),
                            ProductOperand(base: b.baseAddress!, storedColumns: right.matrix.columns, isTransposed: right.isTransposed),
                            into: ProductDestination(base: buffer.baseAddress!, rowStride: size.n), size,
                            configuration: configuration, prepackedB: SharedScratch(base: UnsafeMutablePointer(mutating: strips.baseAddress!)))
                    }
                }
            }
        }
        return Matrix(uncheckedRows: size.m, columns: size.n, elements: result)
    }
}
