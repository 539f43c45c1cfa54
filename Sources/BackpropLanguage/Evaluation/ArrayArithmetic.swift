import MatrixEngine

/// numpy's element-wise operators on arrays, with numpy's dtype rules: int64 with int64 stays
/// int64 (`/` excepted), anything with float64 is float64, comparisons give bool, and bool with
/// bool keeps bool where numpy does (`+` is "or", `*` is "and") and refuses `-`.
enum ArrayArithmetic {
    enum Failure: Error {
        case broadcast
        /// Anything else the engine refused (no memory for the result, a size beyond the cap).
        case engine(MatrixError)
        /// numpy's own refusal, in numpy's words.
        case refused(String)
    }

    static func apply(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray) throws(Failure) -> NDArray {
        if a.exactIntegers != nil || b.exactIntegers != nil, let exact = try computeExactly(op, a, b) { return exact }
        let result = try compute(op, a, b)
        // Doubles hold int64 results exactly below 2**53; past that numpy's integer arithmetic is redone on the exact values.
        if result.inexactInteger != nil, let exact = try computeExactly(op, a, b) { return exact }
        // Integers are held as doubles, and 0 * -1 must not become -0.
        guard result.dtype != .float64, result.elements.contains(where: { $0 == 0 && $0.sign == .minus }) else { return result }
        return result.map { $0 + 0 }
    }

    /// The operation on int64 values exactly, wrapping around at 2**63 as numpy's does. nil when
    /// the operation is not integer work (a float operand, `/`), which the doubles then do.
    private static func computeExactly(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray) throws(Failure) -> NDArray? {
        guard a.dtype != .float64, b.dtype != .float64, a.dtype == .int64 || b.dtype == .int64 else { return nil }
        let operation: (Int64, Int64) -> Int64
        var dtype = DType.int64
        switch op {
        case .add: operation = { $0 &+ $1 }
        case .subtract: operation = { $0 &- $1 }
        case .multiply: operation = { $0 &* $1 }
        case .floorDivide: operation = FloorDivision.integerQuotient
        case .modulo: operation = FloorDivision.integerRemainder
        case .power:
            if b.integerElements.contains(where: { $0 < 0 }) { throw .refused("Integers to negative integer powers are not allowed.") }
            operation = FloorDivision.wrappingPower
        case .bitwiseAnd: operation = { $0 & $1 }
        case .bitwiseOr: operation = { $0 | $1 }
        case .bitwiseXor: operation = { $0 ^ $1 }
        case .leftShift: operation = shiftedLeft
        case .rightShift: operation = shiftedRight
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual:
            let comparison = Comparison(rawValue: op.rawValue)!
            dtype = .bool
            operation = { comparison.holds($0, $1) ? 1 : 0 }
        case .divide, .matmul, .and, .or, .isIn, .isNotIn, .isIdentical, .isNotIdentical:
            return nil
        }
        do throws(MatrixError) {
            return try NDArray.broadcastingIntegers(a, b, name: op.rawValue, dtype: dtype, operation)
        } catch {
            guard case .broadcastMismatch = error else { throw .engine(error) }
            throw .broadcast
        }
    }

    /// numpy's int64 shifts: a count past the width (or negative) leaves 0, or -1 for a negative
    /// number shifted right.
    private static func shiftedLeft(_ x: Int64, _ count: Int64) -> Int64 {
        count < 0 || count >= 64 ? 0 : x << count
    }

    private static func shiftedRight(_ x: Int64, _ count: Int64) -> Int64 {
        count < 0 || count >= 64 ? (x < 0 ? -1 : 0) : x >> count
    }

    private static func compute(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray) throws(Failure) -> NDArray {
        let promoted = DType.promoted(a.dtype, b.dtype)
        let bothBool = a.dtype == .bool && b.dtype == .bool
        let exact = promoted != .float64
        if op == .subtract && bothBool {
            throw .refused("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead")
        }
        if op == .power && exact && b.elements.contains(where: { $0 < 0 }) {
            throw .refused("Integers to negative integer powers are not allowed.")
        }
        if [.bitwiseAnd, .bitwiseOr, .bitwiseXor, .leftShift, .rightShift].contains(op), promoted == .float64 {
            let name = RuntimeWarnings.ufuncName(op)
            throw .refused("ufunc '\(name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
        }
        do throws(MatrixError) {
            switch op {
            case .add:
                if bothBool { return try NDArray.broadcasting(a, b, name: "+", dtype: .bool) { ($0 != 0 || $1 != 0) ? 1 : 0 } }
                return NDArray(adopting: try a.storage + b.storage, a, b, dtype: promoted)
            case .subtract:
                return NDArray(adopting: try a.storage - b.storage, a, b, dtype: promoted)
            case .multiply:
                return NDArray(adopting: try a.storage * b.storage, a, b, dtype: promoted)
            case .divide:
                return NDArray(adopting: try a.storage / b.storage, a, b, dtype: .float64)
            case .floorDivide:
                if exact { return try NDArray.broadcasting(a, b, name: "//", dtype: bothBool ? .int64 : promoted, FloorDivision.integerQuotient) }
                return try NDArray.broadcasting(a, b, name: "//", dtype: .float64) { FloorDivision.divmod($0, $1).quotient }
            case .modulo:
                if exact { return try NDArray.broadcasting(a, b, name: "%", dtype: bothBool ? .int64 : promoted, FloorDivision.integerRemainder) }
                return try NDArray.broadcasting(a, b, name: "%", dtype: .float64) { FloorDivision.divmod($0, $1).remainder }
            case .power:
                if exact {
                    return try NDArray.broadcasting(a, b, name: "**", dtype: bothBool ? .int64 : promoted) { Matrix.pow($0, $1) }
                }
                return NDArray(adopting: try a.storage.power(b.storage), a, b, dtype: .float64)
            case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual:
                let comparison = Comparison(rawValue: op.rawValue)!
                return try NDArray.broadcasting(a, b, name: op.rawValue, dtype: .bool) { comparison.holds($0, $1) ? 1 : 0 }
            case .bitwiseAnd, .bitwiseOr, .bitwiseXor:
                // numpy's `&`, `|`, `^`: logical on bools (masks), bitwise on integers (floats are refused above).
                return try NDArray.broadcasting(a, b, name: op.rawValue, dtype: promoted) { x, y in
                    let (i, j) = (Int(x), Int(y))
                    return Double(op == .bitwiseAnd ? i & j : op == .bitwiseOr ? i | j : i ^ j)
                }
            case .leftShift, .rightShift:
                // On the exact values always: bools shift as int64 (numpy's int8, see NarrowDTypes).
                return try NDArray.broadcastingIntegers(a, b, name: op.rawValue, dtype: .int64, op == .leftShift ? shiftedLeft : shiftedRight)
            case .matmul, .and, .or, .isIn, .isNotIn, .isIdentical, .isNotIdentical:
                preconditionFailure("\(op) is not element-wise")
            }
        } catch {
            guard case .broadcastMismatch = error else { throw .engine(error) }
            throw .broadcast
        }
    }
}
