import MatrixEngine

/// sum, mean, max, min, argmax, argmin — over everything or along one axis.
extension BuiltinLibrary {
    static func reduction(_ kind: Matrix.Reduction, aliases: [String] = [], summary: String, example: String) -> BuiltinFunction {
        let parameters: [Parameter] = [.required("a"), .optional("axis", .none), .optional("keepdims", .boolean(false))]
        return BuiltinFunction(kind.rawValue, aliases: aliases, parameters, summary: summary, example: example) { context throws(Diagnostic) in
            let a = try context.matrix("a")
            let axis = try context.axis()
            let keepdims = try context.boolean("keepdims")
            let result = try context.engine { () throws(MatrixError) in try a.reduced(kind, axis: axis, keepDimensions: keepdims) }
            guard axis != nil else {
                if keepdims { return .matrix(result) }
                let x = result.elements[0]
                return (kind == .argmax || kind == .argmin) ? .integer(Int(x)) : .float(x)
            }
            if axis == .columns && !keepdims && a.rows > 1 {
                context.warnings.append(Diagnostic(
                    .warning,
                    message: "without keepdims numpy returns a rank-1 array of shape (\(a.rows),), which broadcasts like a row; Backprop gives the row \(result.shape)",
                    span: context.callSpan,
                    hint: "add keepdims=True to get the column (\(a.rows), 1)"))
            }
            return .matrix(result)
        }
    }

    static let reductions: [BuiltinFunction] = [
        reduction(.sum, summary: "the sum of all elements, or along an axis (axis=1 sums over the m examples)",
                  example: "db = 1/m * np.sum(dZ, axis=1, keepdims=True)"),
        reduction(.mean, summary: "the mean of all elements, or along an axis", example: "np.mean(Y_hat == Y)"),
        reduction(.max, aliases: ["amax"], summary: "the largest element, or along an axis", example: "np.max(A, axis=0)"),
        reduction(.min, aliases: ["amin"], summary: "the smallest element, or along an axis", example: "np.min(Z1)"),
        reduction(.argmax, summary: "the position of the largest element (the first on ties)", example: "np.argmax(A, axis=0)"),
        reduction(.argmin, summary: "the position of the smallest element (the first on ties)", example: "np.argmin(costs)"),
    ]
}
