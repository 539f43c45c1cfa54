import MatrixEngine

/// `np.c_[a, b]` and `np.r_[a, b]`: numpy's index-syntax shorthands for joining arrays. c_ puts
/// rank-1 arrays side by side as columns (the course's `np.c_[xx.ravel(), yy.ravel()]`); r_ puts
/// them end to end, and stacks matrices as rows.
extension Evaluator {
    static let concatenationIndexNames: Set<String> = ["c_", "r_"]

    @inline(never)
    mutating func concatenationIndex(_ path: String, _ components: [IndexComponent], whole: Expression) throws(Diagnostic) -> Value {
        var parts: [NDArray] = []
        for component in components {
            guard case let .single(expression) = component else {
                throw Diagnostic.at(whole.span, "Backprop's np.\(path)[...] joins arrays and numbers, not slices",
                                    hint: "for a range write np.arange(start, stop, step)")
            }
            let value = try evaluate(expression)
            guard let array = value.arrayLike else {
                throw Diagnostic.at(expression.span, "np.\(path)[...] joins arrays and numbers; \(text(of: expression)) is \(value.kindDescription)")
            }
            parts.append(array)
        }
        guard let first = parts.first else { return .array(.vector([])) }
        let dtype = parts.dropFirst().reduce(first.dtype) { DType.promoted($0, $1.dtype) }
        if path == "r_" && !parts.allSatisfy({ $0.rank <= 1 }) && !parts.allSatisfy({ $0.rank == 2 }) {
            throw Diagnostic.at(whole.span, "np.r_[...]: all the input arrays must have the same number of dimensions, got \(parts.map(\.shapeDescription).joined(separator: ", "))")
        }
        do throws(MatrixError) {
            if path == "c_" {
                // Each rank-1 (n,) becomes the column (n, 1), each number a (1, 1); then side by side.
                let columns = parts.map { $0.rank == 2 ? $0.storage : try! Matrix(rows: $0.count, columns: 1, elements: $0.elements) }
                return .array(NDArray(try Matrix.hstack(columns), dtype: dtype))
            }
            if parts.allSatisfy({ $0.rank <= 1 }) { return .array(.vector(parts.flatMap(\.elements), dtype: dtype)) }
            return .array(NDArray(try Matrix.vstack(parts.map(\.storage)), dtype: dtype))
        } catch {
            throw Diagnostic.at(whole.span, "np.\(path)[...]: \(error.detail)",
                                hint: path == "c_" ? "the columns must have the same number of rows" : "the rows must have the same number of columns")
        }
    }
}
