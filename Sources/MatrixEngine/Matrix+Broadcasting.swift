/// Element-wise binary operations with numpy's broadcasting rule for 2-D shapes: per axis, the
/// sizes must be equal or one of them must be 1, and the result takes the larger size.
/// (4,1) with (1,5) gives (4,5); (4,3) with (2,5) is an error.
extension Matrix {
    /// The broadcast result shape, or nil when the shapes are incompatible.
    public static func broadcastShape(_ lhs: Shape, _ rhs: Shape) -> Shape? {
        func axis(_ a: Int, _ b: Int) -> Int? {
            if a == b { return a }
            if a == 1 { return b }
            if b == 1 { return a }
            return nil
        }
        guard let r = axis(lhs.rows, rhs.rows), let c = axis(lhs.columns, rhs.columns) else { return nil }
        return Shape(r, c)
    }

    /// Applies `operation` element by element after broadcasting both operands.
    /// `name` is what an error reports (`+`, `*`, `maximum`...).
    @inlinable
    public static func broadcasting(
        _ lhs: Matrix, _ rhs: Matrix, name: String, _ operation: (Double, Double) -> Double
    ) throws(MatrixError) -> Matrix {
        try withoutActuallyEscaping(operation) { (operation) throws(MatrixError) -> Matrix in
            try broadcasting(lhs, rhs, name: name, ClosureOperation(body: operation))
        }
    }

    /// The same for an operation given as a type, for which the loops are specialised (the
    /// arithmetic operators): with a closure, they were only while the optimiser chose to inline
    /// this function, and a row-by-row loop through the closures' captures was not vectorised.
    @inlinable
    public static func broadcasting<Operation: ElementwiseOperation>(
        _ lhs: Matrix, _ rhs: Matrix, name: String, _ operation: Operation
    ) throws(MatrixError) -> Matrix {
        guard let shape = broadcastShape(lhs.shape, rhs.shape) else {
            throw .broadcastMismatch(operation: name, lhs: lhs.shape, rhs: rhs.shape)
        }
        // (100000, 1) + (1, 100000) is legal but would need 80 GB: refuse rather than crash.
        try checkDimensions(shape.rows, shape.columns, name)
        let count = shape.count
        let result = [Double](count: count) { buffer in
            lhs.elements.withUnsafeBufferPointer { a in
                rhs.elements.withUnsafeBufferPointer { b in
                    guard let out = buffer.baseAddress, let x = a.baseAddress, let y = b.baseAddress else { return }  // no elements
                    if lhs.shape == rhs.shape {
                        for i in 0..<count { out[i] = operation(x[i], y[i]) }
                    } else if rhs.count == 1 {
                        let yValue = y[0]
                        for i in 0..<count { out[i] = operation(x[i], yValue) }
                    } else if lhs.count == 1 {
                        let xValue = x[0]
                        for i in 0..<count { out[i] = operation(xValue, y[i]) }
                    } else {
                        // Row by row (a column `b` in `W @ X + b`, a row against a matrix): a
                        // broadcast axis has stride 0.
                        let xRow = lhs.rows == 1 ? 0 : lhs.columns, xStep = lhs.columns == 1 ? 0 : 1
                        let yRow = rhs.rows == 1 ? 0 : rhs.columns, yStep = rhs.columns == 1 ? 0 : 1
                        let columns = shape.columns
                        for r in 0..<shape.rows {
                            let xs = x + r * xRow, ys = y + r * yRow, row = out + r * columns
                            switch (xStep, yStep) {
                            case (1, 1): for c in 0..<columns { row[c] = operation(xs[c], ys[c]) }
                            case (1, _): let yValue = ys[0]; for c in 0..<columns { row[c] = operation(xs[c], yValue) }
                            case (_, 1): let xValue = xs[0]; for c in 0..<columns { row[c] = operation(xValue, ys[c]) }
                            default: let value = operation(xs[0], ys[0]); for c in 0..<columns { row[c] = value }
                            }
                        }
                    }
                }
            }
        }
        return Matrix(uncheckedRows: shape.rows, columns: shape.columns, elements: result)
    }

    /// Applies `operation` to every element.
    @inlinable
    public func map(_ operation: (Double) -> Double) -> Matrix {
        let count = self.count
        let result = [Double](count: count) { buffer in
            elements.withUnsafeBufferPointer { a in
                for i in 0..<count { buffer[i] = operation(a[i]) }
            }
        }
        return Matrix(uncheckedRows: rows, columns: columns, elements: result)
    }

