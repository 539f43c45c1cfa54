/// The element types Backprop's arrays have, as numpy names them. Every element is held as a
/// `Double` (so float64 work reuses the matrix kernels); an int64 element is a whole number and
/// a bool element is 0 or 1. Whole numbers are exact up to 2^53, far beyond the course's sizes.
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

extension NDArray {
    /// 2**53: from here on a Double no longer holds every whole number, so int64 elements this large
    /// cannot be kept exactly.
    public static let exactIntegerLimit = 9_007_199_254_740_992.0

    /// An int64 element too large to be held exactly (numpy would keep it, or wrap at 2**63), if any.
    public var inexactInteger: Double? {
        guard dtype == .int64 else { return nil }
        return elements.first { $0.magnitude >= NDArray.exactIntegerLimit || !$0.isFinite }
    }
}
