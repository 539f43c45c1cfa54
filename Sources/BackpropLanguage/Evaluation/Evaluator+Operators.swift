import BigInt
import MatrixEngine

/// Unary and binary operators. Two scalars follow Python's rules (int stays int where Python's
/// would); anything involving a matrix follows numpy's element-wise broadcasting.
extension Evaluator {
    mutating func applyUnary(_ op: UnaryOperator, _ value: Value, operand: Expression, whole: Expression) throws(Diagnostic) -> Value {
        switch (op, value) {
        case (.not, _):
            return .boolean(!(try truth(of: value, at: operand)))
        case (.plus, .boolean(let b)): return .integer(b ? 1 : 0)
        case (.plus, .integer), (.plus, .float): return value
        case (.plus, .array(let a)):
            guard a.dtype != .bool else {
                throw Diagnostic.at(whole.span, "numpy has no unary '+' for a bool array (numpy's UFuncTypeError for positive)",
                                    hint: "convert it first: \(text(of: operand)).astype(int)")
            }
            return Value.wrapping(a.value)
        case (.negate, .integer(let i)):
            let (negated, overflow) = (0).subtractingReportingOverflow(i)
            return overflow ? .integer(-BigInt(i)) : .integer(negated)
        case (.negate, .boolean(let b)): return .integer(b ? -1 : 0)
        case (.negate, .float(let x)): return .float(-x)
        case (.negate, .bigInteger(let big)): return .integer(-big)
        case (.plus, .bigInteger): return value
        case (.invert, .integer(let i)): return .integer(~i)
        case (.invert, .boolean(let b)): return .integer(b ? -2 : -1)
        case (.invert, .bigInteger(let big)): return .integer(-big - 1)
        case (.invert, .array(let a)):
            guard a.dtype != .float64 else {
                throw Diagnostic.at(whole.span, "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
                                    hint: "~ flips a mask of booleans; for floats write -x or 1 - x")
            }
            if a.value.exactIntegers != nil { return Value.wrapping(.integers(a.value.integerElements.map { ~$0 }, shape: a.shape)) }
            return Value.wrapping(a.value.map { a.dtype == .bool ? ($0 == 0 ? 1 : 0) : Double(~Int($0)) })
        case (.negate, .array(let a)):
            guard a.dtype != .bool else {
                throw Diagnostic.at(whole.span, "numpy does not negate a bool array with '-'",
                                    hint: "use np.logical_not(\(text(of: operand))) or 1 - \(text(of: operand))")
            }
            try ensureRoom(for: a.storage.shape, what: text(of: whole), span: whole.span)
            // An integer has no -0; a 0-d result is a numpy scalar (-np.float64(2.5) is np.float64(-2.5)).
            // Exact int64 values negate exactly, -(-2**63) wrapping around to -2**63 as in numpy.
            if a.value.exactIntegers != nil { return Value.wrapping(.integers(a.value.integerElements.map { 0 &- $0 }, shape: a.shape)) }
            return Value.wrapping(a.value.map { a.dtype == .float64 ? -$0 : 0 - $0 })
        default:
            throw Diagnostic.at(whole.span, "cannot apply unary '\(op.rawValue)' to \(value.kindDescription)")
        }
    }

    func truth(of value: Value, at expression: Expression) throws(Diagnostic) -> Bool {
        switch value {
        case let .boolean(b): return b
        case let .integer(i): return i != 0
        case let .float(x): return x != 0
        case .none: return false
        case let .string(s): return !s.isEmpty
        case let .tuple(items): return !items.isEmpty
        case let .list(list): return !list.items.isEmpty
        case let .dictionary(d): return d.count > 0
        case let .bigInteger(big): return big != 0
        case .function, .type, .dtype: return true
        case let .range(r): return r.count > 0
        case let .array(a):
            if a.count == 1 { return a.elements[0] != 0 }
            throw Diagnostic.at(expression.span, "the truth value of a \(a.shapeDescription) array is ambiguous",
                                hint: "use np.any(...) or np.all(...), or compare element-wise")
        }
    }

    mutating func applyLogical(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression) throws(Diagnostic) -> Value {
        let left = try evaluate(lhs)
        let leftTruth = try truth(of: left, at: lhs)
        // Python returns the deciding operand, not a bool.
        if op == .and { return leftTruth ? try evaluate(rhs) : left }
        return leftTruth ? left : try evaluate(rhs)
    }

