import MatrixEngine

/// How code names a dtype: Python's `float`, `int` and `bool`, numpy's `np.float64`, `np.int64`,
/// `np.bool_`, or a string. Backprop has float64, int64 and bool; the narrower numpy types are
/// refused by name rather than silently widened.
enum DTypeNames {
    static func dtype(named name: String) -> DType? {
        switch name {
        case "float", "float64", "double", "float_", "f8": return .float64
        case "int", "int64", "int_", "i8", "intp": return .int64
        case "bool", "bool_", "?": return .bool
        default: return nil
        }
    }
}
