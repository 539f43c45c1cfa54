import MatrixEngine

/// Shape errors in the spirit of tensor-sensor: name the failing sub-expression, show each
/// operand's shape, state the rule, and suggest the transpose that would fit.
enum ShapeDiagnostics {
    /// `X` stays `X`, `(A - Y)` stays parenthesised, `A - Y` becomes `(A - Y)` before a `.T`.
    static func transposed(_ text: String) -> String {
        if text.hasSuffix(".T") { return String(text.dropLast(2)) }
        let isSimple = text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "[" || $0 == "]" }
        if isSimple || isParenthesised(text) { return text + ".T" }
        return "(" + text + ").T"
    }

    /// `(A - Y)`: one pair of parentheses around the whole text (not `(a) + (b)`).
    static func isParenthesised(_ text: String) -> Bool {
        guard text.first == "(", text.last == ")" else { return false }
        var depth = 0
        for (index, character) in text.enumerated() {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth == 0 && index < text.count - 1 { return false }
        }
        return depth == 0
    }

    /// `wanted`: the shape the product's surroundings need (the other operand of `w @ x + b`),
    /// when known. Where both transposes fit (`w @ x` with two columns), the one that gives it is
    /// offered first, else the inner product (the smaller result), and the other is named too.
    /// `shownShapes` names rank-1 operands by their numpy shapes (`(3,)`) where the product read
    /// them as a row or a column.
    static func productFailure(_ lhs: Shape, _ rhs: Shape, lhsText: String, rhsText: String, span: SourceSpan,
                               wanted: Shape? = nil, shownShapes: (String, String)? = nil) -> Diagnostic {
        var hint: String?
        let transposeRight = (text: "\(lhsText) @ \(transposed(rhsText))", shapes: "\(lhs.compact) @ \(rhs.transposed.compact)",
                              result: Shape(lhs.rows, rhs.rows))
        let transposeLeft = (text: "\(transposed(lhsText)) @ \(rhsText)", shapes: "\(lhs.transposed.compact) @ \(rhs.compact)",
                             result: Shape(lhs.columns, rhs.columns))
        if lhs.columns == rhs.columns && lhs.rows == rhs.rows {
            // 2: exactly the shape wanted; 1: broadcasts to it; 0: neither (or nothing is wanted).
            func fit(_ shape: Shape) -> Int {
                guard let wanted else { return 0 }
                return shape == wanted ? 2 : (Matrix.broadcastShape(shape, wanted) == wanted ? 1 : 0)
            }
            let leftFirst = fit(transposeLeft.result) == fit(transposeRight.result)
                ? transposeLeft.result.count <= transposeRight.result.count
                : fit(transposeLeft.result) > fit(transposeRight.result)
            let (first, other) = leftFirst ? (transposeLeft, transposeRight) : (transposeRight, transposeLeft)
            func kind(_ result: Shape) -> String {
                guard lhs.columns == 1 || lhs.rows == 1 else { return "" }
                return result.count == 1 ? ", the inner product" : ", the outer product"
            }
            hint = "did you mean \(first.text)? \(first.shapes) → \(first.result.compact)\(kind(first.result)); "
                + "\(other.text) would give \(other.result)\(kind(other.result))"
        } else if lhs.columns == rhs.columns {
            hint = "did you mean \(transposeRight.text)? \(transposeRight.shapes) → \(transposeRight.result.compact)"
        } else if lhs.rows == rhs.rows {
            hint = "did you mean \(transposeLeft.text)? \(transposeLeft.shapes) → \(transposeLeft.result.compact)"
        } else if rhs.columns == lhs.rows {
            hint = "did you mean \(rhsText) @ \(lhsText)? The order matters: \(rhs.compact) @ \(lhs.compact) → \(Shape(rhs.rows, lhs.columns).compact)"
        }
        return Diagnostic(
            message: "matrix product \(lhsText) @ \(rhsText): \(lhsText) has \(lhs.columns) column\(lhs.columns == 1 ? "" : "s") but \(rhsText) has \(rhs.rows) row\(rhs.rows == 1 ? "" : "s")",
            span: span,
            notes: [
                "\(lhsText) is \(shownShapes?.0 ?? lhs.description), \(rhsText) is \(shownShapes?.1 ?? rhs.description)",
                "rule: (n, k) @ (k, m) → (n, m): the left operand's columns must equal the right operand's rows",
            ],
            hint: hint)
    }

    /// The operation as written: `A + b`, or `np.multiply(A, Y)` for a function.
    private static func written(_ operation: String, _ lhsText: String, _ rhsText: String) -> String {
        operation.hasPrefix("np.") ? "\(operation)(\(lhsText), \(rhsText))" : "\(lhsText) \(operation) \(rhsText)"
    }

    static func broadcastFailure(_ operation: String, _ lhs: Shape, _ rhs: Shape, lhsText: String, rhsText: String, span: SourceSpan) -> Diagnostic {
        func verdict(_ a: Int, _ b: Int) -> String { (a == b || a == 1 || b == 1) ? "ok" : "✗" }
        var hint: String?
        // Suggest a transpose only when it fits without stretching both operands into an outer shape.
        func fits(_ a: Shape, _ b: Shape) -> Bool {
            guard let result = Matrix.broadcastShape(a, b) else { return false }
            return result == a || result == b
        }
        if fits(lhs, rhs.transposed) {
            hint = "did you mean \(written(operation, lhsText, transposed(rhsText)))? \(transposed(rhsText)) is \(rhs.transposed)"
        } else if fits(lhs.transposed, rhs) {
            hint = "did you mean \(written(operation, transposed(lhsText), rhsText))? \(transposed(lhsText)) is \(lhs.transposed)"
        } else if operation == "*" && lhs.columns == rhs.rows {
            hint = "'*' multiplies element by element; for the matrix product use '@' or np.dot"
        }
        return Diagnostic(
            message: "operands could not be broadcast together in \(written(operation, lhsText, rhsText)): shapes \(lhs) and \(rhs)",
            span: span,
            notes: [
                "\(lhsText) is \(lhs), \(rhsText) is \(rhs)",
                "rule: numpy compares the shapes axis by axis; each pair must be equal or one of them must be 1",
                "rows: \(lhs.rows) vs \(rhs.rows) \(verdict(lhs.rows, rhs.rows)),  columns: \(lhs.columns) vs \(rhs.columns) \(verdict(lhs.columns, rhs.columns))",
            ],
            hint: hint)
    }

    /// The same for arrays of any rank: two matrices get the axis-by-axis explanation above; a
    /// rank-0 or rank-1 operand is compared right-aligned, as numpy does.
    static func broadcastFailure(_ operation: String, _ lhs: NDArray, _ rhs: NDArray, lhsText: String, rhsText: String,
                                 span: SourceSpan) -> Diagnostic {
        if lhs.rank == 2 && rhs.rank == 2 {
            return broadcastFailure(operation, lhs.storage.shape, rhs.storage.shape, lhsText: lhsText, rhsText: rhsText, span: span)
        }
        var hint: String?
        if lhs.rank == 1 || rhs.rank == 1 {
            let (vector, name) = lhs.rank == 1 ? (lhs, lhsText) : (rhs, rhsText)
            hint = "\(name) is rank-1 \(vector.shapeDescription), which numpy lines up with the last axis; for a column write \(name).reshape(-1, 1)"
        }
        return Diagnostic(
            message: "operands could not be broadcast together in \(written(operation, lhsText, rhsText)): shapes \(lhs.shapeDescription) and \(rhs.shapeDescription)",
            span: span,
            notes: [
                "\(lhsText) is \(lhs.shapeDescription), \(rhsText) is \(rhs.shapeDescription)",
                "rule: numpy lines the shapes up from the right; each pair of sizes must be equal or one of them must be 1",
            ],
            hint: hint)
    }
}
