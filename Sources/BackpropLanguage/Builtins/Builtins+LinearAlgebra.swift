import MatrixEngine
import RealModule

/// The matrix product, transpose, outer product and norm.
extension BuiltinLibrary {
    static func product(_ name: String, summary: String, example: String) -> BuiltinFunction {
        BuiltinFunction(name, [.required("a"), .required("b")], summary: summary, example: example) { context throws(Diagnostic) in
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
            guard case let .array(a) = context.value("a") else { return context.value("a") }
            return .array(a.transposed)
        },
        BuiltinFunction("outer", [.required("a"), .required("b")], summary: "the outer product of two vectors", example: "np.outer(u, v)") { context throws(Diagnostic) in
            let a = try context.array("a"), b = try context.array("b")
            let column = try! a.storage.reshaped(a.count, 1), row = try! b.storage.reshaped(1, b.count)
            return .array(NDArray(try context.engine { () throws(MatrixError) in try column.matmul(row) }, dtype: DType.promoted(a.dtype, b.dtype)))
        },
        BuiltinFunction("linalg.norm", aliases: ["norm"], [.required("x")],
                        summary: "the Euclidean (Frobenius) norm: the square root of the sum of squares",
                        example: "np.linalg.norm(grad - gradapprox)") { context throws(Diagnostic) in
            let x = try context.matrix("x")
            return .float(Matrix.pairwiseSum(x.square().elements[...]).squareRoot())
        },
    ]
}
