import MatrixEngine

/// Small numpy helpers learners use from notebooks: squeeze, round, allclose, where... (Python's print, len, str, int and float are in PythonBuiltins.)
extension BuiltinLibrary {
    static let utilities: [BuiltinFunction] = [
        BuiltinFunction("set_printoptions", [.optional("precision", .none), .optional("threshold", .none), .optional("edgeitems", .none),
                                             .optional("linewidth", .none), .optional("suppress", .none)],
                        summary: "how matrices print: digits after the point, the size above which they are summarised with ..., and so on; "
                            + "a threshold of your own also stops the summaries that fit a screen",
                        example: "np.set_printoptions(threshold=np.inf)") { context throws(Diagnostic) in
            func count(_ name: String, minimum: Int) throws(Diagnostic) -> Int? {
                switch context.value(name) {
                case .none: return nil
                case let .float(x) where x == .infinity: return Int.max
                case let .integer(i) where i >= minimum: return i
                case let .float(x) where x.rounded() == x && x >= Double(minimum) && x < 1e18: return Int(x)
                default: throw context.typeError(name, expected: "a whole number from \(minimum)\(name == "threshold" ? " (or np.inf)" : "")")
                }
            }
            if let precision = try count("precision", minimum: 0) {
                guard precision <= 17 else { throw context.typeError("precision", expected: "a whole number from 0 to 17") }
                context.printOptions.precision = precision
            }
            if let threshold = try count("threshold", minimum: 0) {
                context.printOptions.threshold = threshold
                context.printOptions.summarisesToFit = false
            }
            if let edgeitems = try count("edgeitems", minimum: 0) { context.printOptions.edgeitems = min(edgeitems, 1000) }
            if let linewidth = try count("linewidth", minimum: 1) { context.printOptions.linewidth = min(linewidth, 100_000) }
            if case .none = context.value("suppress") {} else { context.printOptions.suppress = try context.boolean("suppress") }
            return .none
        },
        BuiltinFunction("shape", [.required("a")], summary: "the shape of an array: (rows, columns), (n,) or ()", example: "np.shape(W1)") { context throws(Diagnostic) in
            .tuple((context.value("a").asArray?.shape ?? []).map(Value.integer))
        },
        BuiltinFunction("ndim", [.required("a")], summary: "the number of axes: 2 for a matrix, 1 for (n,), 0 for a number", example: "np.ndim(W1)") { context throws(Diagnostic) in
            .integer(context.value("a").asArray?.rank ?? 0)
        },
        BuiltinFunction("ravel", [.required("a")], summary: "the elements as a rank-1 array, row by row", example: "np.ravel(A)") { context throws(Diagnostic) in
            let a = try context.array("a")
            return context.sameElements(as: "a", shaped: try! a.reshaped([a.count]), sharing: .onlyWhenContiguous)
        },
        BuiltinFunction("stack", [.required("arrays"), .optional("axis", .integer(0))],
                        summary: "rank-1 arrays of one length as the rows (axis=0) or the columns (axis=1) of a matrix",
                        example: "np.stack((x, y), axis=1)") { context throws(Diagnostic) in
            let parts = try arrays(in: context, "arrays"), axis = try context.integer("axis")
            guard let first = parts.first, parts.allSatisfy({ $0.shape == first.shape }) else {
                throw Diagnostic(message: "np.stack: all input arrays must have the same shape", span: context.callSpan)
            }
            guard first.rank == 1, [0, 1, -1, -2].contains(axis) else {
                throw Diagnostic(message: "Backprop's np.stack joins rank-1 arrays into a matrix (axis 0 or 1); these are \(first.shapeDescription)", span: context.callSpan,
                                 hint: first.rank == 2 ? "a third axis is beyond Backprop's 2-D arrays; np.vstack or np.hstack join matrices" : nil)
            }
            let dtype = parts.dropFirst().reduce(first.dtype) { DType.promoted($0, $1.dtype) }
            let rows = try! Matrix(rows: parts.count, columns: first.count, elements: parts.flatMap(\.elements))
            let stacked = NDArray(rows, dtype: dtype)
            return .array(axis == 0 || axis == -2 ? stacked : NDArray(rows.transposed, dtype: dtype))
        },
        BuiltinFunction("size", [.required("a")], summary: "the number of elements", example: "np.size(X)") { context throws(Diagnostic) in
            .integer(context.value("a").asArray?.count ?? 1)
        },
        BuiltinFunction("squeeze", [.required("a"), .optional("axis", .none)],
                        summary: "drops axes of size 1 (or only the one axis= names): a (1, 1) cost becomes 0-d (shape ()), as the course does",
                        example: "cost = np.squeeze(cost)") { context throws(Diagnostic) in
            let value = context.value("a")
            guard case let .array(a) = value else { return value.asArray.map(Value.array) ?? value }
            if a.isNumpyScalar && !context.isGiven("axis") { return value }  // np.squeeze(np.float64(x)) is that np.float64
            var shape = a.shape.filter { $0 != 1 }
            if let axis = try context.arrayAxis(for: a.value) {
                guard a.shape[axis] == 1 else {
                    throw Diagnostic(message: "np.squeeze: cannot select an axis to squeeze out which has size not equal to one (axis \(axis) of \(a.shapeDescription) has \(a.shape[axis]))",
                                     span: context.span("axis"), hint: "leave axis= out to drop every axis of size 1")
                }
                shape = Array(a.shape)
                shape.remove(at: axis)
            }
            if shape.count == 1 && a.rank == 2 {
                context.noteRankOne("squeeze makes a rank-1 array of shape (\(shape[0]),)", hint: "keep \(a.shapeDescription) if you need the column or row")
            }
            return context.sameElements(as: "a", shaped: try! a.value.reshaped(shape))
        },
        BuiltinFunction("item", [.required("a"), .variadic("args")], isNumpy: false,
                        summary: "one element of an array as a Python number: the only one, or the one at a flat index or (row, column)",
                        example: "cost.item()") { context throws(Diagnostic) in
            let a = try context.array("a")
            let position: Int
            switch context.variadic.count {
            case 0:
                guard a.count == 1 else {
                    throw Diagnostic(message: "item(): only an array with one element can become a number; this one is \(a.shapeDescription)", span: context.callSpan,
                                     hint: "give the position, like .item(0), or pick an element, like x[0, 0]")
                }
                position = 0
            case 1:
                guard let flat = context.variadic[0].value.wholeNumber, flat >= -a.count && flat < a.count else {
                    throw Diagnostic(message: "item(): index \(context.variadic[0].text) is out of bounds for size \(a.count)", span: context.variadic[0].span)
                }
                position = flat < 0 ? flat + a.count : flat
            default:
                let indices = context.variadic.map { $0.value.wholeNumber }
                guard indices.count == a.rank, a.rank == 2, let row = indices[0], let column = indices[1],
                      row >= -a.shape[0] && row < a.shape[0], column >= -a.shape[1] && column < a.shape[1] else {
                    throw Diagnostic(message: "item(): the indices \(context.variadic.map(\.text).joined(separator: ", ")) do not name an element of \(a.shapeDescription)", span: context.callSpan)
                }
                position = (row < 0 ? row + a.shape[0] : row) * a.shape[1] + (column < 0 ? column + a.shape[1] : column)
            }
            return pythonScalar(a, at: position)
        },
        BuiltinFunction("tolist", [.required("a")], isNumpy: false,
                        summary: "the array as (nested) Python lists of Python numbers; a 0-d array as its number",
                        example: "A.tolist()") { context throws(Diagnostic) in
            let a = try context.array("a")
            switch a.rank {
            case 0: return pythonScalar(a, at: 0)
            case 1: return .list(PythonList(a.elements.indices.map { pythonScalar(a, at: $0) }))
            default:
                let (rows, columns) = (a.shape[0], a.shape[1])
                return .list(PythonList((0..<rows).map { r in .list(PythonList((0..<columns).map { c in pythonScalar(a, at: r * columns + c) })) }))
            }
        },
        BuiltinFunction("round", aliases: ["around"], [.required("a"), .optional("decimals", .integer(0))],
                        summary: "rounds to the given number of decimals (halves to even, as numpy)",
                        example: "np.round(A2, 3)") { context throws(Diagnostic) in
            let decimals = try context.integer("decimals")
            let scale = Matrix.pow(10, Double(decimals))
            let round: @Sendable (Double) -> Double = { x in
                decimals >= 0 ? (x * scale).rounded(.toNearestOrEven) / scale : (x / Matrix.pow(10, Double(-decimals))).rounded(.toNearestOrEven) * Matrix.pow(10, Double(-decimals))
            }
            switch context.value("a") {
            // numpy rounds an int in int64 and hands back np.int64 (np.round(15, -1) is np.int64(20)).
            case let .integer(i) where decimals >= 0: return Value.wrapping(.scalar(Double(i), dtype: .int64))
            case let .array(a) where a.dtype != .float64 && decimals >= 0: return Value.wrapping(a.value)
            case let .array(a) where a.dtype != .float64:
                // In floats, as numpy rounds to tens and hundreds; the result is cast back exactly.
                return Value.wrapping(.integers(a.elements.map { NDArray.int64(truncating: round($0)) }, shape: a.shape))
            case let .integer(i): return Value.wrapping(.scalar(round(Double(i)), dtype: .int64))
            default:
                let a = try context.array("a")
                return Value.wrapping(a.map(round))
            }
        },
        BuiltinFunction("clip", [.required("a"), .required("a_min"), .required("a_max")],
                        summary: "limits every element to [a_min, a_max]; None leaves that side open", example: "np.clip(A, 1e-8, 1 - 1e-8)") { context throws(Diagnostic) in
            let a = try context.array("a")
            let lowGiven = context.value("a_min") != .none, highGiven = context.value("a_max") != .none
            guard lowGiven || highGiven else { return Value.wrapping(a) }  // numpy 2: both None clip nothing
            // An open side is a bound no element passes: -inf and inf of the array's own dtype.
            let low = lowGiven ? try context.array("a_min") : NDArray.scalar(-.infinity, dtype: a.dtype)
            let high = highGiven ? try context.array("a_max") : NDArray.scalar(.infinity, dtype: a.dtype)
            let dtype = DType.promoted(a.dtype, DType.promoted(lowGiven ? low.dtype : a.dtype, highGiven ? high.dtype : a.dtype))
            if dtype == .int64, a.dtype != .bool, a.exactIntegers != nil || low.exactIntegers != nil || high.exactIntegers != nil {
                // Exact int64 values are clipped exactly.
                let lowest = lowGiven ? low : .integer(.min), highest = highGiven ? high : .integer(.max)
                let raised = try context.engine { () throws(MatrixError) in
                    try NDArray.broadcastingIntegers(a, lowest, name: "clip", dtype: .int64) { Swift.max($0, $1) }
                }
                return Value.wrapping(try context.engine { () throws(MatrixError) in
                    try NDArray.broadcastingIntegers(raised, highest, name: "clip", dtype: .int64) { Swift.min($0, $1) }
                })
            }
            // With one bound numpy 2 clips with np.maximum or np.minimum, whose tie gives the bound
            // (np.clip(-0.0, 0, None) is 0.0).
            if lowGiven != highGiven {
                return Value.wrapping(try context.engine { () throws(MatrixError) in
                    try NDArray.broadcasting(a, lowGiven ? low : high, name: "clip", dtype: dtype) { x, bound in
                        x.isNaN || bound.isNaN ? .nan : (lowGiven ? x > bound : x < bound) ? x : bound
                    }
                })
            }
            // numpy compares before it replaces, so an element already inside keeps its bits (-0.0 stays -0.0).
            let raised = try context.engine { () throws(MatrixError) in
                try NDArray.broadcasting(a, low, name: "clip", dtype: dtype) { x, lo in (x.isNaN || x >= lo) ? x : lo }
            }
            return Value.wrapping(try context.engine { () throws(MatrixError) in
                try NDArray.broadcasting(raised, high, name: "clip", dtype: dtype) { x, hi in (x.isNaN || x <= hi) ? x : hi }
            })
        },
        BuiltinFunction("where", [.required("condition"), .optional("x", .none), .optional("y", .none)],
                        summary: "x where condition is true, else y (element-wise); with only a condition, the indices where it is true",
                        example: "np.where(A2 > 0.5, 1, 0)") { context throws(Diagnostic) in
            let condition = try context.array("condition")
            guard context.isGiven("x") || context.isGiven("y") else {
                guard condition.rank > 0 else {
                    throw Diagnostic(message: "np.where: Calling nonzero on 0d arrays is not allowed (numpy's ValueError)", span: context.callSpan,
                                     hint: "use np.atleast_1d(scalar).nonzero() instead, or compare the number itself")
                }
                return nonzeroIndices(condition)
            }
            guard context.isGiven("x") && context.isGiven("y") else {
                throw Diagnostic(message: "np.where takes either a condition alone or a condition, x and y", span: context.callSpan,
                                 hint: "usage: \(context.function.signature)")
            }
            let x = try context.array("x"), y = try context.array("y")
            let dtype = DType.promoted(x.dtype, y.dtype)
            // Of numbers alone, numpy's where makes a 0-d array (np.where(True, 1, 2.) is array(1.)), not a scalar.
            return .array(try context.engine { () throws(MatrixError) in try NDArray.select(condition, x, y) })
        },
        BuiltinFunction("allclose", [.required("a"), .required("b"), .optional("rtol", .float(1e-05)), .optional("atol", .float(1e-08))],
                        summary: "True if every element of a is close to b: |a − b| ≤ atol + rtol·|b|",
                        example: "np.allclose(dW1, grad_approx)") { context throws(Diagnostic) in
            let a = try context.matrix("a"), b = try context.matrix("b")
            let rtol = try context.double("rtol"), atol = try context.double("atol")
            let close = try context.engine { () throws(MatrixError) in
                try Matrix.broadcasting(a, b, name: "allclose") { x, y in (x == y || Swift.abs(x - y) <= atol + rtol * Swift.abs(y)) ? 1 : 0 }
            }
            return .boolean(close.elements.allSatisfy { $0 == 1 })
        },
        BuiltinFunction("isclose", [.required("a"), .required("b"), .optional("rtol", .float(1e-05)), .optional("atol", .float(1e-08))],
                        summary: "element by element, True where |a − b| ≤ atol + rtol·|b| (np.allclose is all of them)",
                        example: "np.isclose(dW1, grad_approx)") { context throws(Diagnostic) in
            let a = try context.array("a"), b = try context.array("b")
            let rtol = try context.double("rtol"), atol = try context.double("atol")
            return Value.wrapping(try context.engine { () throws(MatrixError) in
                try NDArray.broadcasting(a, b, name: "isclose", dtype: .bool) { x, y in
                    (x == y || Swift.abs(x - y) <= atol + rtol * Swift.abs(y)) ? 1 : 0
                }
            })
        },
        BuiltinFunction("array_equal", [.required("a1"), .required("a2")],
                        summary: "True if both have the same shape and the same elements", example: "np.array_equal(predictions, Y)") { context throws(Diagnostic) in
            let a = try context.array("a1"), b = try context.array("a2")
            guard a.shape == b.shape else { return .boolean(false) }
            if a.dtype != .float64, b.dtype != .float64, a.exactIntegers != nil || b.exactIntegers != nil {
                return .boolean(a.integerElements == b.integerElements)
            }
            return .boolean(a.storage.elements == b.storage.elements)
        },
        BuiltinFunction("expand_dims", [.required("a"), .required("axis")],
                        summary: "the array with a new axis of size 1 at position axis: (n,) becomes (1, n) or (n, 1)",
                        example: "np.expand_dims(b, axis=1)") { context throws(Diagnostic) in
            let a = try context.array("a"), axis = try context.integer("axis")
            guard a.rank < 2 else {
                throw Diagnostic(message: "Backprop's arrays stop at 2 dimensions; \(a.shapeDescription) has 2 already", span: context.callSpan)
            }
            guard axis >= -(a.rank + 1) && axis <= a.rank else {
                throw Diagnostic(message: "np.expand_dims: axis \(axis) is out of bounds for an array of dimension \(a.rank + 1)", span: context.span("axis"))
            }
            var shape = Array(a.shape)
            shape.insert(1, at: axis < 0 ? axis + a.rank + 1 : axis)
            return context.sameElements(as: "a", shaped: try! a.reshaped(shape))
        },
        BuiltinFunction("any", [.required("a"), .optional("axis", .none), .optional("keepdims", .boolean(false))],
                        summary: "True if any element is nonzero (or along an axis)", example: "np.any(np.isnan(A))") { context throws(Diagnostic) in
            try truthReduction(&context) { $0 != 0 }
        },
        BuiltinFunction("all", [.required("a"), .optional("axis", .none), .optional("keepdims", .boolean(false))],
                        summary: "True if every element is nonzero (or along an axis)", example: "np.all(A >= 0)") { context throws(Diagnostic) in
            try truthReduction(&context) { $0 == 0 }
        },
    ]

