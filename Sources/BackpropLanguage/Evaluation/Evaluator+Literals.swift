import MatrixEngine

/// Array literals: Backprop's Octave-style `[1 2; 3 4]`, `[A B]`, `[A; B]` (always 2-D), and the
/// lists that np.array reads as numpy does (`np.array([1, 2, 3])` is rank-1 `(3,)`). The dtype is
/// numpy's: int64 when every element is an integer, float64 when any is a float, bool when all are.
extension Evaluator {
    mutating func buildMatrix(rows: [[Expression]], isNestedList: Bool, whole: Expression) throws(Diagnostic) -> Value {
        if rows.count == 1 && rows[0].isEmpty {
            return .matrix(try! Matrix(rows: 0, columns: 0, elements: []))
        }
        var rowMatrices: [Matrix] = []
        var dtype: DType?
        func promote(_ part: NDArray) { dtype = dtype.map { DType.promoted($0, part.dtype) } ?? part.dtype }
        if isNestedList {
            // [[1, 2], [3, 4]]: each inner list is a row (or a block of rows).
            for element in rows[0] {
                let part = try literalPart(element)
                promote(part)
                rowMatrices.append(part.storage)
            }
        } else {
            for row in rows {
                guard !row.isEmpty else { throw Diagnostic.at(whole.span, "a matrix literal has an empty row") }
                var parts: [NDArray] = []
                for element in row { parts.append(try literalPart(element)) }
                parts.forEach(promote)
                do {
                    rowMatrices.append(try Matrix.hstack(parts.map(\.storage)))
                } catch {
                    throw Diagnostic.at(
                        SourceSpan.covering(row[0].span, row[row.count - 1].span),
                        "the elements of this row have different numbers of rows",
                        notes: zip(row, parts).map { "\(text(of: $0)) is \($1.shapeDescription)" })
                }
            }
        }
        do {
            return .array(NDArray(try Matrix.vstack(rowMatrices), dtype: dtype ?? .float64))
        } catch {
            let widths = rowMatrices.map { String($0.columns) }.joined(separator: ", ")
            throw Diagnostic.at(whole.span, "the rows of this matrix have different lengths (\(widths))",
                                hint: "every row needs the same number of columns")
        }
    }

    private mutating func literalPart(_ element: Expression) throws(Diagnostic) -> NDArray {
        let value = try evaluate(element)
        guard let array = value.asArray else {
            throw Diagnostic.at(element.span, "a matrix element must be a number or a matrix, not \(value.kindDescription)")
        }
        return array
    }

    /// What `np.array(expression)` makes: a list or tuple of numbers is rank-1, a list of
    /// equal-length lists is 2-D, a number is 0-d; an array is copied. A flat list written in
    /// place gets the rank-1 note.
    mutating func numpyArray(from expression: Expression) throws(Diagnostic) -> Value {
        let array = try numpyArray(fromValue: try evaluate(expression), at: expression)
        if case let .array(a) = array, a.rank == 1, Self.isListDisplay(expression) {
            noteRankOne(expression.span, "np.array of a flat list makes a rank-1 array of shape \(a.shapeDescription)",
                        hint: "write [[...]] for a row (1, \(a.count)), or np.array([...]).reshape(-1, 1) for a column")
        }
        return array
    }

    private static func isListDisplay(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .list, .tuple, .comprehension: return true
        case let .matrixLiteral(rows, _): return rows.count == 1
        default: return false
        }
    }

    /// A value as numpy reads an array_like: lists and tuples of numbers (or of equal-shaped lists) nest into an array.
    mutating func numpyArray(fromValue value: Value, at expression: Expression) throws(Diagnostic) -> Value {
        let items: [Value]
        switch value {
        case let .list(list): items = list.items
        case let .tuple(elements): items = elements
        default:
            // An array is itself (np.asarray hands it back; np.array copies it after).
            if case let .array(array) = value, !array.isNumpyScalar { return value }
            guard var array = value.asArray else {
                if case .bigInteger = value {
                    // numpy makes a uint64 (to 2**64) or an object array of such a number.
                    let number = ValueFormatter.representation(value, options: environment.printOptions)
                    throw Diagnostic.at(expression.span, "\(number) is beyond int64 (-2**63 to 2**63 - 1): numpy would make a uint64 or object array of it, and Backprop's integers are int64",
                                        hint: "use a float for a number this large: float(\(number))")
                }
                throw Diagnostic.at(expression.span, "np.array needs numbers or lists of numbers, not \(value.kindDescription)")
            }
            array.isNumpyScalar = false  // np.array(np.float64(x)) is a 0-d ndarray
            return .array(array)
        }
        var arrays: [NDArray] = []
        for item in items {
            guard case let .array(array) = try numpyArray(fromValue: item, at: expression) else { preconditionFailure("numpyArray gives arrays") }
            arrays.append(array.value)
        }
        guard let first = arrays.first else { return .array(.vector([])) }
        if let odd = arrays.firstIndex(where: { $0.shape != first.shape }) {
            throw Diagnostic.at(expression.span,
                                "setting an array element with a sequence: the list's elements have different shapes (\(first.shapeDescription) and \(arrays[odd].shapeDescription))",
                                hint: "every element of the list needs the same shape")
        }
        guard first.rank < 2 else {
            throw Diagnostic.at(expression.span, "Backprop's arrays stop at 2 dimensions; a list of matrices would make 3",
                                hint: "stack them side by side with np.hstack, or one above the other with np.vstack")
        }
        let dtype = arrays.dropFirst().reduce(first.dtype) { DType.promoted($0, $1.dtype) }
        if dtype == .int64, arrays.contains(where: { $0.exactIntegers != nil }) {
            let shape: ArrayShape = first.rank == 0 ? .vector(arrays.count) : .matrix(arrays.count, first.count)
            return .array(NDArray.integers(arrays.flatMap(\.integerElements), shape: shape))
        }
        let values = arrays.flatMap(\.elements)
        if first.rank == 0 { return .array(NDArray.vector(values, dtype: dtype)) }
        let matrix = try! Matrix(rows: arrays.count, columns: first.count, elements: values)
        return .array(NDArray(matrix, dtype: dtype))
    }
}
