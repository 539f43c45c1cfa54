import BigInt
import MatrixEngine

/// The operators on Python's own values: `in`, `is`, list and tuple `+` and `*`, string `*` and
/// `%`, comparisons of sequences, and big ints. nil when the operands are numpy's business.
extension Evaluator {
    mutating func pythonBinary(_ op: BinaryOperator, _ left: Value, _ right: Value,
                               lhs: Expression, rhs: Expression, whole: Expression) throws(Diagnostic) -> Value? {
        // Two small numbers or two arrays (the loops' usual operands) are never Python's business here.
        if Evaluator.isPlainOperand(left), Evaluator.isPlainOperand(right),
           op != .isIn, op != .isNotIn, op != .isIdentical, op != .isNotIdentical { return nil }
        switch op {
        case .isIn, .isNotIn:
            let found = try contains(right, left, container: rhs, whole: whole)
            return .boolean(found == (op == .isIn))
        case .isIdentical, .isNotIdentical:
            return .boolean(Evaluator.identical(left, right) == (op == .isIdentical))
        default:
            break
        }
        switch (left, right) {
        case let (.list(a), .list(b)):
            switch op {
            case .add: return .list(PythonList(a.items + b.items))
            case .equal, .notEqual: return .boolean((a.items == b.items) == (op == .equal))
            default: if let order = try compareSequences(op, a.items, b.items, whole: whole) { return .boolean(order) }
            }
        case let (.tuple(a), .tuple(b)):
            switch op {
            case .add: return .tuple(a + b)
            case .equal, .notEqual: return .boolean((a == b) == (op == .equal))
            default: if let order = try compareSequences(op, a, b, whole: whole) { return .boolean(order) }
            }
        case let (.string(a), .string(b)):
            switch op {
            case .add: return .string(a + b)
            case .equal, .notEqual: return .boolean((a == b) == (op == .equal))
            case .less: return .boolean(a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars))
            case .greater: return .boolean(b.unicodeScalars.lexicographicallyPrecedes(a.unicodeScalars))
            case .lessOrEqual: return .boolean(!b.unicodeScalars.lexicographicallyPrecedes(a.unicodeScalars))
            case .greaterOrEqual: return .boolean(!a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars))
            case .modulo: return .string(try percentFormat(a, right, whole: whole))
            default: break
            }
        case let (.string(a), _) where op == .modulo:
            return .string(try percentFormat(a, right, whole: whole))
        case let (.dictionary(a), .dictionary(b)) where op == .equal || op == .notEqual:
            return .boolean((Value.dictionary(a) == Value.dictionary(b)) == (op == .equal))
        default:
            break
        }
        if op == .multiply, let repeated = try repetition(left, right, whole: whole) { return repeated }
        if case .bigInteger = left, let result = try bigArithmetic(op, left, right, rhs: rhs, whole: whole) { return result }
        if case .bigInteger = right, let result = try bigArithmetic(op, left, right, rhs: rhs, whole: whole) { return result }
        // A list or tuple meeting an array is numpy's array_like: `W @ [1, 2]`, `x + (1, 2)`.
        if case .array = left, let converted = try arrayLike(right, expression: rhs) {
            return try applyBinary(op, left, converted, lhs: lhs, rhs: rhs, whole: whole)
        }
        if case .array = right, let converted = try arrayLike(left, expression: lhs) {
            return try applyBinary(op, converted, right, lhs: lhs, rhs: rhs, whole: whole)
        }
        if op == .equal || op == .notEqual, !Evaluator.isNumeric(left) || !Evaluator.isNumeric(right), left.asArray == nil || right.asArray == nil {
            // Values of different kinds are simply unequal, as in Python (`None == 0` is False).
            return .boolean((left == right) == (op == .equal))
        }
        if Evaluator.isContainer(left) || Evaluator.isContainer(right) {
            throw Diagnostic.at(whole.span, Evaluator.unsupportedOperands(op, left, right),
                                hint: Evaluator.containerHint(op, left, right, lhs: text(of: lhs), rhs: text(of: rhs)))
        }
        return nil
    }

    /// An int, float, bool or array: what the scalar and numpy paths take without conversion.
    private static func isPlainOperand(_ value: Value) -> Bool {
        switch value {
        case .integer, .float, .boolean, .array: return true
        default: return false
        }
    }

    static func isNumeric(_ value: Value) -> Bool {
        switch value {
        case .integer, .bigInteger, .float, .boolean, .array: return true
        default: return false
        }
    }

    private static func isContainer(_ value: Value) -> Bool {
        switch value {
        case .list, .dictionary, .function, .type, .string: return true
        default: return false
        }
    }

    static func unsupportedOperands(_ op: BinaryOperator, _ left: Value, _ right: Value) -> String {
        if [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) {
            return "'\(op.rawValue)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'"
        }
        if op == .add, case .string = left {
            return "can only concatenate str (not \"\(right.typeName)\") to str"
        }
        if op == .add, case .list = left {
            return "can only concatenate list (not \"\(right.typeName)\") to list"
        }
        return "unsupported operand type(s) for \(op.rawValue): '\(left.typeName)' and '\(right.typeName)'"
    }

    private static func containerHint(_ op: BinaryOperator, _ left: Value, _ right: Value, lhs: String, rhs: String) -> String? {
        if case .string = left, op == .add { return "write str(\(rhs))" }
        if case .string = right, op == .add { return "write str(\(lhs))" }
        if case .list = left, Evaluator.isNumeric(right) { return "for element-wise arithmetic make it an array: np.array(\(lhs))" }
        if case .list = right, Evaluator.isNumeric(left) { return "for element-wise arithmetic make it an array: np.array(\(rhs))" }
        if case .dictionary = left { return "a dict holds values by key: write \(lhs)[key]" }
        return nil
    }

    /// `[0] * 3`, `"-" * 20`, `(1, 2) * 2`.
    private func repetition(_ left: Value, _ right: Value, whole: Expression) throws(Diagnostic) -> Value? {
        func times(_ value: Value) -> Int? {
            switch value {
            case let .integer(i): return i
            case let .boolean(b): return b ? 1 : 0
            default: return nil
            }
        }
        let (sequence, count): (Value, Int)
        if let n = times(right), Evaluator.isSequence(left) { (sequence, count) = (left, n) }
        else if let n = times(left), Evaluator.isSequence(right) { (sequence, count) = (right, n) }
        else { return nil }
        let n = max(0, count)
        let length: Int
        switch sequence {
        case let .list(list): length = list.items.count
        case let .tuple(items): length = items.count
        case let .string(s): length = s.count
        default: return nil
        }
        let total = length.multipliedReportingOverflow(by: n)
        guard !total.overflow, total.partialValue <= Evaluator.maximumSequenceLength else {
            throw Diagnostic.at(whole.span, "this repetition would hold more than 100,000,000 items", hint: Diagnostic.memoryHint)
        }
        switch sequence {
        case let .list(list): return .list(PythonList(Array([[Value]](repeating: list.items, count: n).joined())))
        case let .tuple(items): return .tuple(Array([[Value]](repeating: items, count: n).joined()))
        case let .string(s): return .string(String(repeating: s, count: n))
        default: return nil
        }
    }

    private static func isSequence(_ value: Value) -> Bool {
        switch value {
        case .list, .tuple, .string: return true
        default: return false
        }
    }

    private mutating func bigArithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value, rhs: Expression, whole: Expression) throws(Diagnostic) -> Value? {
        func big(_ value: Value) -> BigInt? {
            switch value {
            case let .integer(i): return BigInt(i)
            case let .bigInteger(b): return b
            case let .boolean(b): return b ? 1 : 0
            default: return nil
            }
        }
        if let x = big(left), let y = big(right) {
            switch op {
            case .less: return .boolean(x < y)
            case .lessOrEqual: return .boolean(x <= y)
            case .greater: return .boolean(x > y)
            case .greaterOrEqual: return .boolean(x >= y)
            case .equal: return .boolean(x == y)
            case .notEqual: return .boolean(x != y)
            case .divide:
                guard y != 0 else { throw Diagnostic.at(rhs.span, "division by zero") }
                let quotient = PythonArithmetic.trueDivision(x, y)
                // Python refuses a quotient of ints past the largest float rather than give inf.
                guard quotient.isFinite else {
                    throw Diagnostic.at(whole.span, "OverflowError: integer division result too large for a float",
                                        hint: "divide in floats only where the result fits (up to about 1.8e308), or keep the ints with //")
                }
                return .float(quotient)
            default:
                if let exact = try PythonArithmetic.big(op, x, y, divisorSpan: rhs.span, whole: whole.span) { return exact }
            }
        }
        // Python compares an int with a float exactly, however large the int (2 ** 756 > 1e308).
        if [.less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual].contains(op) {
            if let x = big(left), case let .float(y) = right { return .boolean(PythonArithmetic.holds(op, PythonArithmetic.compare(x, y))) }
            if case let .float(x) = left, let y = big(right) {
                return .boolean(PythonArithmetic.holds(op, PythonArithmetic.compare(y, x).map { -$0 }))
            }
        }
        // numpy reads a Python int next to an int64 or bool array as an int64, which it does not fit.
        for case let .array(a) in [left, right] where a.dtype != .float64 {
            throw Diagnostic.at(whole.span, "OverflowError: Python int too large to convert to C long (numpy makes it an int64, which stops at 2**63 - 1)",
                                hint: "for numbers this large work in floats: write the int as a float, such as 1e19, or use .astype(float)")
        }
        // With a float or an array, a big int is its nearest double (Python's OverflowError past 1e308).
        guard let x = left.scalar ?? left.asArray.map({ _ in 0 }), let y = right.scalar ?? right.asArray.map({ _ in 0 }), x.isFinite, y.isFinite else {
            throw Diagnostic.at(whole.span, "int too large to convert to float")
        }
        let asFloat = { (value: Value) -> Value in
            if case let .bigInteger(b) = value { return .float(Double(b)) }
            return value
        }
        return try applyBinary(op, asFloat(left), asFloat(right), lhs: whole, rhs: rhs, whole: whole)
    }

    /// A list or tuple of numbers (or of equal-length lists) as the array numpy makes of it; nil for anything else.
    mutating func arrayLike(_ value: Value, expression: Expression) throws(Diagnostic) -> Value? {
        switch value {
        case .list, .tuple: return try numpyArray(fromValue: value, at: expression)
        default: return nil
        }
    }

    /// Lexicographic order, as Python compares lists and tuples.
    private mutating func compareSequences(_ op: BinaryOperator, _ a: [Value], _ b: [Value], whole: Expression) throws(Diagnostic) -> Bool? {
        guard [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) else { return nil }
        for (x, y) in zip(a, b) where !(x == y) {
            let result = try applyBinary(op, x, y, lhs: whole, rhs: whole, whole: whole)
            return try truth(of: result, at: whole)
        }
        switch op {
        case .less: return a.count < b.count
        case .lessOrEqual: return a.count <= b.count
        case .greater: return a.count > b.count
        default: return a.count >= b.count
        }
    }

    /// `x in container`: list and tuple items by `==`, dict keys, substrings, array elements.
    mutating func contains(_ container: Value, _ item: Value, container expression: Expression, whole: Expression) throws(Diagnostic) -> Bool {
        switch container {
        case let .list(list):
            for candidate in list.items where try pythonEqual(candidate, item, at: whole) { return true }
            return false
        case let .tuple(items):
            for candidate in items where try pythonEqual(candidate, item, at: whole) { return true }
            return false
        case let .range(r):
            guard let n = item.wholeNumber, r.count > 0 else { return false }
            let offset = n - r.start
            return offset % r.step == 0 && offset / r.step >= 0 && offset / r.step < r.count
        case let .dictionary(d):
            do { return try d.value(for: item) != nil } catch { throw Diagnostic.at(whole.span, "unhashable type: '\(error.typeName)'") }
        case let .string(s):
            guard case let .string(part) = item else {
                throw Diagnostic.at(whole.span, "'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return part.isEmpty || s.contains(part)
        case let .array(a) where !a.isNumpyScalar:
            let equal = try applyBinary(.equal, container, item, lhs: expression, rhs: whole, whole: whole)
            return equal.asArray?.elements.contains { $0 != 0 } ?? false
        default:
            throw Diagnostic.at(expression.span, "argument of type '\(container.typeName)' is not iterable",
                                hint: "in looks inside a list, tuple, dict, string or array")
        }
    }

    /// Python's `==` as a truth value (an array compared element-wise must be one element).
    mutating func pythonEqual(_ a: Value, _ b: Value, at whole: Expression) throws(Diagnostic) -> Bool {
        if case .array = a, case .array = b {} else if a == b { return true }
        if Evaluator.isNumeric(a) && Evaluator.isNumeric(b) {
            let result = try applyBinary(.equal, a, b, lhs: whole, rhs: whole, whole: whole)
            return try truth(of: result, at: whole)
        }
        return a == b
    }

    /// `is`: the same object. Lists, dicts and functions by identity; None, bools and small values by value.
    static func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case let (.list(x), .list(y)): return x === y
        case let (.dictionary(x), .dictionary(y)): return x === y
        case let (.function(x), .function(y)): return x === y
        case let (.array(x), .array(y)): return x === y
        case (.none, .none): return true
        case let (.boolean(x), .boolean(y)): return x == y
        case let (.integer(x), .integer(y)): return x == y && (-5...256).contains(x)  // CPython caches small ints
        case let (.string(x), .string(y)): return x == y
        case let (.type(x), .type(y)): return x == y
        default: return false
        }
    }
}
