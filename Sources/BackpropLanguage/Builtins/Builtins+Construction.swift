import MatrixEngine

extension BuiltinLibrary {
    static let construction: [BuiltinFunction] = [
        BuiltinFunction("array", [.required("object"), .optional("dtype", .none), .optional("copy", .boolean(true))],
                        summary: "an array from a number, a list (rank-1) or a list of lists (2-D)",
                        example: "np.array([[1., 2.], [3., 4.]])") { context throws(Diagnostic) in
            try converted(try context.array("object"), context)
        },
        BuiltinFunction("asarray", [.required("a"), .optional("dtype", .none)],
                        summary: "the argument as an array (as np.array, without copying in numpy)",
                        example: "np.asarray(Y)") { context throws(Diagnostic) in
            // An array already of the asked dtype is handed back itself: writing into the result
            // writes into the argument, as in numpy.
            if case let .array(a) = context.value("a"), try context.dtype().map({ $0 == a.dtype }) ?? true { return context.value("a") }
            return try converted(try context.array("a"), context, copying: false)
        },
        BuiltinFunction("zeros", [.required("shape"), .optional("dtype", .string("float64"))],
                        summary: "an array of zeros with the given shape",
                        example: "b1 = np.zeros((4, 1))") { context throws(Diagnostic) in
            try filled(0, &context)
        },
        BuiltinFunction("ones", [.required("shape"), .optional("dtype", .string("float64"))],
                        summary: "an array of ones with the given shape",
                        example: "np.ones((1, 3))") { context throws(Diagnostic) in
            try filled(1, &context)
        },
        BuiltinFunction("full", [.required("shape"), .required("fill_value"), .optional("dtype", .none)],
                        summary: "an array of the given shape filled with one value",
                        example: "np.full((2, 3), 0.5)") { context throws(Diagnostic) in
            let fill = try context.array("fill_value")
            guard fill.rank == 0 else { throw context.typeError("fill_value", expected: "a number") }
            let result = try filled(fill.elements[0], &context, dtype: try context.dtype() ?? fill.dtype)
            guard fill.exactIntegers != nil, case let .array(array) = result, array.dtype == .int64 else { return result }
            return .array(NDArray.integers(Array(repeating: fill.integerElement(at: 0), count: array.count), shape: array.shape))
        },
        BuiltinFunction("zeros_like", [.required("a"), .optional("dtype", .none)],
                        summary: "zeros with the shape (and dtype) of a",
                        example: "dW1 = np.zeros_like(W1)") { context throws(Diagnostic) in
            let a = try context.array("a")
            return .array(NDArray(storage: a.storage.map { _ in 0 }, shape: a.shape, dtype: try context.dtype() ?? a.dtype))
        },
        BuiltinFunction("ones_like", [.required("a"), .optional("dtype", .none)],
                        summary: "ones with the shape (and dtype) of a",
                        example: "np.ones_like(Z1)") { context throws(Diagnostic) in
            let a = try context.array("a")
            return .array(NDArray(storage: a.storage.map { _ in 1 }, shape: a.shape, dtype: try context.dtype() ?? a.dtype))
        },
        BuiltinFunction("eye", [.required("N"), .optional("M", .none)],
                        summary: "the identity matrix (ones on the diagonal)",
                        example: "np.eye(3)") { context throws(Diagnostic) in
            let rows = try context.integer("N"), columns = try context.optionalInteger("M")
            return .matrix(try context.engine { () throws(MatrixError) in try Matrix.eye(rows, columns) })
        },
        BuiltinFunction("linspace", [.required("start"), .required("stop"), .optional("num", .integer(50)), .optional("endpoint", .boolean(true))],
                        summary: "num evenly spaced numbers from start to stop (rank-1); endpoint=False leaves stop out",
                        example: "np.linspace(0, 3.12, 200)") { context throws(Diagnostic) in
            let start = try context.double("start"), stop = try context.double("stop"), count = try context.integer("num")
            let endpoint = try context.boolean("endpoint")
            let row = try context.engine { () throws(MatrixError) in try Matrix.linspace(start, stop, count: count, endpoint: endpoint) }
            return .array(NDArray(storage: row, shape: [row.count], dtype: .float64))
        },
        BuiltinFunction("arange", [.required("start"), .optional("stop", .none), .optional("step", .integer(1)), .optional("dtype", .none)],
                        summary: "evenly spaced values in [start, stop) (rank-1; integers when every argument is one)",
                        example: "np.arange(0, 1, 0.25)") { context throws(Diagnostic) in
            var start = try context.double("start")
            var stop = 0.0
            if context.isGiven("stop") { stop = try context.double("stop") } else { (start, stop) = (0, start) }
            let step = try context.double("step")
            let integral = ["start", "stop", "step"].allSatisfy { name in
                switch context.value(name) {
                case .integer, .boolean, .none: return true
                default: return false
                }
            }
            if integral, [start, stop, step].contains(where: { $0.magnitude >= NDArray.exactIntegerLimit }) {
                return .array(try exactRange(&context))
            }
            let row = try context.engine { () throws(MatrixError) in try Matrix.arange(start, stop, step: step) }
            let values = NDArray(storage: row, shape: [row.count], dtype: integral ? .int64 : .float64)
            return .array(try context.dtype().map { values.converted(to: $0) } ?? values)
        },
        BuiltinFunction("reshape", [.required("a"), .variadic("newshape")],
                        summary: "the same elements in a new shape (row-major, numpy's order); -1 infers one size",
                        example: "X.reshape(2, -1)") { context throws(Diagnostic) in
            let a = try context.array("a")
            if !context.isMethodCall, context.variadic.count > 1 {
                // np.reshape(a, newshape, order): numpy reads a second size as the order.
                let sizes = context.variadic.map(\.text).joined(separator: ", ")
                throw Diagnostic(message: "np.reshape takes the new shape as one tuple: order must be str, not int (numpy's TypeError)",
                                 span: context.variadic[1].span, hint: "write np.reshape(\(context.argument("a")?.text ?? "a"), (\(sizes))), or \(context.argument("a")?.text ?? "a").reshape(\(sizes))")
            }
            var dims: [Int] = []
            for argument in context.variadic {
                switch argument.value {
                case let .integer(i): dims.append(i)
                case let .tuple(items):
                    for item in items {
                        guard case let .integer(i) = item else { throw Diagnostic(message: "np.reshape: the new shape must be whole numbers", span: argument.span) }
                        dims.append(i)
                    }
                default: throw Diagnostic(message: "np.reshape: the new shape must be whole numbers", span: argument.span)
                }
            }
            guard dims.count <= 2 else {
                throw Diagnostic(message: "Backprop's arrays stop at 2 dimensions; this shape has \(dims.count)", span: context.callSpan)
            }
            let shape = try resolvedShape(dims, count: a.count, from: a, context)
            if shape.count == 1 && a.rank != 1 {
                context.noteRankOne("reshape to (\(shape[0]),) makes a rank-1 array", hint: "for a column write reshape(\(shape[0]), 1) or reshape(-1, 1)")
            }
            return context.sameElements(as: "a", shaped: try! a.reshaped(shape))
        },
        BuiltinFunction("hstack", [.required("tup")],
                        summary: "arrays side by side (same number of rows); rank-1 arrays end to end",
                        example: "np.hstack((A, B))") { context throws(Diagnostic) in
            try stacked(try arrays(in: context, "tup"), along: 1, context)
        },
        BuiltinFunction("vstack", [.required("tup")],
                        summary: "arrays one above the other (same number of columns); a rank-1 (n,) is a row",
                        example: "np.vstack((A, B))") { context throws(Diagnostic) in
            try stacked(try arrays(in: context, "tup"), along: 0, context)
        },
        BuiltinFunction("concatenate", [.required("arrays"), .optional("axis", .integer(0))],
                        summary: "joins arrays along an existing axis (0: stack rows, 1: side by side)",
                        example: "np.concatenate((A, B), axis=1)") { context throws(Diagnostic) in
            let parts = try arrays(in: context, "arrays")
            let axis = try context.integer("axis")
            let rank = parts.first?.rank ?? 2
            guard parts.allSatisfy({ $0.rank == rank }) else {
                throw Diagnostic(message: "np.concatenate: all the arrays must have the same number of dimensions, got \(parts.map(\.shapeDescription).joined(separator: ", "))",
                                 span: context.callSpan)
            }
            guard axis >= -rank && axis < rank else {
                throw Diagnostic(message: "np.concatenate: axis \(axis) is out of bounds for arrays of dimension \(rank)", span: context.span("axis"))
            }
            let resolved = axis < 0 ? axis + rank : axis
            return try stacked(parts, along: rank == 1 ? 1 : resolved, context)
        },
        BuiltinFunction("copy", [.required("a")],
                        summary: "a new array with the elements of a (B = A makes B the same array as A)",
                        example: "W1_before = W1.copy()") { context throws(Diagnostic) in
            // A number (or numpy scalar) becomes a 0-d array, as numpy's copy makes: np.copy(3) is array(3).
            guard var copy = context.value("a").asArray?.contiguousCopy else { return context.value("a") }
            copy.isNumpyScalar = false
            return .array(copy)
        },
    ]