    mutating func applyBinary(_ op: BinaryOperator, _ left: Value, _ right: Value,
                              lhs: Expression, rhs: Expression, whole: Expression) throws(Diagnostic) -> Value {
        if let result = quickArithmetic(op, left, right, lhs: lhs, rhs: rhs, whole: whole) { return result }
        if let result = try pythonBinary(op, left, right, lhs: lhs, rhs: rhs, whole: whole) { return result }
        if op == .matmul { return try matrixProduct(left, right, lhs: lhs, rhs: rhs, whole: whole) }
        if case .tuple = left, case .tuple = right, op == .equal || op == .notEqual {
            return .boolean((left == right) == (op == .equal))
        }
        if case .string = left, case .string = right, op == .equal || op == .notEqual {
            return .boolean((left == right) == (op == .equal))
        }
        // "cost = " + str(cost), as the notebooks print.
        if case let .string(a) = left, case let .string(b) = right, op == .add { return .string(a + b) }
        if case .string = left, op == .add, right.asArray != nil || right == .none {
            throw Diagnostic.at(rhs.span, "can only concatenate str (not \(right.kindDescription)) to str", hint: "write str(\(text(of: rhs)))")
        }
        if let a = left.scalar, let b = right.scalar {
            return try scalarArithmetic(op, left, right, a, b, rhs: rhs, whole: whole)
        }
        guard let a = left.asArray, let b = right.asArray else {
            let bad = left.asArray == nil ? (left, lhs) : (right, rhs)
            throw Diagnostic.at(bad.1.span, "'\(op.rawValue)' cannot use \(bad.0.kindDescription) (\(text(of: bad.1)))",
                                hint: tupleHint(bad.0))
        }
        let result: NDArray
        do throws(ArrayArithmetic.Failure) {
            result = try ArrayArithmetic.apply(op, a, b)
        } catch {
            switch error {
            case let .refused(reason): throw Diagnostic.at(whole.span, reason)
            case let .engine(failure):
                if failure.isInsufficientMemory {
                    throw Diagnostic.at(whole.span, "\(text(of: whole)): \(failure.detail)", hint: Diagnostic.memoryHint)
                }
                throw Diagnostic.at(whole.span, "\(failure)")
            case .broadcast:
                throw ShapeDiagnostics.broadcastFailure(op.rawValue, a, b, lhsText: text(of: lhs), rhsText: text(of: rhs), span: whole.span)
            }
        }
        noteRankOneBroadcast(a, b, lhs: lhs, rhs: rhs, whole: whole)
        if a.dtype == .bool, let note = NarrowDTypes.binaryNote(op, a, b, written: text(of: whole), span: whole.span) { warn(note) }
        warnAboutFloatingPoint(op, a, b, result: result, scalarLoop: Evaluator.usesScalarLoop(left, right), lhs: lhs, rhs: rhs, whole: whole)
        // ArrayArithmetic keeps int64 results exact itself: no scan for inexact ones here.
        return Value.wrapping(result)
    }

    /// The notes' "challenging bug": a rank-1 (n,) against an (n, 1) column silently makes (n, n).
    /// The note names the rank-1 variable inside the operand when there is one (`db_row` in
    /// `0.01 * db_row`), since that is what the learner must reshape.
    mutating func noteRankOneBroadcast(_ a: NDArray, _ b: NDArray, lhs: Expression, rhs: Expression, whole: Expression) {
        guard NDArray.isRankOneAgainstColumn(a.shape, b.shape) else { return }
        let (vector, vectorExpression) = a.rank == 1 ? (a, lhs) : (b, rhs)
        let (column, columnExpression) = a.rank == 1 ? (b, rhs) : (a, lhs)
        let n = vector.shape[0]
        let culprit = rankOneName(in: vectorExpression) ?? text(of: vectorExpression)
        let isName = culprit.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        let reshaped = isName ? "\(culprit).reshape(\(n), 1)" : "(\(culprit)).reshape(\(n), 1)"
        let origin = culprit == text(of: vectorExpression) ? "" : " (\(culprit) is rank-1)"
        var note = Diagnostic.at(whole.span, "\(text(of: vectorExpression)) is rank-1 \(vector.shapeDescription)\(origin) and \(text(of: columnExpression)) is \(column.shapeDescription): numpy broadcasts them to (\(n), \(n)), not (\(n), 1)",
                                 hint: "make it a column: \(reshaped), or use keepdims=True where it was summed")
        note.topic = "rank-1 broadcast"
        warn(note)
    }

    /// The first variable in `expression` that holds a rank-1 array.
    private mutating func rankOneName(in expression: Expression) -> String? {
        switch expression.kind {
        case let .name(name):
            if case let .array(a)? = boundValue(name), a.rank == 1 { return name }
            return nil
        case let .binary(_, lhs, rhs): return rankOneName(in: lhs) ?? rankOneName(in: rhs)
        case let .unary(_, operand): return rankOneName(in: operand)
        case let .attribute(receiver, _): return rankOneName(in: receiver)
        default: return nil
        }
    }

    private func tupleHint(_ value: Value) -> String? {
        if case .tuple = value { return "a shape tuple is not a matrix; index it (X.shape[0]) to get a number" }
        if case .none = value { return "a function that returns nothing (like np.random.seed) gives None" }
        return nil
    }

