import MatrixEngine

/// A value of the language. Scalars follow Python (int and float), matrices are the engine's
/// 2-D `Matrix`, and tuples are what `X.shape` returns and `np.zeros((4, 1))` takes.
public enum Value: Equatable, Sendable {
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    case matrix(Matrix)
    case tuple([Value])
    case string(String)
    case none

    /// The value as a number, if it is a scalar (a bool counts as 0 or 1, as in Python).
    public var scalar: Double? {
        switch self {
        case let .integer(i): return Double(i)
        case let .float(x): return x
        case let .boolean(b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The value as a matrix: scalars become (1, 1), which broadcasts like a scalar.
    public var asMatrix: Matrix? {
        if case let .matrix(m) = self { return m }
        return scalar.map { Matrix(scalar: $0) }
    }

    /// A description of the value's kind and shape for messages: `a (4, 3) matrix`, `the number 2.5`.
    public var kindDescription: String {
        switch self {
        case .integer, .float: return "a number"
        case .boolean: return "a boolean"
        case let .matrix(m): return "a \(m.shape) matrix"
        case let .tuple(items): return "a tuple of \(items.count)"
        case .string: return "a string"
        case .none: return "None"
        }
    }

    /// The shape of a matrix value, nil for anything else.
    public var matrixShape: Shape? {
        if case let .matrix(m) = self { return m.shape }
        return nil
    }

    /// The shape used in messages: a matrix's shape, or `()` for a scalar, as numpy reports it.
    public var shapeDescription: String {
        if case let .matrix(m) = self { return m.shape.description }
        return "()"
    }
}
