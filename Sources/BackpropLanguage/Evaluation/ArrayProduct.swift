import MatrixEngine

/// The matrix product as `@`, np.dot and np.matmul compute it, with the teaching error.
enum ArrayProduct {
    /// The matrix product of arrays of rank 1 or 2 with numpy's rules: a rank-1 left operand is a
    /// row, a rank-1 right operand a column, and the axis that stood for it is dropped from the
    /// result, so (n,) @ (n,) is a number. Shared by `@`, np.dot and np.matmul, with the teaching
    /// error on a mismatch; transposed operands (`A @ B.T`) are read in place.
    static func product(_ a: NDArray, _ b: NDArray, transposeLeft: Bool = false, transposeRight: Bool = false,
                        lhsText: @autoclosure () -> String, rhsText: @autoclosure () -> String, span: SourceSpan,
                        wanted: Shape? = nil) throws(Diagnostic) -> Value {
        let right = b.rank == 1 ? b.storage.transposed : b.storage
        // An operand read transposed (`b.T`) is shown with the shape it has as written.
        func shown(_ x: NDArray, transposed: Bool) -> String {
            transposed && x.rank == 2 ? x.storage.shape.transposed.description : x.shapeDescription
        }
        let product = try product(a.storage, right, transposeLeft: transposeLeft && a.rank == 2,
                                       transposeRight: transposeRight && b.rank == 2, lhsText: lhsText(), rhsText: rhsText(), span: span,
                                       shownShapes: (shown(a, transposed: transposeLeft), shown(b, transposed: transposeRight)), wanted: wanted)
        let shape: ArrayShape
        switch (a.rank == 2, b.rank == 2) {
        case (true, true): shape = .matrix(product.rows, product.columns)
        case (true, false): shape = .vector(product.rows)
        case (false, true): shape = .vector(product.columns)
        case (false, false): shape = .scalar
        }
        let dtype = DType.promoted(a.dtype, b.dtype)
        let elements = dtype == .bool ? product.map { $0 != 0 ? 1 : 0 } : dtype == .int64 ? product.map { $0 + 0 } : product
        let result = NDArray(storage: elements.reshapedForStorage(shape), shape: shape, dtype: dtype)
        if dtype == .int64, a.exactIntegers != nil || b.exactIntegers != nil || result.inexactInteger != nil {
            let exact = exactIntegerProduct(a, b, transposeLeft: transposeLeft && a.rank == 2, transposeRight: transposeRight && b.rank == 2,
                                            rows: product.rows, columns: product.columns)
            return Value.wrapping(.integers(exact, shape: shape))
        }
        return Value.wrapping(result)
    }

    /// numpy's int64 product on exact values (which wraps around at 2**63): the plain loop, as
    /// integer products this large are rare and small. A rank-1 right operand is a column.
    private static func exactIntegerProduct(_ a: NDArray, _ b: NDArray, transposeLeft: Bool, transposeRight: Bool,
                                            rows: Int, columns: Int) -> [Int64] {
        let left = a.integerElements, right = b.integerElements
        let leftColumns = a.storage.columns, rightColumns = b.storage.columns
        let depth = transposeLeft ? a.storage.rows : leftColumns
        func leftValue(_ i: Int, _ p: Int) -> Int64 { transposeLeft ? left[p * leftColumns + i] : left[i * leftColumns + p] }
        func rightValue(_ p: Int, _ j: Int) -> Int64 {
            b.rank == 1 ? right[p] : transposeRight ? right[j * rightColumns + p] : right[p * rightColumns + j]
        }
        var result: [Int64] = []
        result.reserveCapacity(rows * columns)
        for i in 0..<rows {
            for j in 0..<columns {
                var sum: Int64 = 0
                for p in 0..<depth { sum = sum &+ leftValue(i, p) &* rightValue(p, j) }
                result.append(sum)
            }
        }
        return result
    }

    /// The 2-D matrix product with the teaching error on a mismatch. The operands may be read
    /// transposed: the shapes in the error are then those of the transposes, as written.
    static func product(_ a: Matrix, _ b: Matrix, transposeLeft: Bool = false, transposeRight: Bool = false,
                 lhsText: @autoclosure () -> String, rhsText: @autoclosure () -> String, span: SourceSpan,
                 shownShapes: @autoclosure () -> (String, String)? = nil, wanted: Shape? = nil) throws(Diagnostic) -> Matrix {
        // The operands' texts and shapes are read only for a message: every product passes here.
        do {
            return try a.matmul(b, transposeLeft: transposeLeft, transposeRight: transposeRight)
        } catch {
            if error.isInsufficientMemory {
                throw Diagnostic(message: "matrix product \(lhsText()) @ \(rhsText()): \(error.detail)", span: span, hint: Diagnostic.memoryHint)
            }
            guard case let .productMismatch(lhsShape, rhsShape) = error else { throw Diagnostic(message: "\(error)", span: span) }
            throw ShapeDiagnostics.productFailure(lhsShape, rhsShape, lhsText: lhsText(), rhsText: rhsText(), span: span, wanted: wanted,
                                                  shownShapes: shownShapes())
        }
    }
}
