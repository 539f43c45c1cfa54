import MatrixEngine

/// The operations an interpreted training loop runs most — `+ - * /` on float arrays and Python
/// numbers, `1 / m`, `i % 1000 == 0` — computed straight away, with the same arithmetic and the
/// same warnings as the general path in `applyBinary`. Anything else, and every failure, returns
/// nil: the general path then computes it again and has the rules and the messages.
extension Evaluator {
    @inline(__always)
    mutating func quickArithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value,
                                  lhs: Expression, rhs: Expression, whole: Expression) -> Value? {
        switch (left, right) {
        case let (.float(a), .float(b)): return Evaluator.floatArithmetic(op, a, b)
        case let (.float(a), .integer(b)): return Evaluator.isExactDouble(b) ? Evaluator.floatArithmetic(op, a, Double(b)) : nil
        case let (.integer(a), .float(b)): return Evaluator.isExactDouble(a) ? Evaluator.floatArithmetic(op, Double(a), b) : nil
        case let (.integer(a), .integer(b)): return Evaluator.integerArithmetic(op, a, b)
        case let (.array(a), .array(b)): return arrayArithmetic(op, a.value, b.value, lhs: lhs, rhs: rhs, whole: whole)
        case let (.array(a), .float(b)): return arrayArithmetic(op, a.value, scalar: b, scalarFirst: false, lhs: lhs, rhs: rhs, whole: whole)
        case let (.float(a), .array(b)): return arrayArithmetic(op, b.value, scalar: a, scalarFirst: true, lhs: lhs, rhs: rhs, whole: whole)
        case let (.array(a), .integer(b)) where Evaluator.isExactDouble(b) && a.value.dtype == .float64:
            return arrayArithmetic(op, a.value, scalar: Double(b), scalarFirst: false, lhs: lhs, rhs: rhs, whole: whole)
        case let (.integer(a), .array(b)) where Evaluator.isExactDouble(a) && b.value.dtype == .float64:
            return arrayArithmetic(op, b.value, scalar: Double(a), scalarFirst: true, lhs: lhs, rhs: rhs, whole: whole)
        default: return nil
        }
    }

    /// An int a double holds exactly, so that converting it is Python's conversion without rounding.
    @inline(__always)
    private static func isExactDouble(_ x: Int) -> Bool { x.magnitude <= 1 << 53 }

    /// Python floats: IEEE arithmetic, with division by zero left to the general path (Python's error).
    @inline(__always)
    private static func floatArithmetic(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Value? {
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .divide: return b == 0 ? nil : .float(a / b)
        default: return Evaluator.comparison(op, a, b).map(Value.boolean)
        }
    }

    /// Python ints inside 64 bits; an overflow, a zero divisor or a negative modulus goes on to the general path.
    @inline(__always)
    private static func integerArithmetic(_ op: BinaryOperator, _ a: Int, _ b: Int) -> Value? {
        switch op {
        case .add: let r = a.addingReportingOverflow(b); return r.overflow ? nil : .integer(r.partialValue)
        case .subtract: let r = a.subtractingReportingOverflow(b); return r.overflow ? nil : .integer(r.partialValue)
        case .multiply: let r = a.multipliedReportingOverflow(by: b); return r.overflow ? nil : .integer(r.partialValue)
        // Ints a double holds exactly: one division rounds the exact quotient once, as Python does.
        case .divide: return b == 0 || !isExactDouble(a) || !isExactDouble(b) ? nil : .float(Double(a) / Double(b))
        case .modulo:
            guard b > 0 else { return nil }
            let r = a % b
            return .integer(r < 0 ? r + b : r)  // Python's modulo takes the divisor's sign
        default: return Evaluator.comparison(op, a, b).map(Value.boolean)
        }
    }

    /// `a op b` for a comparison operator (the engine's `Comparison`); nil for any other.
    @inline(__always)
    static func comparison<Number: Comparable>(_ op: BinaryOperator, _ a: Number, _ b: Number) -> Bool? {
        Comparison(rawValue: op.rawValue)?.holds(a, b)
    }

    /// Whether an array takes the quick path: float64, or int64 held exactly by its doubles, with
    /// a float64 partner (so the result is float64 whatever the values).
    @inline(__always)
    private static func isPlainNumeric(_ a: NDArray) -> Bool {
        a.dtype == .float64 || a.dtype == .int64 && a.exactIntegers == nil
    }

    /// Two arrays, at least one float64 and not both 0-d (two numpy scalars make a scalar, with
    /// their own rules). A result too large for the memory left makes the engine refuse it here.
    @inline(__always)
    private mutating func arrayArithmetic(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray,
                                          lhs: Expression, rhs: Expression, whole: Expression) -> Value? {
        guard op == .add || op == .subtract || op == .multiply || op == .divide,
              a.dtype == .float64 || b.dtype == .float64, Evaluator.isPlainNumeric(a), Evaluator.isPlainNumeric(b),
              a.rank > 0 || b.rank > 0 else { return nil }
        let storage: Matrix
        do throws(MatrixError) {
            switch op {
            case .add: storage = try a.storage + b.storage
            case .subtract: storage = try a.storage - b.storage
            case .multiply: storage = try a.storage * b.storage
            default: storage = try a.storage / b.storage
            }
        } catch {
            return nil
        }
        let result = NDArray(adopting: storage, a, b, dtype: .float64)
        noteRankOneBroadcast(a, b, lhs: lhs, rhs: rhs, whole: whole)
        warnAboutFloatingPoint(op, a, b, result: result, scalarLoop: false, lhs: lhs, rhs: rhs, whole: whole)
        return .array(result)
    }

    /// An array of rank 1 or 2 with a Python number, which numpy broadcasts to every element.
    @inline(__always)
    private mutating func arrayArithmetic(_ op: BinaryOperator, _ a: NDArray, scalar s: Double, scalarFirst: Bool,
                                          lhs: Expression, rhs: Expression, whole: Expression) -> Value? {
        // A large result goes the general way, which first checks that there is room for it.
        guard a.rank > 0, Evaluator.isPlainNumeric(a), a.count < MemoryBudget.checkedBytes / MemoryLayout<Double>.stride else { return nil }
        let storage: Matrix
        switch (op, scalarFirst) {
        case (.add, false): storage = a.storage.map { $0 + s }
        case (.add, true): storage = a.storage.map { s + $0 }
        case (.subtract, false): storage = a.storage.map { $0 - s }
        case (.subtract, true): storage = a.storage.map { s - $0 }
        case (.multiply, false): storage = a.storage.map { $0 * s }
        case (.multiply, true): storage = a.storage.map { s * $0 }
        case (.divide, false): storage = a.storage.map { $0 / s }
        case (.divide, true): storage = a.storage.map { s / $0 }
        default: return nil
        }
        let result = a.withStorage(storage, dtype: .float64)
        if storage.hasNonFiniteElement {
            // The number as numpy's 0-d operand, made only when there is something to say.
            let number = NDArray.scalar(s)
            let (x, y) = scalarFirst ? (number, a) : (a, number)
            warnAboutFloatingPoint(op, x, y, result: result, scalarLoop: false, lhs: lhs, rhs: rhs, whole: whole)
        }
        return .array(result)
    }
}
