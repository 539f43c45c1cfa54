import BigInt

/// Python's int past 64 bits: `2**100`, `10**400 // 10**399`.
extension PythonArithmetic {
    /// The exact result of an integer operation, or nil when Python's result is a float (`/`, a negative power).
    static func big(_ op: BinaryOperator, _ x: BigInt, _ y: BigInt, divisorSpan: SourceSpan, whole: SourceSpan) throws(Diagnostic) -> Value? {
        switch op {
        case .add: return .integer(x + y)
        case .subtract: return .integer(x - y)
        case .multiply: return .integer(x * y)
        case .floorDivide, .modulo:
            guard y != 0 else { throw Diagnostic.at(divisorSpan, op == .modulo ? "integer modulo by zero" : "integer division or modulo by zero") }
            var (q, r) = x.quotientAndRemainder(dividingBy: y)
            if r != 0 && ((r < 0) != (y < 0)) { q -= 1; r += y }
            return .integer(op == .floorDivide ? q : r)
        case .power:
            guard y >= 0 else { return nil }
            guard y.bitWidth <= 64, let exponent = Int(exactly: y), x.magnitude.bitWidth * exponent <= 1_000_000 || x.magnitude <= 1 else {
                throw Diagnostic.at(whole, "this power has more than a million bits: Backprop stops there",
                                    hint: "use floats for numbers this large (2.0 ** 1000)")
            }
            return .integer(x.power(exponent))
        case .bitwiseAnd: return .integer(x & y)
        case .bitwiseOr: return .integer(x | y)
        case .bitwiseXor: return .integer(x ^ y)
        case .leftShift, .rightShift:
            guard y >= 0 else { throw Diagnostic.at(divisorSpan, "negative shift count") }
            if op == .rightShift {
                // Python's >> floors (-5 >> 1 is -3); past the number's bits it leaves 0 or -1.
                guard y < BigInt(x.magnitude.bitWidth + 1) else { return .integer(x < 0 ? -1 : 0) }
                return try big(.floorDivide, x, BigInt(1) << Int(y), divisorSpan: divisorSpan, whole: whole)
            }
            guard let count = Int(exactly: y), x.magnitude.bitWidth + count <= 1_000_000 || x == 0 else {
                throw Diagnostic.at(whole, "this shift makes more than a million bits: Backprop stops there")
            }
            return .integer(x << count)
        default: return nil
        }
    }
}

extension PythonArithmetic {
    /// `x / y` for ints of any size, as Python rounds it (the quotient of the exact values, to the nearest double).
    static func trueDivision(_ x: BigInt, _ y: BigInt) -> Double {
        if let a = Int(exactly: x), let b = Int(exactly: y), abs(a) < 1 << 53, abs(b) < 1 << 53 { return Double(a) / Double(b) }
        let negative = (x < 0) != (y < 0)
        let numerator = x.magnitude, denominator = y.magnitude
        // Scale so the integer quotient has at least 64 significant bits, then place the binary point.
        func significantBits(_ x: BigUInt) -> Int { x.bitWidth }  // attaswift: the bits the value needs
        let shift = max(0, 66 - (significantBits(numerator) - significantBits(denominator)))
        var (quotient, remainder) = (numerator << shift).quotientAndRemainder(dividingBy: denominator)
        // A sticky bit far below the double's last place, then round to 53 bits, half to even, by hand.
        if remainder != 0 { quotient |= 1 }
        let extra = significantBits(quotient) - 53
        var top = quotient >> extra
        let rest = quotient - (top << extra), half = BigUInt(1) << (extra - 1)
        if rest > half || (rest == half && top & 1 == 1) { top += 1 }
        let value = Double(sign: negative ? .minus : .plus, exponent: extra - shift, significand: Double(UInt64(top)))
        return value
    }
}

extension PythonArithmetic {
    /// How an int compares with a float, exactly (Python's int/float comparison): -1, 0 or 1,
    /// nil when the float is nan.
    static func compare(_ x: BigInt, _ y: Double) -> Int? {
        if y.isNaN { return nil }
        if y.isInfinite { return y > 0 ? -1 : 1 }
        let whole = y.rounded(.down), wholeInteger = BigInt(whole)
        if x != wholeInteger { return x < wholeInteger ? -1 : 1 }
        return whole == y ? 0 : -1  // x is floor(y), below y's fraction
    }

    /// Whether a comparison holds for an ordering from `compare` (nan: only != holds).
    static func holds(_ op: BinaryOperator, _ order: Int?) -> Bool {
        guard let order else { return op == .notEqual }
        switch op {
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        case .equal: return order == 0
        default: return order != 0
        }
    }
}
