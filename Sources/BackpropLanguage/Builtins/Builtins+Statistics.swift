import MatrixEngine

/// std, var, prod, cumsum and count_nonzero, computed in numpy's order so the bits are numpy's:
/// var is the mean of the squared deviations from the mean (each a numpy sum), prod and cumsum
/// go element by element.
extension BuiltinLibrary {
    static let statistics: [BuiltinFunction] = [
        BuiltinFunction("var", [.required("a"), .optional("axis", .none), .optional("ddof", .integer(0)), .optional("keepdims", .boolean(false))],
                        summary: "the variance: the mean of (x - mean)², over everything or along an axis",
                        example: "np.var(X, axis=1, keepdims=True)") { context throws(Diagnostic) in
            Value.wrapping(try variance(&context))
        },
        BuiltinFunction("std", [.required("a"), .optional("axis", .none), .optional("ddof", .integer(0)), .optional("keepdims", .boolean(false))],
                        summary: "the standard deviation: the square root of np.var",
                        example: "X_norm = (X - np.mean(X)) / np.std(X)") { context throws(Diagnostic) in
            Value.wrapping(try variance(&context).map { $0.squareRoot() })
        },
        BuiltinFunction("prod", [.required("a"), .optional("axis", .none), .optional("keepdims", .boolean(false))],
                        summary: "the product of all elements, or along an axis",
                        example: "np.prod(X.shape)") { context throws(Diagnostic) in
            Value.wrapping(try alongAxis(&context, integerFor: [.bool, .int64]) { values in [values.reduce(1, *)] })
        },
        BuiltinFunction("cumsum", [.required("a"), .optional("axis", .none)],
                        summary: "running sums: element k is the sum of the first k+1 (flattened, or along an axis)",
                        example: "np.cumsum(costs)") { context throws(Diagnostic) in
            try cumulativeSum(&context)
        },
        BuiltinFunction("count_nonzero", [.required("a"), .optional("axis", .none), .optional("keepdims", .boolean(false))],
                        summary: "how many elements are not zero (True counts one)",
                        example: "np.count_nonzero(predictions == Y)") { context throws(Diagnostic) in
            let a = try context.array("a").map(dtype: .int64) { $0 != 0 ? 1 : 0 }
            let axis = try context.arrayAxis(for: a), keepdims = try context.boolean("keepdims")
            let counts = try context.engine { () throws(MatrixError) in try a.reduced(.sum, axis: axis, keepDimensions: keepdims) }
            return Value.wrapping(counts)
        },
    ]

    /// numpy's `_var`: the mean as sum / n (keeping the axis), the deviations squared, their sum
    /// over n - ddof. A transposed view is worked on in its memory order, as numpy's sums go.
    private static func variance(_ context: inout CallContext) throws(Diagnostic) -> NDArray {
        var a = try context.array("a").converted(to: .float64)
        var axis = try context.arrayAxis(for: a)
        let keepdims = try context.boolean("keepdims"), ddof = try context.double("ddof")
        let flipped = a.isTransposedView
        if flipped { (a, axis) = (a.transposed, axis.map { 1 - $0 }) }
        let count = Double(axis.map { a.shape[$0] } ?? a.count)
        let source = a
        let result = try context.engine { () throws(MatrixError) -> NDArray in
            let mean = try source.reduced(.sum, axis: axis, keepDimensions: true).map { $0 / count }
            let deviations = try NDArray.broadcasting(source, mean, name: "var", dtype: .float64) { x, m in x - m }
            let squares = deviations.map { $0 * $0 }
            return try squares.reduced(.sum, axis: axis, keepDimensions: keepdims).map { $0 / Swift.max(count - ddof, 0) }
        }
        if ddof >= count { context.warnings.append(Diagnostic(.warning, message: "RuntimeWarning: Degrees of freedom <= 0 for slice", span: context.callSpan)) }
        return flipped && keepdims ? result.transposed : result
    }

    /// A reduction that takes each run of elements along the axis (or all of them) in order.
    private static func alongAxis(_ context: inout CallContext, integerFor integral: Set<DType>,
                                  _ reduce: ([Double]) -> [Double]) throws(Diagnostic) -> NDArray {
        let a = try context.array("a")
        let axis = try context.arrayAxis(for: a), keepdims = try context.boolean("keepdims")
        let dtype: DType = integral.contains(a.dtype) ? .int64 : .float64
        guard let axis, a.rank == 2 else {
            let value = reduce(a.elements)[0]
            return .scalar(value, dtype: dtype).reshapedKeeping(rank: keepdims ? a.rank : 0)
        }
        let m = a.storage
        let values = axis == 0 ? (0..<m.columns).map { c in reduce((0..<m.rows).map { m[$0, c] })[0] }
                               : (0..<m.rows).map { r in reduce((0..<m.columns).map { m[r, $0] })[0] }
        let shape = keepdims ? (axis == 0 ? [1, values.count] : [values.count, 1]) : [values.count]
        return NDArray(storage: try! Matrix(rows: NDArray.storageShape(for: shape).rows, columns: NDArray.storageShape(for: shape).columns, elements: values),
                       shape: ArrayShape(shape), dtype: dtype)
    }

    /// np.cumsum: flattened (row-major) without an axis, else along it; bool counts as int.
    private static func cumulativeSum(_ context: inout CallContext) throws(Diagnostic) -> Value {
        let a = try context.array("a")
        let axis = try context.arrayAxis(for: a)
        let dtype: DType = a.dtype == .float64 ? .float64 : .int64
        func running(_ values: [Double]) -> [Double] {
            var total = 0.0
            return values.map { total += $0; return total }
        }
        guard let axis, a.rank == 2 else { return .array(.vector(running(a.elements), dtype: dtype)) }
        var m = a.storage
        if axis == 0 {
            for c in 0..<m.columns {
                var total = 0.0
                for r in 0..<m.rows { total += m[r, c]; m[r, c] = total }
            }
        } else {
            for r in 0..<m.rows {
                var total = 0.0
                for c in 0..<m.columns { total += m[r, c]; m[r, c] = total }
            }
        }
        return .array(NDArray(m, dtype: dtype))
    }
}
