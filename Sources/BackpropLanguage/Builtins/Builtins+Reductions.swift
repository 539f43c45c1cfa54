import MatrixEngine

/// sum, mean, max, min, argmax, argmin — over everything or along one axis, with numpy's shapes:
/// `np.sum(dZ, axis=1)` is rank-1 `(n,)`, and `keepdims=True` keeps the column `(n, 1)`.
extension BuiltinLibrary {
    static func reduction(_ kind: Matrix.Reduction, aliases: [String] = [], summary: String, example: String) -> BuiltinFunction {
        var parameters: [Parameter] = [.required("a"), .optional("axis", .none), .optional("keepdims", .boolean(false))]
        // numpy's sum and mean take the dtype to add in (`np.sum(mask, dtype=float)`).
        if kind == .sum || kind == .mean { parameters.insert(.optional("dtype", .none), at: 2) }
        return BuiltinFunction(kind.rawValue, aliases: aliases, parameters, summary: summary, example: example) { context throws(Diagnostic) in
            var a = try context.array("a")
            let axis = try context.arrayAxis(for: a)
            let keepdims = try context.boolean("keepdims")
            let dtype = try context.dtype()
            // Adding in int64 or float64 converts each element first (np.sum([1.5, 2.5], dtype=int) is 3);
            // a bool sum is numpy's logical or, and a mean in int truncates the float mean.
            if let dtype, dtype != .bool, kind == .sum { a = a.converted(to: dtype) }
            var result = try context.engine { () throws(MatrixError) in try a.reduced(kind, axis: axis, keepDimensions: keepdims) }
            if kind == .sum || kind == .mean { context.warnAboutReduction("reduce", a, result: result) }
            if let dtype, dtype == .bool || kind == .mean { result = result.converted(to: dtype) }
            if result.rank == 1 && a.rank == 2 {
                let n = result.shape[0]
                context.noteRankOne("without keepdims the result is rank-1 (\(n),): neither a row nor a column",
                                    hint: "add keepdims=True to keep \(axis == 1 ? "the column (\(n), 1)" : "the row (1, \(n))")")
            }
            return Value.wrapping(result)
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

extension CallContext {
    /// numpy's axis for an array of `a`'s rank, made non-negative; nil for None.
    func arrayAxis(_ name: String = "axis", for a: NDArray) throws(Diagnostic) -> Int? {
        // A tuple of axes (`axis=(0, 1)`): every axis is the whole array; one axis is that axis.
        if case let .tuple(items) = value(name) {
            var axes = Set<Int>()
            for item in items {
                guard let axis = item.wholeNumber, axis >= -max(a.rank, 1) && axis < max(a.rank, 1), a.rank > 0 else {
                    throw Diagnostic(message: "\(function.displayName): axis \(item.wholeNumber.map(String.init) ?? "?") is out of bounds for an array of dimension \(a.rank)",
                                     span: span(name))
                }
                guard axes.insert(axis < 0 ? axis + a.rank : axis).inserted else {
                    throw Diagnostic(message: "\(function.displayName): duplicate value in 'axis'", span: span(name))
                }
            }
            guard !axes.isEmpty else {
                throw Diagnostic(message: "\(function.displayName): an empty tuple of axes reduces nothing, which Backprop does not do", span: span(name),
                                 hint: "leave axis= out to reduce every element")
            }
            return axes.count == a.rank ? nil : axes.first
        }
        guard let axis = try optionalInteger(name) else { return nil }
        // numpy reads a 0-d array's axis 0 (or -1) as its one element: np.sum(z, axis=0) is z.
        if a.rank == 0 && (axis == 0 || axis == -1) { return nil }
        guard axis >= -max(a.rank, 1) && axis < max(a.rank, 1), a.rank > 0 else {
            throw Diagnostic(message: "\(function.displayName): axis \(axis) is out of bounds for an array of dimension \(a.rank)",
                             span: span(name), hint: a.rank == 2 ? "use 0 (down the rows), 1 (along each row), -1 or -2" : a.rank == 1 ? "a rank-1 array has only axis 0 (or -1)" : nil)
        }
        return axis < 0 ? axis + a.rank : axis
    }
}
