import MatrixEngine

/// `X[:, 0:5]`, `X[0, 1]`, `X.shape[1]`, `dZ[Z <= 0]`, `A[[0, 2]]`, and assignment into part of an
/// array, with numpy's result shapes: an integer on an axis removes it (`X[:, 0]` is rank-1
/// `(n,)`), a slice keeps it, a bool mask of the array's shape picks elements (rank-1), and an
/// integer array picks positions along its axis.
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
        case let .array(a) where components.contains(where: Evaluator.isNewAxis):
            return try insertingNewAxes(a, components, whole: whole)
        case let .array(a) where components.count == 1 && Evaluator.isEmptyTuple(components[0]):
            // x[()] is x itself: a 0-d array's number (as a numpy scalar), or the whole array.
            guard a.rank == 0 else { return .array(ArrayView.reshaping(a, to: a.value)) }
            return Value.wrapping(a.value)
        case let .array(a):
            let selection = try arraySelection(a.value, components, whole: whole)
            var result = selection.selected(from: a.value)
            if selection.isView && result.rank == 2 && a.rank == 2 { result = Evaluator.view(result, of: a.value, at: selection.positions) }
            if result.rank == 1 && a.rank == 2 && selection.removedAxis != nil {
                let n = result.shape[0]
                noteRankOne(whole.span, "an integer index removes its axis: this is rank-1 (\(n),), neither a row nor a column",
                            hint: selection.removedAxis == 1 ? "for a column write \(text(of: base))[:, j:j+1]" : "for a row write \(text(of: base))[i:i+1, :]")
            }
            guard selection.isView && result.rank > 0 else { return Value.wrapping(result) }
            return .array(ArrayView.selecting(result, at: selection.positions, of: a))
        case .list, .string, .dictionary, .range:
            return try indexPython(value, components, base: base, whole: whole)
        case .integer, .float, .boolean:
            throw Diagnostic.at(whole.span, "\(text(of: base)) is a number and cannot be indexed")
        default:
            throw Diagnostic.at(whole.span, "\(value.kindDescription) cannot be indexed")
        }
    }

    /// `()` written as the index.
    static func isEmptyTuple(_ component: IndexComponent) -> Bool {
        if case let .single(expression) = component, case let .tuple(items) = expression.kind { return items.isEmpty }
        return false
    }

    /// `None` or `np.newaxis` in an index: numpy adds an axis of size 1 there.
    static func isNewAxis(_ component: IndexComponent) -> Bool {
        guard case let .single(expression) = component else { return false }
        switch expression.kind {
        case .none: return true
        case let .function(path, _): return path == "newaxis"
        default: return false
        }
    }

    /// `b[:, None]`, `x[np.newaxis, :]`, `x[None]`: a rank-1 (n,) as the column (n, 1) or the row
    /// (1, n), `A[None, 1]`. Slices and integers go with the new axes here: a slice keeps its
    /// axis and an integer removes it.
    private mutating func insertingNewAxes(_ object: ArrayObject, _ components: [IndexComponent], whole: Expression) throws(Diagnostic) -> Value {
        let a = object.value
        let kept = components.filter { !Evaluator.isNewAxis($0) }
        let selection = kept.isEmpty ? nil : try arraySelection(a, kept, whole: whole)
        guard selection?.isView ?? true else {
            throw Diagnostic.at(whole.span, "Backprop takes None (np.newaxis) in an index only next to slices and integers, like x[:, None]",
                                hint: "index first, then add the axis: (x[[0, 2]])[None], or use .reshape")
        }
        var result = selection?.selected(from: a) ?? a
        var shape: [Int] = []
        var remaining = result.shape[...]
        for component in components {
            if Evaluator.isNewAxis(component) {
                shape.append(1)
            } else if case .slice = component, let length = remaining.popFirst() {
                shape.append(length)
            }
        }
        shape += remaining
        guard shape.count <= 2 else {
            throw Diagnostic.at(whole.span, "Backprop's arrays stop at 2 dimensions; this index makes \(NDArray.describe(shape))",
                                hint: "the course's arrays are all 2-D: reshape instead")
        }
        result = try! result.reshaped(shape)
        guard let selection else { return .array(ArrayView.reshaping(object, to: result)) }
        return .array(ArrayView.selecting(result, at: selection.positions, of: object))
    }

    /// The indexed expression's own text: `A[0]` for `A[0][1]`, `X` for `X[2]`.
    private func baseText(of whole: Expression) -> String {
        switch whole.kind {
        case let .index(base, _): return text(of: base)
        default: return String(text(of: whole).prefix { $0 != "[" })
        }
    }

    /// What `[...]` selects from an array: the positions in its storage (row-major), the numpy
    /// shape of the result, and the axis an integer index removed (for the rank-1 note).
    struct ArraySelection {
        var positions: [Int]
        var shape: [Int]
        var removedAxis: Int?

        /// Whether numpy makes a view here (slices and integers only), not a copy (integer arrays, masks).
        var isView = false

        /// The selected elements as an array of the selection's shape.
        func selected(from a: NDArray) -> NDArray {
            a.picking(positions, shape: ArrayShape(shape))
        }
    }

    /// One axis's part of an index: a single position (the axis goes), or a list of positions
    /// from a slice, an integer array or a bool mask (the axis stays).
    private enum AxisPick {
        case single(Int)
        case several([Int], fromArray: Bool)
    }

    /// One axis's index, evaluated once: a slice, or the value written for it (an item of a
    /// tuple index, `a[np.where(a > 0)]`, counts as written for its axis).
    private enum IndexPart {
        case slice(start: Expression?, stop: Expression?, step: Expression?, span: SourceSpan)
        case value(Value, Expression)
    }

    mutating func arraySelection(_ a: NDArray, _ components: [IndexComponent], whole: Expression) throws(Diagnostic) -> ArraySelection {
        guard a.rank > 0 else {
            throw Diagnostic.at(whole.span, "a 0-d array cannot be indexed", hint: "use .item() for its number")
        }
        var parts: [IndexPart] = []
        for component in components {
            let expression: Expression
            switch component {
            case let .slice(start, stop, step, span): parts.append(.slice(start: start, stop: stop, step: step, span: span)); continue
            case let .single(single): expression = single
            }
            let value = try evaluate(expression)
            if components.count == 1, case let .tuple(items) = value {
                parts += items.map { .value($0, expression) }  // M[(1, 2)] is M[1, 2]
            } else {
                parts.append(.value(value, expression))
            }
        }
        guard parts.count <= a.rank, !parts.isEmpty else {
            throw Diagnostic.at(whole.span, "too many indices: \(baseText(of: whole)) is \(a.shapeDescription) and takes at most \(a.rank) (got \(parts.count))",
                                hint: a.rank == 1 ? "a rank-1 array takes one index, like x[0]" : "Backprop's arrays are at most 2-D")
        }
        // A bool mask of the array's own shape picks elements in row-major order: dZ[Z <= 0].
        if parts.count == 1, case let .value(.array(mask), expression) = parts[0],
           mask.dtype == .bool, mask.rank == a.rank, a.rank == 2 {
            guard mask.shape == a.shape else {
                throw Diagnostic.at(expression.span, "the mask \(text(of: expression)) is \(mask.shapeDescription) but \(baseText(of: whole)) is \(a.shapeDescription)",
                                    hint: "a bool mask must have the shape of the array it indexes")
            }
            let positions = mask.elements.indices.filter { mask.elements[$0] != 0 }
            return ArraySelection(positions: positions, shape: [positions.count], removedAxis: nil)
        }
        let lengths = a.rank == 2 ? [a.shape[0], a.shape[1]] : [a.shape[0]]
        var picks: [AxisPick] = []
        for (axis, part) in parts.enumerated() {
            picks.append(try axisPick(part, axis: axis, length: lengths[axis], array: a, whole: whole))
        }
        while picks.count < a.rank { picks.append(.several(Array(0..<lengths[picks.count]), fromArray: false)) }
        func list(_ pick: AxisPick) -> [Int] {
            switch pick {
            case let .single(i): return [i]
            case let .several(positions, _): return positions
            }
        }
        guard a.rank == 2 else {
            if case let .single(i) = picks[0] {
                var selection = ArraySelection(positions: [i], shape: [], removedAxis: 0)
                selection.isView = true  // what x[1, None] shares; x[1] itself is a numpy scalar
                return selection
            }
            let positions = list(picks[0])
            var selection = ArraySelection(positions: positions, shape: [positions.count], removedAxis: nil)
            if case .several(_, fromArray: false) = picks[0] { selection.isView = true }
            return selection
        }
        let columns = a.shape[1]
        var selection = try matrixSelection(picks, columns: columns, whole: whole)
        selection.isView = picks.allSatisfy { if case .several(_, fromArray: true) = $0 { return false } else { return true } }
        return selection
    }

    /// A slice of a matrix as numpy's view of its memory: in the matrix's own memory order, and
    /// strided unless the picked elements are one evenly spaced run there, which numpy's iterator
    /// walks as one (`A[:, 1:]` is strided; `A[1:]` and `A[:, ::2]` of an even width are not).
    static func view(_ result: NDArray, of a: NDArray, at positions: [Int]) -> NDArray {
        let (rows, columns) = (a.shape[0], a.shape[1])
        let (resultRows, resultColumns) = (result.shape[0], result.shape[1])
        var previous: Int?, step: Int?
        var contiguous = true
        // Walk the result in its memory order (row-major, or column-major for a transposed view)
        // and follow where each element sits in the matrix's memory.
        let outer = a.isTransposedView ? resultColumns : resultRows, inner = a.isTransposedView ? resultRows : resultColumns
        walk: for i in 0..<outer {
            for j in 0..<inner {
                let logical = a.isTransposedView ? positions[j * resultColumns + i] : positions[i * resultColumns + j]
                let memory = a.isTransposedView ? (logical % columns) * rows + logical / columns : logical
                if let previous {
                    if step == nil { step = memory - previous }
                    if memory - previous != step { contiguous = false; break walk }
                }
                previous = memory
            }
        }
        let strided = !contiguous || (a.isStridedView && outer > 1)
        return result.asView(transposedInMemory: a.isTransposedView, strided: strided)
    }

    private func matrixSelection(_ picks: [AxisPick], columns: Int, whole: Expression) throws(Diagnostic) -> ArraySelection {
        switch (picks[0], picks[1]) {
        case let (.single(r), .single(c)):
            return ArraySelection(positions: [r * columns + c], shape: [], removedAxis: nil)
        case let (.single(r), .several(cs, _)):
            return ArraySelection(positions: cs.map { r * columns + $0 }, shape: [cs.count], removedAxis: 0)
        case let (.several(rs, _), .single(c)):
            return ArraySelection(positions: rs.map { $0 * columns + c }, shape: [rs.count], removedAxis: 1)
        case let (.several(rs, true), .several(cs, true)):
            // Two integer arrays pair up element by element, as numpy's advanced indexing does.
            guard rs.count == cs.count || rs.count == 1 || cs.count == 1 else {
                throw Diagnostic.at(whole.span, "shape mismatch: the index arrays (\(rs.count),) and (\(cs.count),) cannot be broadcast together",
                                    hint: "to pick a block use a slice on one axis, or np.ix_ in numpy")
            }
            let count = max(rs.count, cs.count)
            let positions = (0..<count).map { k in rs[rs.count == 1 ? 0 : k] * columns + cs[cs.count == 1 ? 0 : k] }
            return ArraySelection(positions: positions, shape: [count], removedAxis: nil)
        case let (.several(rs, _), .several(cs, _)):
            return ArraySelection(positions: rs.flatMap { r in cs.map { r * columns + $0 } }, shape: [rs.count, cs.count], removedAxis: nil)
        }
    }

    private mutating func axisPick(_ part: IndexPart, axis: Int, length: Int, array a: NDArray, whole: Expression) throws(Diagnostic) -> AxisPick {
        let axisName = a.rank == 1 ? "axis 0" : axis == 0 ? "axis 0 (rows)" : "axis 1 (columns)"
        switch part {
        case let .slice(start, stop, step, span):
            let slice = try sliceBounds(start, stop, step)
            if slice.step == 0 { throw Diagnostic.at(span, "slice step cannot be zero") }
            return .several(try! slice.indices(length: length, operation: "slice"), fromArray: false)
        case .value(var value, let expression):
            if case .list = value { value = try numpyArray(fromValue: value, at: expression) }
            if case let .boolean(flag) = value {
                throw Diagnostic.at(expression.span, "indexing with \(flag ? "True" : "False") adds an axis in numpy (a 3-D result here), and Backprop's arrays stop at 2",
                                    hint: "index with an integer, a slice, or a bool array of the axis's length")
            }
            if case let .array(indices) = value, indices.rank > 0 {
                switch indices.dtype {
                case .bool:
                    guard indices.rank == 1, indices.count == length else {
                        throw Diagnostic.at(expression.span, "the bool index \(text(of: expression)) is \(indices.shapeDescription) but \(axisName) has \(length) element\(length == 1 ? "" : "s")",
                                            hint: "a mask for one axis needs one True/False per position")
                    }
                    return .several(indices.elements.indices.filter { indices.elements[$0] != 0 }, fromArray: true)
                case .int64:
                    guard indices.rank <= 1 else {
                        throw Diagnostic.at(expression.span, "Backprop indexes with rank-1 integer arrays only; \(text(of: expression)) is \(indices.shapeDescription)")
                    }
                    var positions: [Int] = []
                    for raw in indices.elements {
                        positions.append(try resolve(Int(raw), length: length, axis: axis, axisName: axisName, at: expression, whole: whole))
                    }
                    return .several(positions, fromArray: true)
                case .float64:
                    throw Diagnostic.at(expression.span, "arrays used as indices must be of integer (or boolean) type; \(text(of: expression)) is float64",
                                        hint: "convert it with \(text(of: expression)).astype(int)")
                }
            }
            let i = try integerIndex(value, expression, what: "an index")
            return .single(try resolve(i, length: length, axis: axis, axisName: axisName, at: expression, whole: whole))
        }
    }

    private func resolve(_ i: Int, length: Int, axis: Int, axisName: String, at expression: Expression, whole: Expression) throws(Diagnostic) -> Int {
        guard let resolved = try? Matrix.resolveIndex(i, length: length, axis: axisName) else {
            let unit = axisName.contains("rows") ? "row" : axisName.contains("columns") ? "column" : "element"
            throw Diagnostic.at(expression.span,
                                "index \(i) is out of range: \(baseText(of: whole)) has \(length) \(unit)\(length == 1 ? "" : "s") on \(axisName) (valid: 0 to \(length - 1), or -\(length) to -1)")
        }
        return resolved
    }

    mutating func sliceBounds(_ start: Expression?, _ stop: Expression?, _ step: Expression?) throws(Diagnostic) -> SliceBounds {
        func bound(_ e: Expression?, _ evaluator: inout Evaluator) throws(Diagnostic) -> Int? {
            guard let e else { return nil }
            if case .none = try evaluator.evaluate(e) { return nil }
            return try evaluator.integer(e, what: "a slice bound")
        }
        return SliceBounds(start: try bound(start, &self), stop: try bound(stop, &self), step: try bound(step, &self))
    }

    /// Evaluates an expression that must be an integer (an index, a size, an axis).
    mutating func integer(_ expression: Expression, what: String) throws(Diagnostic) -> Int {
        // Evaluated first: an argument that changes the evaluator would make Swift copy it for the call.
        let value = try evaluate(expression)
        return try integerIndex(value, expression, what: what)
    }

    mutating func integerIndex(_ value: Value, _ expression: Expression, what: @autoclosure () -> String) throws(Diagnostic) -> Int {
        // (Mutating so that the evaluator is not copied for the call; `what` is written only for a message.)
        if case let .integer(i) = value { return i }
        if case .array = value, let whole = value.wholeNumber { return whole }
        if case let .array(a) = value, a.rank == 0 { return try integerIndex(.float(a.elements[0]), expression, what: what()) }
        switch value {
        case let .integer(i): return i
        case let .boolean(b): return b ? 1 : 0
        case let .float(x) where x.rounded() == x && x.magnitude < 1e15:
            throw Diagnostic.at(expression.span, "\(what()) must be an integer, not the float \(Matrix.formatScalar(x))",
                                hint: "write int(\(text(of: expression))) or \(Int(x))")
        case let .float(x):
            throw Diagnostic.at(expression.span, "\(what()) must be an integer, not the float \(Matrix.formatScalar(x))")
        default:
            throw Diagnostic.at(expression.span, "\(what()) must be an integer, not \(value.kindDescription)")
        }
    }

    /// `A[0, :] = 0`, `dZ[Z <= 0] = 0`: writes the broadcast value into the selected part,
    /// returning the new array (its dtype stays, as numpy's assignment casts the value).
    mutating func assignIntoPart(of a: NDArray, _ components: [IndexComponent], value: Value, target: Expression, valueExpression: Expression) throws(Diagnostic) -> NDArray {
        let selection = try arraySelection(a, components, whole: target)
        guard let source = value.asArray else {
            throw Diagnostic.at(valueExpression.span, "cannot store \(value.kindDescription) in an array")
        }
        guard let fitted = try? source.broadcast(to: ArrayShape(selection.shape)) else {
            throw Diagnostic.at(valueExpression.span,
                                "cannot put a \(source.shapeDescription) value into the selected \(NDArray.describe(selection.shape)) part of \(text(of: target).prefix { $0 != "[" })",
                                notes: ["rule: the value must broadcast to the selected shape \(NDArray.describe(selection.shape))"])
        }
        // Writing into an array that is also a variable copies it first.
        try ensureRoom(for: a.storage.shape, what: text(of: target), span: target.span)
        if a.dtype == .int64, let bad = fitted.elements.first(where: { !$0.isFinite || fitted.dtype == .float64 && $0.magnitude >= 0x1p63 }) {
            // numpy refuses these into an int64 array (ValueError, OverflowError).
            let reason = bad.isNaN ? "cannot convert float NaN to integer" : bad.isInfinite ? "cannot convert float infinity to integer"
                : "Python int too large to convert to C long"
            throw Diagnostic.at(valueExpression.span, "\(text(of: target).prefix { $0 != "[" }) is an int64 array: \(reason)",
                                hint: "make it a float array first: \(text(of: target).prefix { $0 != "[" }) = \(text(of: target).prefix { $0 != "[" }).astype(float)")
        }
        // The array as its own contiguous elements, as the write's result always was.
        var result = a.asView(transposedInMemory: a.isTransposedView, strided: false)
        result.isNumpyScalar = false
        result.copyElements(of: fitted.converted(to: a.dtype), positions: selection.positions, putting: true)
        return result
    }
}