    public static func + (lhs: Matrix, rhs: Matrix) throws(MatrixError) -> Matrix { try broadcasting(lhs, rhs, name: "+", Addition()) }
    public static func - (lhs: Matrix, rhs: Matrix) throws(MatrixError) -> Matrix { try broadcasting(lhs, rhs, name: "-", Subtraction()) }
    public static func * (lhs: Matrix, rhs: Matrix) throws(MatrixError) -> Matrix { try broadcasting(lhs, rhs, name: "*", Multiplication()) }
    /// IEEE division, as numpy: x/0 is ±inf, 0/0 is nan.
    public static func / (lhs: Matrix, rhs: Matrix) throws(MatrixError) -> Matrix { try broadcasting(lhs, rhs, name: "/", Division()) }

    public static prefix func - (operand: Matrix) -> Matrix { operand.map { -$0 } }

    public func power(_ exponent: Matrix) throws(MatrixError) -> Matrix {
        // numpy's power loop computes a single broadcast exponent of 2, 0.5, -1, 1 or 0 as x*x,
        // sqrt(x), 1/x, x and 1, which can differ from pow(x, y) in the last bit.
        if exponent.isScalarShaped {
            switch exponent.elements[0] {
            case 2: return map { $0 * $0 }
            case 0.5: return map { $0.squareRoot() }
            case -1: return map { 1 / $0 }
            case 1: return self
            case 0: return map { _ in 1 }
            default: break
            }
        }
        // An exponent of 2 in an exponent array is x*x too: numpy's AVX-512 power loop gives the
        // correctly rounded square there, where glibc's pow can be half an ulp off (see
        // ElementwiseFunctionTests); x*x is what numpy computes for `x**2` on every host.
        return try Matrix.broadcasting(self, exponent, name: "**") { x, y in y == 2 ? x * x : Matrix.pow(x, y) }
    }

    /// numpy's `np.maximum`: element-wise, and nan wins (propagates).
    public static func maximum(_ lhs: Matrix, _ rhs: Matrix) throws(MatrixError) -> Matrix {
        try broadcasting(lhs, rhs, name: "maximum") { a, b in (a.isNaN || b.isNaN) ? .nan : Swift.max(a, b) }
    }

    public static func minimum(_ lhs: Matrix, _ rhs: Matrix) throws(MatrixError) -> Matrix {
        // On a tie numpy's minimum gives the second operand (np.minimum(0.0, -0.0) is -0.0), as its maximum does.
        try broadcasting(lhs, rhs, name: "minimum") { a, b in (a.isNaN || b.isNaN) ? .nan : a < b ? a : b }
    }
}

/// Comparisons give 1 for true and 0 for false, as numpy's booleans do in arithmetic.
public enum Comparison: String, Sendable, CaseIterable {
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="

    @inlinable
    public func holds<Value: Comparable>(_ a: Value, _ b: Value) -> Bool {
        switch self {
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        case .equal: return a == b
        case .notEqual: return a != b
        }
    }
}

extension Matrix {
    public func compared(_ comparison: Comparison, to other: Matrix) throws(MatrixError) -> Matrix {
        try Matrix.broadcasting(self, other, name: comparison.rawValue) { comparison.holds($0, $1) ? 1 : 0 }
    }
}

/// An element-wise binary operation as a type, for which `Matrix.broadcasting` is specialised.
public protocol ElementwiseOperation {
    func callAsFunction(_ a: Double, _ b: Double) -> Double
}

/// Any other operation, written as a closure.
@usableFromInline
struct ClosureOperation: ElementwiseOperation {
    @usableFromInline let body: (Double, Double) -> Double
    @inlinable init(body: @escaping (Double, Double) -> Double) { self.body = body }
    @inlinable func callAsFunction(_ a: Double, _ b: Double) -> Double { body(a, b) }
}

@usableFromInline struct Addition: ElementwiseOperation {
    @inlinable init() {}
    @inlinable func callAsFunction(_ a: Double, _ b: Double) -> Double { a + b }
}

@usableFromInline struct Subtraction: ElementwiseOperation {
    @inlinable init() {}
    @inlinable func callAsFunction(_ a: Double, _ b: Double) -> Double { a - b }
}

@usableFromInline struct Multiplication: ElementwiseOperation {
    @inlinable init() {}
    @inlinable func callAsFunction(_ a: Double, _ b: Double) -> Double { a * b }
}

@usableFromInline struct Division: ElementwiseOperation {
    @inlinable init() {}
    @inlinable func callAsFunction(_ a: Double, _ b: Double) -> Double { a / b }
}
