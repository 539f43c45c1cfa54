import MatrixEngine
import RealModule

/// The matrix product, transpose, outer product and norm.
extension BuiltinLibrary {
    static func product(_ name: String, summary: String, example: String) -> BuiltinFunction {
        // Two float64 matrices whose shapes fit: the product below, without its other cases and messages.
        let quick = QuickForm.pair { a, b in
            guard a.rank == 2, b.rank == 2, a.dtype == .float64, b.dtype == .float64,
                  let product = try? a.storage.matmul(b.storage) else { return nil }
            return .array(NDArray(product, dtype: .float64))
        }
        return BuiltinFunction(name, [.required("a"), .required("b")], summary: summary, example: example, quick: quick) { context throws(Diagnostic) in
            let a = try context.array("a"), b = try context.array("b")
            // np.dot with a number scales, as numpy does; np.matmul refuses numbers.
            if name == "dot", a.rank == 0 || b.rank == 0 {
                return Value.wrapping(try! ArrayArithmetic.apply(.multiply, a, b))
            }
            guard a.rank > 0, b.rank > 0 else {
                throw context.typeError(a.rank == 0 ? "a" : "b", expected: "an array (np.matmul does not take numbers; use *)")
            }
            return try ArrayProduct.product(a, b, lhsText: context.argument("a")?.text ?? "a", rhsText: context.argument("b")?.text ?? "b",
                                            span: context.callSpan)
        }
    }

    static let linearAlgebra: [BuiltinFunction] = [
        product("dot", summary: "the matrix product (the same as @)", example: "Z = np.dot(w.T, X) + b"),
        product("matmul", summary: "the matrix product (the same as @)", example: "np.matmul(W1, X)"),
        BuiltinFunction("transpose", [.required("a")], summary: "rows become columns (the same as .T)", example: "np.transpose(X)") { context throws(Diagnostic) in
            guard case let .array(a) = context.value("a") else {
                // np.transpose(2.0) is the 0-d array(2.).
                guard var number = context.value("a").asArray else { return context.value("a") }
                number.isNumpyScalar = false
                return .array(number)
            }
            return .array(a.rank == 2 ? ArrayView.transposing(a) : ArrayView.reshaping(a, to: a.value))
        },
        BuiltinFunction("outer", [.required("a"), .required("b")], summary: "the outer product of two vectors", example: "np.outer(u, v)") { context throws(Diagnostic) in
            let a = try context.array("a"), b = try context.array("b")
            if DType.promoted(a.dtype, b.dtype) == .int64 {
                // Integer products exactly, wrapping around at 2**63: a column times a row.
                let column = try! a.reshaped([a.count, 1]), row = try! b.reshaped([1, b.count])
                do throws(ArrayArithmetic.Failure) {
                    return .array(try ArrayArithmetic.apply(.multiply, column, row))
                } catch {
                    throw Diagnostic(message: "np.outer: \(error)", span: context.callSpan)
                }
            }
            let column = try! a.storage.reshaped(a.count, 1), row = try! b.storage.reshaped(1, b.count)
            return .array(NDArray(try context.engine { () throws(MatrixError) in try column.matmul(row) }, dtype: DType.promoted(a.dtype, b.dtype)))
        },
        BuiltinFunction("linalg.norm", aliases: ["norm"], [.required("x"), .optional("ord", .none), .optional("axis", .none), .optional("keepdims", .boolean(false))],
                        summary: "the Euclidean (Frobenius) norm: the square root of the sum of squares; axis=1, keepdims=True gives each row's norm",
                        example: "x_norm = np.linalg.norm(x, axis=1, keepdims=True)") { context throws(Diagnostic) in
            try norm(&context)
        },
    ]

    /// np.linalg.norm as numpy computes it: the sum of squares (or of |x|, or the largest |x|,
    /// as `ord` says) reduced with numpy's own summation, then the root. int and bool become
    /// float64 first, and the result is an np.float64 or an array of them.
    static func norm(_ context: inout CallContext) throws(Diagnostic) -> Value {
        let x = try context.array("x").converted(to: .float64)
        let axis = try context.arrayAxis(for: x), keepdims = try context.boolean("keepdims")
        let order = try NormOrder(context.value("ord"), context)
        func reduce(_ values: NDArray, _ kind: Matrix.Reduction, axis: Int?) throws(Diagnostic) -> NDArray {
            try context.engine { () throws(MatrixError) in try values.reduced(kind, axis: axis, keepDimensions: keepdims) }
        }
        let magnitudes = x.map { Swift.abs($0) }
        // A matrix norm: the whole 2-D array, with an ord other than the Frobenius one.
        if axis == nil, x.rank == 2, let order, order != .frobenius {
            let (kind, along): (Matrix.Reduction, Int) = switch order {
            case .power(1): (.max, 0)
            case .power(-1): (.min, 0)
            case .infinity: (.max, 1)
            case .negativeInfinity: (.min, 1)
            default:
                throw Diagnostic(message: "np.linalg.norm: Backprop has the matrix norms ord=None, 'fro', 1, -1, np.inf and -np.inf, not \(context.argument("ord")?.text ?? "this one")",
                                 span: context.span("ord"), hint: "ord=2 is the largest singular value, which needs an SVD Backprop does not have")
            }
            let sums = try context.engine { () throws(MatrixError) in try magnitudes.reduced(.sum, axis: along, keepDimensions: false) }
            return Value.wrapping(try reduce(sums, kind, axis: nil).reshapedKeeping(rank: keepdims ? 2 : 0))
        }
        if order == .frobenius && x.rank != 2 {
            throw Diagnostic(message: "np.linalg.norm: ord='fro' is a matrix norm; this array is \(x.shapeDescription)", span: context.span("ord"), hint: "leave ord= out for a vector's length")
        }
        if x.rank == 2, axis == nil, order == nil || order == .frobenius {
            // numpy's own whole-array norm: every element, summed in memory order.
            return Value.wrapping(try reduce(x.map { $0 * $0 }, .sum, axis: nil).map { $0.squareRoot() })
        }
        let result: NDArray
        switch order ?? .power(2) {
        case .infinity: result = try reduce(magnitudes, .max, axis: axis)
        case .negativeInfinity: result = try reduce(magnitudes, .min, axis: axis)
        case .power(0): result = try reduce(x.map { $0 != 0 ? 1 : 0 }, .sum, axis: axis)
        case .power(1): result = try reduce(magnitudes, .sum, axis: axis)
        case .power(2), .frobenius: result = try reduce(x.map { $0 * $0 }, .sum, axis: axis).map { $0.squareRoot() }
        case let .power(p): result = try reduce(magnitudes.map { Matrix.pow($0, p) }, .sum, axis: axis).map { Matrix.pow($0, 1 / p) }
        }
        return Value.wrapping(result)
    }

    /// The `ord=` of np.linalg.norm.
    enum NormOrder: Equatable {
        case power(Double), infinity, negativeInfinity, frobenius

        init?(_ value: Value, _ context: CallContext) throws(Diagnostic) {
            switch value {
            case .none: return nil
            case .string("fro"): self = .frobenius
            default:
                guard let p = value.number else {
                    throw context.typeError("ord", expected: "None, a number, np.inf or 'fro'")
                }
                self = p == .infinity ? .infinity : p == -.infinity ? .negativeInfinity : .power(p)
            }
        }
    }
}

extension NDArray {
    /// A one-element result as a 0-d array, or kept as (1, 1) when keepdims asks for rank 2.
    func reshapedKeeping(rank: Int) -> NDArray {
        try! reshaped([Int](repeating: 1, count: rank))
    }
}