    /// np.array and np.asarray: the array, converted when `dtype=` is given.
    private static func converted(_ array: NDArray, _ context: CallContext, copying: Bool = true) throws(Diagnostic) -> Value {
        // np.array copies a view into an array of its own; np.asarray hands the view back.
        let source = copying ? array.contiguousCopy : array
        guard let type = try context.dtype() else { return .array(source) }
        return .array(source.converted(to: type))
    }

    /// np.zeros and np.ones. A second positional argument is numpy's dtype, so `np.zeros(4, 1)`
    /// is numpy's TypeError, explained.
    private static func filled(_ value: Double, _ context: inout CallContext, dtype given: DType? = nil) throws(Diagnostic) -> Value {
        if case .integer = context.value("dtype"), let shape = context.argument("shape"), let second = context.argument("dtype") {
            throw Diagnostic(message: "\(context.function.displayName) takes the shape as one tuple: \(second.text) was read as a dtype (numpy: Cannot interpret '\(second.text)' as a data type)",
                             span: context.callSpan, hint: "write \(context.function.displayName)((\(shape.text), \(second.text)))")
        }
        let shape = try context.shape("shape")
        var dtype = given ?? .float64
        if given == nil, let chosen = try context.dtype() { dtype = chosen }
        let storageShape = NDArray.storageShape(for: shape)
        let storage = try context.engine { () throws(MatrixError) in
            switch value {
            case 0 where value.sign == .plus: return try Matrix.zeros(storageShape.rows, storageShape.columns)
            case 1: return try Matrix.ones(storageShape.rows, storageShape.columns)
            default: return try Matrix.full(storageShape.rows, storageShape.columns, value: dtype.converting(value))
            }
        }
        return .array(NDArray(storage: storage, shape: ArrayShape(shape), dtype: dtype))
    }

