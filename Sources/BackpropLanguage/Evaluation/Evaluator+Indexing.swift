import MatrixEngine

/// `X[:, 0:5]`, `X[0, 1]`, `X.shape[1]`, and assignment into part of a matrix.
///
/// A single integer on an axis removes that axis in numpy; Backprop has no rank-1 arrays, so
/// `X[:, 0]` (numpy's rank-1 `(n,)`) becomes the row `(1, n)` that numpy's broadcasting would
/// treat it as, with a note suggesting `X[:, 0:1]` for a column.
extension Evaluator {
    mutating func index(_ value: Value, _ components: [IndexComponent], base: Expression, whole: Expression) throws(Diagnostic) -> Value {
        switch value {
        case let .tuple(items):
            guard components.count == 1 else {
                throw Diagnostic.at(whole.span, "a tuple takes one index, like \(text(of: base))[0]")
            }
            switch components[0] {
            case let .single(expression):
                let i = try integer(expression, what: "a tuple index")
                guard let resolved = try? Matrix.resolveIndex(i, length: items.count, axis: "a tuple") else {
                    throw Diagnostic.at(expression.span, "index \(i) is out of range for \(text(of: base)), which has \(items.count) element\(items.count == 1 ? "" : "s")",
                                        hint: items.count == 2 ? "a shape (rows, columns) has indices 0 and 1" : nil)
                }
                return items[resolved]
            case let .slice(start, stop, step, span):
                let bounds = try sliceBounds(start, stop, step)
                guard let indices = try? bounds.indices(length: items.count, operation: "slice") else {
                    throw Diagnostic.at(span, "slice step cannot be zero")
                }
                return .tuple(indices.map { items[$0] })
            }
        case let .matrix(m):
            let (rows, rowRemoved, columns, columnRemoved) = try matrixSelection(m, components, whole: whole)
            let result: Matrix
            do {
                result = try m.sliced(rows: rows, columns: columns)
            } catch {
                throw Diagnostic.at(whole.span, "\(error)")
            }
            if rowRemoved && columnRemoved { return .float(result.elements[0]) }
            if columnRemoved && m.rows > 1 {
                // X[:, j] in numpy is rank-1: represent it as the row it broadcasts like.
                warn(.at(whole.span, "numpy gives a rank-1 array of shape (\(result.rows),) here; Backprop gives the row \(Shape(1, result.rows))",
                         hint: "for a column write \(text(of: base))[:, j:j+1]"))
                return .matrix(result.transposed)
            }
            return .matrix(result)
        case .integer, .float, .boolean:
            throw Diagnostic.at(whole.span, "\(text(of: base)) is a number and cannot be indexed")
        default:
            throw Diagnostic.at(whole.span, "\(value.kindDescription) cannot be indexed")
        }
    }

    /// The indexed expression's own text: `A[0]` for `A[0][1]`, `X` for `X[2]`.
    private func baseText(of whole: Expression) -> String {
        switch whole.kind {
        case let .index(base, _): return text(of: base)
        default: return String(text(of: whole).prefix { $0 != "[" })
        }
    }