    private func scalarArithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value, _ a: Double, _ b: Double,
                                  rhs: Expression, whole: Expression) throws(Diagnostic) -> Value {
        let integers: (Int, Int)? = {
            switch (left, right) {
            case let (.integer(x), .integer(y)): return (x, y)
            case let (.integer(x), .boolean(y)): return (x, y ? 1 : 0)
            case let (.boolean(x), .integer(y)): return (x ? 1 : 0, y)
            case let (.boolean(x), .boolean(y)): return (x ? 1 : 0, y ? 1 : 0)
            default: return nil
            }
        }()
        // An int a double does not hold (2**53 + 1) compares with a float exactly, as in Python.
        if [.less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual].contains(op) {
            if case let .integer(x) = left, case let .float(y) = right, x.magnitude >= 1 << 53 {
                return .boolean(PythonArithmetic.holds(op, PythonArithmetic.compare(BigInt(x), y)))
            }
            if case let .float(x) = left, case let .integer(y) = right, y.magnitude >= 1 << 53 {
                return .boolean(PythonArithmetic.holds(op, PythonArithmetic.compare(BigInt(y), x).map { -$0 }))
            }
        }
        // Ints compare as ints: their doubles round past 2**53.
        if let (x, y) = integers, let holds = Evaluator.comparison(op, x, y) { return .boolean(holds) }
        if let holds = Evaluator.comparison(op, a, b) { return .boolean(holds) }
        // bool & bool stays a bool in Python (True & False is False); with an int it is int arithmetic.
        if op == .bitwiseAnd || op == .bitwiseOr || op == .bitwiseXor, case .boolean(let x) = left, case .boolean(let y) = right {
            return .boolean(op == .bitwiseAnd ? x && y : op == .bitwiseOr ? x || y : x != y)
        }
        if let (x, y) = integers {
            if let result = try PythonArithmetic.integer(op, x, y, divisorSpan: rhs.span) { return .integer(result) }
            // Past 64 bits Python's int keeps going (`/` of ints is a float, whatever their size).
            if op != .divide, let big = try PythonArithmetic.big(op, BigInt(x), BigInt(y), divisorSpan: rhs.span, whole: whole.span) { return big }
            // The exact quotient, rounded once (their doubles would round the operands first).
            if op == .divide, y != 0 { return .float(PythonArithmetic.trueDivision(BigInt(x), BigInt(y))) }
        }
        if op == .bitwiseAnd || op == .bitwiseOr || op == .bitwiseXor || op == .leftShift || op == .rightShift {
            throw Diagnostic.at(whole.span, "unsupported operand type(s) for \(op.rawValue): '\(left.typeName)' and '\(right.typeName)'")
        }
        // CPython's words: ints alone divide "by zero", a float operand makes it "float division".
        let isFloat = integers == nil
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .divide:
            guard b != 0 else { throw Diagnostic.at(rhs.span, isFloat ? "float division by zero" : "division by zero", hint: "the divisor \(text(of: rhs)) is 0") }
            return .float(a / b)
        case .floorDivide:
            guard b != 0 else { throw Diagnostic.at(rhs.span, "float floor division by zero", hint: "the divisor \(text(of: rhs)) is 0") }
            return .float(FloorDivision.divmod(a, b).quotient)
        case .modulo:
            guard b != 0 else { throw Diagnostic.at(rhs.span, "float modulo", hint: "the divisor \(text(of: rhs)) is 0") }
            return .float(FloorDivision.divmod(a, b).remainder)
        case .power:
            if a == 0 && b < 0 { throw Diagnostic.at(whole.span, "0.0 cannot be raised to a negative power") }
            let result = PythonArithmetic.power(a, b)
            if result.isNaN && !a.isNaN && !b.isNaN {
                throw Diagnostic.at(whole.span, "a negative number to a fractional power is not a real number",
                                    hint: "numpy gives nan for this on arrays; Python gives a complex number")
            }
            return .float(result)
        default:
            fatalError("comparisons and matmul handled above")
        }
    }

    private mutating func matrixProduct(_ left: Value, _ right: Value, lhs: Expression, rhs: Expression, whole: Expression) throws(Diagnostic) -> Value {
        guard case let .array(a) = left, case let .array(b) = right, a.rank > 0, b.rank > 0 else {
            let scalarSide = left.asArray?.rank == 0 ? lhs : rhs
            let bad = left.asArray?.rank == 0 || left.asArray == nil ? left : right
            if bad.asArray?.rank == 0 {
                throw Diagnostic.at(scalarSide.span, "'@' is the matrix product and \(text(of: scalarSide)) is a number",
                                    hint: "to scale a matrix by a number use '*'")
            }
            throw Diagnostic.at(whole.span, "'@' needs two matrices, got \(left.kindDescription) and \(right.kindDescription)")
        }
        return try checkExactIntegers(try ArrayProduct.product(a.value, b.value, lhsText: text(of: lhs), rhsText: text(of: rhs), span: whole.span,
                                                                  wanted: wantedShape), at: whole.span)
    }

    /// `A @ B.T` and `A.T @ B` (backward's `dZ2 @ A1.T` and `W2.T @ dZ2`) with the product that
    /// reads the transposed operand in place instead of copying it; the values are the same bits.
    /// Nil when neither operand is written with `.T`.
    mutating func transposedOperandProduct(_ lhs: Expression, _ rhs: Expression, whole: Expression) throws(Diagnostic) -> Value? {
        func transposeOperand(_ operand: Expression) -> Expression? {
            if case let .attribute(inner, name: "T") = operand.kind { return inner }
            return nil
        }
        let leftInner = transposeOperand(lhs), rightInner = transposeOperand(rhs)
        guard leftInner != nil || rightInner != nil else { return nil }
        let left = try evaluate(leftInner ?? lhs), right = try evaluate(rightInner ?? rhs)
        guard case let .array(a) = left, case let .array(b) = right, a.rank == 2, b.rank == 2 else {
            // Not two matrices: the general path, with its errors, on the transposed values.
            let leftValue = leftInner == nil ? left : try attribute("T", of: left, receiver: leftInner!, whole: lhs)
            let rightValue = rightInner == nil ? right : try attribute("T", of: right, receiver: rightInner!, whole: rhs)
            return try applyBinary(.matmul, leftValue, rightValue, lhs: lhs, rhs: rhs, whole: whole)
        }
        return try ArrayProduct.product(a.value, b.value, transposeLeft: leftInner != nil, transposeRight: rightInner != nil,
                           lhsText: text(of: lhs), rhsText: text(of: rhs), span: whole.span)
    }
}