    /// np.arange of whole numbers a Double cannot hold (2**53 and more): int64s, exactly.
    private static func exactRange(_ context: inout CallContext) throws(Diagnostic) -> NDArray {
        func bound(_ name: String) throws(Diagnostic) -> Int64 {
            guard let value = context.value(name).wholeNumber else {
                throw Diagnostic(message: "np.arange: \(name) is beyond int64 (OverflowError: Python int too large to convert to C long)", span: context.span(name))
            }
            return Int64(value)
        }
        var start = try bound("start"), stop: Int64 = 0
        if context.isGiven("stop") { stop = try bound("stop") } else { (start, stop) = (0, start) }
        let step = try bound("step")
        guard step != 0 else { throw Diagnostic(message: "np.arange: the step must not be zero (numpy: Maximum allowed size exceeded)", span: context.span("step")) }
        // The count in Int128, so that a span of nearly 2**64 does not overflow.
        let span = Int128(stop) - Int128(start), stride = Int128(step)
        let count = Swift.max(0, (span + stride - (stride > 0 ? 1 : -1)) / stride)
        _ = try context.engine { () throws(MatrixError) in
            try Matrix.checkRoom(for: Shape(1, Int(clamping: count)), operation: "np.arange")
        }
        let values = (0..<Int(clamping: count)).map { Int64(Int128(start) + Int128($0) * stride) }
        let result = NDArray.integers(values, shape: .vector(values.count))
        return try context.dtype().map { result.converted(to: $0) } ?? result
    }

    /// numpy's -1 in a new shape: the one size that makes the count come out.
    private static func resolvedShape(_ dims: [Int], count: Int, from a: NDArray, _ context: CallContext) throws(Diagnostic) -> [Int] {
        let unknown = dims.indices.filter { dims[$0] == -1 }
        func mismatch() -> Diagnostic {
            Diagnostic(message: "np.reshape: cannot reshape an array of size \(count) into shape \(NDArray.describe(dims))",
                       span: context.callSpan, notes: ["\(a.shapeDescription) has \(count) elements; the new shape must have as many"])
        }
        guard unknown.count <= 1 else {
            throw Diagnostic(message: "np.reshape: can only specify one unknown dimension (-1)", span: context.callSpan)
        }
        guard dims.allSatisfy({ $0 >= -1 }) else {
            throw Diagnostic(message: "np.reshape: dimensions must not be negative, got \(NDArray.describe(dims))", span: context.callSpan)
        }
        var shape = dims
        if let position = unknown.first {
            let known = dims.enumerated().filter { $0.offset != position }.reduce(1) { $0 * $1.element }
            guard known > 0, count % known == 0 else { throw mismatch() }
            shape[position] = count / known
        }
        guard shape.reduce(1, *) == count else { throw mismatch() }
        return shape
    }

    /// hstack (axis 1) and vstack (axis 0) with numpy's rank-1 rules.
    private static func stacked(_ parts: [NDArray], along axis: Int, _ context: CallContext) throws(Diagnostic) -> Value {
        guard !parts.isEmpty else {
            throw Diagnostic(message: "\(context.function.displayName) needs at least one array", span: context.callSpan)
        }
        let dtype = parts.dropFirst().reduce(parts[0].dtype) { DType.promoted($0, $1.dtype) }
        let allRankOne = parts.allSatisfy { $0.rank <= 1 }
        let storages = parts.map(\.storage)
        let matrix = try context.engine { () throws(MatrixError) in
            axis == 1 ? try Matrix.hstack(storages) : try Matrix.vstack(storages)
        }
        if allRankOne && axis == 1 { return .array(NDArray(storage: matrix, shape: [matrix.count], dtype: dtype)) }
        return .array(NDArray(matrix, dtype: dtype))
    }

    /// A tuple (or list literal) of arrays, as np.hstack and friends take.
    static func arrays(in context: CallContext, _ name: String) throws(Diagnostic) -> [NDArray] {
        guard case let .tuple(items) = context.value(name) else {
            throw context.typeError(name, expected: "a tuple of arrays, like (A, B)")
        }
        var result: [NDArray] = []
        for item in items {
            guard let a = item.asArray else { throw context.typeError(name, expected: "a tuple of arrays, like (A, B)") }
            result.append(a)
        }
        return result
    }
}