    /// Resolves `[r, c]` against a matrix: the row and column slices and whether each axis is a single index.
    mutating func matrixSelection(_ m: Matrix, _ components: [IndexComponent], whole: Expression) throws(Diagnostic)
        -> (SliceBounds, Bool, SliceBounds, Bool) {
        guard components.count <= 2, !components.isEmpty else {
            throw Diagnostic.at(whole.span, "a matrix takes one or two indices, like X[0, 1] or X[:, 0:5]; got \(components.count)",
                                hint: "Backprop matrices are 2-D")
        }
        var bounds: [(SliceBounds, Bool)] = []
        for (axis, component) in components.enumerated() {
            let length = axis == 0 ? m.rows : m.columns
            switch component {
            case let .single(expression):
                let i = try integer(expression, what: "an index")
                guard let resolved = try? Matrix.resolveIndex(i, length: length, axis: axis == 0 ? "axis 0 (rows)" : "axis 1 (columns)") else {
                    let owner = baseText(of: whole)
                    var rowHint: String?
                    if axis == 0 && m.rows == 1 && components.count == 1 {
                        // `A[0][1]`: numpy's rank-1 row is a (1, n) row here; one index pair reaches the element.
                        var element = "\(owner)[0, \(i)]"
                        if case let .index(inner, _) = whole.kind, case let .index(matrix, rowComponents) = inner.kind,
                           rowComponents.count == 1, case let .single(row) = rowComponents[0] {
                            element = "\(text(of: matrix))[\(text(of: row)), \(i)]"
                        }
                        rowHint = "\(owner) is a row \(m.shape); pick the element with \(element)"
                    }
                    throw Diagnostic.at(expression.span,
                                        "index \(i) is out of range: \(owner) has \(length) \(axis == 0 ? "row" : "column")\(length == 1 ? "" : "s") (valid: 0 to \(length - 1), or -\(length) to -1)",
                                        hint: rowHint)
                }
                bounds.append((SliceBounds(start: resolved, stop: resolved + 1), true))
            case let .slice(start, stop, step, span):
                let slice = try sliceBounds(start, stop, step)
                if slice.step == 0 { throw Diagnostic.at(span, "slice step cannot be zero") }
                bounds.append((slice, false))
            }
        }
        if bounds.count == 1 { bounds.append((.all, false)) }
        return (bounds[0].0, bounds[0].1, bounds[1].0, bounds[1].1)
    }

    private mutating func sliceBounds(_ start: Expression?, _ stop: Expression?, _ step: Expression?) throws(Diagnostic) -> SliceBounds {
        func bound(_ e: Expression?, _ evaluator: inout Evaluator) throws(Diagnostic) -> Int? {
            guard let e else { return nil }
            if case .none = try evaluator.evaluate(e) { return nil }
            return try evaluator.integer(e, what: "a slice bound")
        }
        return SliceBounds(start: try bound(start, &self), stop: try bound(stop, &self), step: try bound(step, &self))
    }

    /// Evaluates an expression that must be an integer (an index, a size, an axis).
    mutating func integer(_ expression: Expression, what: String) throws(Diagnostic) -> Int {
        let value = try evaluate(expression)
        switch value {
        case let .integer(i): return i
        case let .boolean(b): return b ? 1 : 0
        case let .float(x) where x.rounded() == x && x.magnitude < 1e15:
            throw Diagnostic.at(expression.span, "\(what) must be an integer, not the float \(x)",
                                hint: "write int(\(text(of: expression))) or \(Int(x))")
        case let .float(x):
            throw Diagnostic.at(expression.span, "\(what) must be an integer, not the float \(x)")
        default:
            throw Diagnostic.at(expression.span, "\(what) must be an integer, not \(value.kindDescription)")
        }
    }

    /// `A[0, :] = 0`: writes the broadcast value into the selected part, returning the new matrix.
    mutating func assignIntoPart(of m: Matrix, _ components: [IndexComponent], value: Value, target: Expression, valueExpression: Expression) throws(Diagnostic) -> Matrix {
        let (rows, _, columns, _) = try matrixSelection(m, components, whole: target)
        let rowIndices = (try? rows.indices(length: m.rows, operation: "slice")) ?? []
        let columnIndices = (try? columns.indices(length: m.columns, operation: "slice")) ?? []
        let region = Shape(rowIndices.count, columnIndices.count)
        guard let source = value.asMatrix else {
            throw Diagnostic.at(valueExpression.span, "cannot store \(value.kindDescription) in a matrix")
        }
        guard let fitted = try? Matrix.zeros(region.rows, region.columns) + source, fitted.shape == region else {
            throw Diagnostic.at(valueExpression.span,
                                "cannot put a \(source.shape) value into the selected \(region) part of \(text(of: target).prefix { $0 != "[" })",
                                notes: ["rule: the value must broadcast to the selected shape \(region)"])
        }
        // Writing into a matrix that is also a variable copies it first.
        try ensureRoom(for: m.shape, what: text(of: target), span: target.span)
        var result = m
        for (i, r) in rowIndices.enumerated() {
            for (j, c) in columnIndices.enumerated() { result[r, c] = fitted[i, j] }
        }
        return result
    }
}