    /// np.any and np.all: numpy bools (`np.True_`), over everything or along an axis. `any`
    /// counts the nonzero elements and `all` the zero ones, so both are a sum of a mask.
    private static func truthReduction(_ context: inout CallContext, counting: @escaping @Sendable (Double) -> Bool) throws(Diagnostic) -> Value {
        let a = try context.array("a")
        let axis = try context.arrayAxis(for: a), keepdims = try context.boolean("keepdims")
        let mask = a.map(dtype: .float64) { counting($0) ? 1 : 0 }
        let counts = try context.engine { () throws(MatrixError) in try mask.reduced(.sum, axis: axis, keepDimensions: keepdims) }
        let isAll = context.function.name == "all"
        return Value.wrapping(counts.map(dtype: .bool) { isAll ? ($0 == 0 ? 1 : 0) : ($0 != 0 ? 1 : 0) })
    }

    /// An element as the Python number `.item()` and `.tolist()` give: float, int or bool.
    static func pythonScalar(_ a: NDArray, at position: Int) -> Value {
        switch a.dtype {
        case .float64: return .float(a.elements[position])
        case .int64: return .integer(Int(a.integerElement(at: position)))
        case .bool: return .boolean(a.elements[position] != 0)
        }
    }

    /// `np.where(condition)`: one rank-1 int64 array of positions per axis where the condition holds.
    static func nonzeroIndices(_ condition: NDArray) -> Value {
        let columns = condition.rank == 0 ? 1 : condition.shape[condition.rank - 1]
        var rows: [Double] = [], positions: [Double] = []
        for (index, value) in condition.elements.enumerated() where value != 0 {
            rows.append(Double(index / max(columns, 1)))
            positions.append(Double(index % max(columns, 1)))
        }
        let lastAxis = Value.array(.vector(positions, dtype: .int64))
        return condition.rank == 2 ? .tuple([.array(.vector(rows, dtype: .int64)), lastAxis]) : .tuple([lastAxis])
    }

    /// numpy 2 converts only a 0-d array (or numpy scalar) to a Python number.
    static func requireZeroDimensional(_ a: NDArray, _ name: String, _ context: CallContext) throws(Diagnostic) {
        guard a.rank > 0 else { return }
        throw Diagnostic(message: "\(name)(): only 0-dimensional arrays can be converted to Python scalars (numpy's TypeError); this one is \(a.shapeDescription)",
                         span: context.callSpan,
                         hint: a.count == 1 ? "take its one element with .item(), or np.squeeze(...) first" : "pick one element first, such as x[0, 0]")
    }
}
