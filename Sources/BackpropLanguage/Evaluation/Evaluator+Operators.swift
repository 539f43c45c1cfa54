import MatrixEngine

/// Unary and binary operators. Two scalars follow Python's rules (int stays int where Python's
/// would); anything involving a matrix follows numpy's element-wise broadcasting.
extension Evaluator {
    mutating func applyUnary(_ op: UnaryOperator, _ value: Value, operand: Expression, whole: Expression) throws(Diagnostic) -> Value {
        switch (op, value) {
        case (.not, _):
            return .boolean(!(try truth(of: value, at: operand)))
        case (.plus, .boolean(let b)): return .integer(b ? 1 : 0)
        case (.plus, .integer), (.plus, .float), (.plus, .matrix): return value
        case (.negate, .integer(let i)):
            let (negated, overflow) = (0).subtractingReportingOverflow(i)
            return overflow ? .float(-Double(i)) : .integer(negated)
        case (.negate, .boolean(let b)): return .integer(b ? -1 : 0)
        case (.negate, .float(let x)): return .float(-x)
        case (.negate, .matrix(let m)): return .matrix(-m)
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
        case let .matrix(m):
            if m.count == 1 { return m.elements[0] != 0 }
            throw Diagnostic.at(expression.span, "the truth value of a \(m.shape) matrix is ambiguous",
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
        if op == .matmul { return try matrixProduct(left, right, lhs: lhs, rhs: rhs, whole: whole) }
        if case .tuple = left, case .tuple = right, op == .equal || op == .notEqual {
            return .boolean((left == right) == (op == .equal))
        }
        if case .string = left, case .string = right, op == .equal || op == .notEqual {
            return .boolean((left == right) == (op == .equal))
        }
        if let a = left.scalar, let b = right.scalar {
            return try scalarArithmetic(op, left, right, a, b, rhs: rhs, whole: whole)
        }
        guard let a = left.asMatrix, let b = right.asMatrix else {
            let bad = left.asMatrix == nil ? (left, lhs) : (right, rhs)
            throw Diagnostic.at(bad.1.span, "'\(op.rawValue)' cannot use \(bad.0.kindDescription) (\(text(of: bad.1)))",
                                hint: tupleHint(bad.0))
        }
        do {
            switch op {
            case .add: return .matrix(try a + b)
            case .subtract: return .matrix(try a - b)
            case .multiply: return .matrix(try a * b)
            case .divide: return .matrix(try a / b)
            case .power: return .matrix(try a.power(b))
            case .floorDivide: return .matrix(try Matrix.broadcasting(a, b, name: "//") { ($0 / $1).rounded(.down) })
            case .modulo: return .matrix(try Matrix.broadcasting(a, b, name: "%", PythonArithmetic.floatModulo))
            case .less: return .matrix(try a.compared(.less, to: b))
            case .lessOrEqual: return .matrix(try a.compared(.lessOrEqual, to: b))
            case .greater: return .matrix(try a.compared(.greater, to: b))
            case .greaterOrEqual: return .matrix(try a.compared(.greaterOrEqual, to: b))
            case .equal: return .matrix(try a.compared(.equal, to: b))
            case .notEqual: return .matrix(try a.compared(.notEqual, to: b))
            case .matmul, .and, .or: fatalError("handled above")
            }
        } catch {
            guard case .broadcastMismatch = error else { throw Diagnostic.at(whole.span, "\(error)") }
            throw ShapeDiagnostics.broadcastFailure(op.rawValue, a.shape, b.shape,
                                                    lhsText: text(of: lhs), rhsText: text(of: rhs), span: whole.span)
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
        switch op {
        case .less: return .boolean(a < b)
        case .lessOrEqual: return .boolean(a <= b)
        case .greater: return .boolean(a > b)
        case .greaterOrEqual: return .boolean(a >= b)
        case .equal: return .boolean(a == b)
        case .notEqual: return .boolean(a != b)
        default: break
        }
        if let (x, y) = integers, let result = try PythonArithmetic.integer(op, x, y, divisorSpan: rhs.span) {
            return .integer(result)
        }
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .divide:
            guard b != 0 else { throw Diagnostic.at(rhs.span, "division by zero", hint: "the divisor \(text(of: rhs)) is 0") }
            return .float(a / b)
        case .floorDivide:
            guard b != 0 else { throw Diagnostic.at(rhs.span, "division by zero", hint: "the divisor \(text(of: rhs)) is 0") }
            return .float((a / b).rounded(.down))
        case .modulo:
            guard b != 0 else { throw Diagnostic.at(rhs.span, "modulo by zero") }
            return .float(PythonArithmetic.floatModulo(a, b))
        case .power:
            if a == 0 && b < 0 { throw Diagnostic.at(whole.span, "0 cannot be raised to a negative power") }
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
        guard case let .matrix(a) = left, case let .matrix(b) = right else {
            let scalarSide = left.scalar != nil ? lhs : rhs
            let bad = (left.scalar != nil || left.asMatrix == nil) ? left : right
            if bad.scalar != nil {
                throw Diagnostic.at(scalarSide.span, "'@' is the matrix product and \(text(of: scalarSide)) is a number",
                                    hint: "to scale a matrix by a number use '*'")
            }
            throw Diagnostic.at(whole.span, "'@' needs two matrices, got \(left.kindDescription) and \(right.kindDescription)")
        }
        return .matrix(try product(a, b, lhsText: text(of: lhs), rhsText: text(of: rhs), span: whole.span))
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
        guard case let .matrix(a) = left, case let .matrix(b) = right else {
            // Not two matrices: the general path, with its errors, on the transposed values.
            let leftValue = leftInner == nil ? left : try attribute("T", of: left, receiver: leftInner!, whole: lhs)
            let rightValue = rightInner == nil ? right : try attribute("T", of: right, receiver: rightInner!, whole: rhs)
            return try applyBinary(.matmul, leftValue, rightValue, lhs: lhs, rhs: rhs, whole: whole)
        }
        return .matrix(try product(a, b, transposeLeft: leftInner != nil, transposeRight: rightInner != nil,
                                   lhsText: text(of: lhs), rhsText: text(of: rhs), span: whole.span))
    }

    /// The matrix product with the teaching error on a mismatch (shared by `@`, np.dot and np.matmul).
    /// The operands may be read transposed (`A @ B.T` written by the learner): the shapes in the
    /// error are then those of the transposes, as written.
    func product(_ a: Matrix, _ b: Matrix, transposeLeft: Bool = false, transposeRight: Bool = false,
                 lhsText: String, rhsText: String, span: SourceSpan) throws(Diagnostic) -> Matrix {
        do {
            return try a.matmul(b, transposeLeft: transposeLeft, transposeRight: transposeRight)
        } catch {
            guard case let .productMismatch(lhsShape, rhsShape) = error else { throw Diagnostic.at(span, "\(error)") }
            throw ShapeDiagnostics.productFailure(lhsShape, rhsShape, lhsText: lhsText, rhsText: rhsText, span: span, wanted: wantedShape)
        }
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
            guard y != 0 else { throw Diagnostic.at(divisorSpan, "integer division by zero") }
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
        default: return nil
        }
    }

    /// Python's `%` on floats: the result takes the divisor's sign.
    static func floatModulo(_ a: Double, _ b: Double) -> Double {
        if b == 0 { return .nan }
        let r = a.truncatingRemainder(dividingBy: b)
        if r == 0 { return b < 0 ? -0.0 : 0.0 }  // a zero result takes the divisor's sign
        return ((r < 0) != (b < 0)) ? r + b : r
    }

    /// Python's float power is C's pow, as numpy's is for arrays.
    static func power(_ a: Double, _ b: Double) -> Double {
        Matrix.pow(a, b)
    }
}
