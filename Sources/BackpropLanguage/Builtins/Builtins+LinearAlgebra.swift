import MatrixEngine
import RealModule

/// The matrix product, transpose, outer product and norm.
extension BuiltinLibrary {
    static func product(_ name: String, summary: String, example: String) -> BuiltinFunction {
        BuiltinFunction(name, [.required("a"), .required("b")], summary: summary, example: example) { context throws(Diagnostic) in
            let left = context.value("a"), right = context.value("b")
            // np.dot with a number scales, as numpy does; np.matmul refuses numbers.
            if name == "dot", left.scalar != nil || right.scalar != nil {
                let a = try context.matrix("a"), b = try context.matrix("b")
                if left.scalar != nil && right.scalar != nil { return .float(a.elements[0] * b.elements[0]) }
                return .matrix(try! a * b)
            }
            guard case let .matrix(a) = left, case let .matrix(b) = right else {
                throw context.typeError(left.asMatrix == nil || left.scalar != nil ? "a" : "b", expected: "a matrix")
            }
            do throws(MatrixError) {
                return .matrix(try a.matmul(b))
            } catch {
                guard case .productMismatch = error else { throw Diagnostic(message: "np.\(name): \(error)", span: context.callSpan) }
                throw ShapeDiagnostics.productFailure(a.shape, b.shape, lhsText: context.argument("a")?.text ?? "a",
                                                      rhsText: context.argument("b")?.text ?? "b", span: context.callSpan)
            }
        }
    }

    static let linearAlgebra: [BuiltinFunction] = [
        product("dot", summary: "the matrix product (the same as @)", example: "Z = np.dot(w.T, X) + b"),
        product("matmul", summary: "the matrix product (the same as @)", example: "np.matmul(W1, X)"),
        BuiltinFunction("transpose", [.required("a")], summary: "rows become columns (the same as .T)", example: "np.transpose(X)") { context throws(Diagnostic) in
            if case .matrix = context.value("a") { return .matrix(try context.matrix("a").transposed) }
            return context.value("a")
        },
        BuiltinFunction("outer", [.required("a"), .required("b")], summary: "the outer product of two vectors", example: "np.outer(u, v)") { context throws(Diagnostic) in
            let a = try context.matrix("a"), b = try context.matrix("b")
            let column = try! a.reshaped(a.count, 1), row = try! b.reshaped(1, b.count)
            return .matrix(try context.engine { () throws(MatrixError) in try column.matmul(row) })
        },
        BuiltinFunction("linalg.norm", aliases: ["norm"], [.required("x")],
                        summary: "the Euclidean (Frobenius) norm: the square root of the sum of squares",
                        example: "np.linalg.norm(grad - gradapprox)") { context throws(Diagnostic) in
            let x = try context.matrix("x")
            return .float(Matrix.pairwiseSum(x.square().elements[...]).squareRoot())
        },
    ]
}
