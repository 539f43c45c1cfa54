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
            let result = try product(&context)
            context.warnAboutReduction("reduce", try context.array("a"), result: result)
            return Value.wrapping(result)
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

    /// np.prod: of everything, or along an axis; int64 for integers and bools, whose products are
    /// exact and wrap around at 2**63 as numpy's do.
    private static func product(_ context: inout CallContext) throws(Diagnostic) -> NDArray {
        let a = try context.array("a")
        let axis = try context.arrayAxis(for: a), keepdims = try context.boolean("keepdims")
        if a.dtype == .float64 {
            let (values, shape) = alongAxis(a, axis: axis, keepdims: keepdims, values: a.elements) { $0.reduce(1, *) }
            let storage = NDArray.storageShape(for: shape)
            return NDArray(storage: try! Matrix(rows: storage.rows, columns: storage.columns, elements: values), shape: shape, dtype: .float64)
        }
        let (values, shape) = alongAxis(a, axis: axis, keepdims: keepdims, values: a.integerElements) { $0.reduce(1, &*) }
        return .integers(values, shape: shape)
    }

    /// One value from each run of `values` (a's elements, row-major) that the axis picks: all of
    /// them, each column (axis 0) or each row (axis 1); shaped as numpy shapes the reduction.
    private static func alongAxis<Element>(_ a: NDArray, axis: Int?, keepdims: Bool, values: [Element],
                                           _ reduce: ([Element]) -> Element) -> (values: [Element], shape: ArrayShape) {
        guard let axis, a.rank == 2 else {
            return ([reduce(values)], ArrayShape([Int](repeating: 1, count: keepdims ? a.rank : 0)))
        }
        let (rows, columns) = (a.shape[0], a.shape[1])
        let reduced = axis == 0 ? (0..<columns).map { c in reduce((0..<rows).map { values[$0 * columns + c] }) }
                                : (0..<rows).map { r in reduce(Array(values[(r * columns)..<((r + 1) * columns)])) }
        let shape: ArrayShape = keepdims ? (axis == 0 ? .matrix(1, reduced.count) : .matrix(reduced.count, 1)) : .vector(reduced.count)
        return (reduced, shape)
    }

    /// np.cumsum: flattened (row-major) without an axis, else along it; bool counts as int, and
    /// integer sums are exact, wrapping around at 2**63 as numpy's do.
    private static func cumulativeSum(_ context: inout CallContext) throws(Diagnostic) -> Value {
        let a = try context.array("a")
        let axis = try context.arrayAxis(for: a)
        if a.dtype == .float64 {
            let sums = runningSums(a, axis: axis, values: a.elements, +)
            let storage = NDArray.storageShape(for: sums.shape)
            let result = NDArray(storage: try! Matrix(rows: storage.rows, columns: storage.columns, elements: sums.values), shape: sums.shape, dtype: .float64)
            context.warnAboutReduction("accumulate", a, result: result)
            return .array(result)
        }
        let sums = runningSums(a, axis: axis, values: a.integerElements, &+)
        return .array(.integers(sums.values, shape: sums.shape))
    }

    /// Running sums of `values` (a's elements, row-major): flattened, down each column or along
    /// each row. Each starts from its first element, as numpy's do (so -0.0 stays -0.0).
    private static func runningSums<Element>(_ a: NDArray, axis: Int?, values: [Element],
                                             _ add: (Element, Element) -> Element) -> (values: [Element], shape: ArrayShape) {
        var sums = values
        func accumulate(_ positions: some Sequence<Int>) {
            var total: Element?
            for position in positions {
                let sum = total.map { add($0, sums[position]) } ?? sums[position]
                sums[position] = sum
                total = sum
            }
        }
        guard let axis, a.rank == 2 else {
            accumulate(sums.indices)
            return (sums, .vector(values.count))
        }
        let (rows, columns) = (a.shape[0], a.shape[1])
        if axis == 0 {
            for column in 0..<columns { accumulate(stride(from: column, to: rows * columns, by: columns)) }
        } else {
            for row in 0..<rows { accumulate((row * columns)..<((row + 1) * columns)) }
        }
        return (sums, a.shape)
    }
}