extension Matrix {
    /// This matrix's elements in the storage form of an array of `shape` (same count).
    func reshapedForStorage(_ shape: ArrayShape) -> Matrix {
        let target = NDArray.storageShape(for: shape)
        return target == self.shape ? self : try! reshaped(target.rows, target.columns)
    }
}

extension Value {
    /// An operation's array result as numpy hands it back: a 0-d result is a numpy scalar.
    static func wrapping(_ array: NDArray) -> Value {
        guard array.rank == 0 else { return .array(array) }
        var scalar = array
        scalar.isNumpyScalar = true
        return .array(scalar)
    }
}

/// Python's scalar arithmetic rules that differ from IEEE doubles.
enum PythonArithmetic {
    /// The integer result Python would give, or nil when the result is a float (`/`, negative powers, overflow).
    static func integer(_ op: BinaryOperator, _ x: Int, _ y: Int, divisorSpan: SourceSpan) throws(Diagnostic) -> Int? {
        switch op {
        case .add: let r = x.addingReportingOverflow(y); return r.overflow ? nil : r.partialValue
        case .subtract: let r = x.subtractingReportingOverflow(y); return r.overflow ? nil : r.partialValue
        case .multiply: let r = x.multipliedReportingOverflow(by: y); return r.overflow ? nil : r.partialValue
        case .floorDivide:
            guard y != 0 else { throw Diagnostic.at(divisorSpan, "integer division or modulo by zero") }
            if x == Int.min && y == -1 { return nil }
            let q = x / y
            return (x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q
        case .modulo:
            guard y != 0 else { throw Diagnostic.at(divisorSpan, "integer modulo by zero") }
            if y == -1 { return 0 }
            let r = x % y
            return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r
        case .power:
            guard y >= 0 else { return nil }
            var result = 1, base = x, exponent = y
            while exponent > 0 {
                if exponent & 1 == 1 {
                    let r = result.multipliedReportingOverflow(by: base)
                    if r.overflow { return nil }
                    result = r.partialValue
                }
                exponent >>= 1
                if exponent > 0 {
                    let s = base.multipliedReportingOverflow(by: base)
                    if s.overflow { return nil }
                    base = s.partialValue
                }
            }
            return result
        case .leftShift:
            guard y >= 0 else { throw Diagnostic.at(divisorSpan, "negative shift count") }
            guard y < Int.bitWidth - 1, (x << y) >> y == x else { return nil }  // past 64 bits: Python's int keeps going
            return x << y
        case .rightShift:
            guard y >= 0 else { throw Diagnostic.at(divisorSpan, "negative shift count") }
            return y >= Int.bitWidth ? (x < 0 ? -1 : 0) : x >> y
        default: return nil
        }
    }

    /// Python's float power is C's pow, as numpy's is for arrays.
    static func power(_ a: Double, _ b: Double) -> Double {
        Matrix.pow(a, b)
    }
}
