/// The element types Backprop's arrays have, as numpy names them. Every element is held as a
/// `Double` (so float64 work reuses the matrix kernels); an int64 element is a whole number and
/// a bool element is 0 or 1. An int64 array with an element of 2**53 or more, which a Double
/// cannot hold exactly, also keeps its exact values (see NDArray+ExactIntegers).
public enum DType: String, Sendable, Equatable, CaseIterable {
    case bool
    case int64
    case float64

    /// numpy's promotion of two array dtypes for arithmetic: the wider kind wins.
    public static func promoted(_ a: DType, _ b: DType) -> DType {
        if a == .float64 || b == .float64 { return .float64 }
        if a == .int64 || b == .int64 { return .int64 }
        return .bool
    }

    public var isInteger: Bool { self == .int64 }

    /// Bytes an element takes in numpy (`x.itemsize`): Backprop holds each as a Double regardless.
    public var itemSize: Int { self == .bool ? 1 : 8 }

    /// The element as the dtype holds it: int64 truncates toward zero, as numpy's astype does.
    @inlinable
    public func converting(_ x: Double) -> Double {
        switch self {
        case .float64: return x
        case .int64: return x.isFinite ? x.rounded(.towardZero) : 0
        case .bool: return x != 0 ? 1 : 0
        }
    }
}
