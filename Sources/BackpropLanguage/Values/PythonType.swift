import MatrixEngine

/// The types `type()` returns and `isinstance` takes, printed as Python prints them
/// (`<class 'int'>`, `<class 'numpy.ndarray'>`).
public enum PythonType: String, Sendable, CaseIterable {
    case int, float, bool, str, list, dict, tuple, range, function, type, ndarray, float64, int64, bool_
    /// numpy's abstract scalar types, for `isinstance(x, np.floating)`: np.float64 is one, a Python float is not.
    case floating, integer
    /// The classes of an array's `.dtype` (`type(x.dtype)`).
    case float64DType = "Float64DType", int64DType = "Int64DType", boolDType = "BoolDType"
    case none = "NoneType"
    /// What `type()` says of a built-in used as a value: Python's own functions and the methods
    /// of its objects (`len`, `d.get`), and numpy's element-wise functions (`np.tanh`).
    case builtinFunction = "builtin_function_or_method", ufunc

    /// The class of the dtype object `x.dtype` for an array of `dtype`.
    public static func dtypeClass(_ dtype: DType) -> PythonType {
        switch dtype {
        case .float64: return .float64DType
        case .int64: return .int64DType
        case .bool: return .boolDType
        }
    }

    /// numpy's scalar type of an array of `dtype` (`x.dtype.type`, `type(x[0, 0])`).
    public static func scalarType(of dtype: DType) -> PythonType {
        switch dtype {
        case .float64: return .float64
        case .int64: return .int64
        case .bool: return .bool_
        }
    }

    /// The name as `type(x)` shows it.
    public var qualifiedName: String {
        switch self {
        case .ndarray: return "numpy.ndarray"
        case .float64: return "numpy.float64"
        case .int64: return "numpy.int64"
        case .bool_: return "numpy.bool"
        case .floating: return "numpy.floating"
        case .integer: return "numpy.integer"
        case .float64DType, .int64DType, .boolDType: return "numpy.dtypes." + rawValue
        case .ufunc: return "numpy.ufunc"
        default: return rawValue
        }
    }

    /// The type a name written in code means: `int`, `float`, `np.ndarray`, `np.float64`.
    public static func named(_ name: String) -> PythonType? {
        switch name {
        case "int", "float", "bool", "str", "list", "dict", "tuple", "range", "type": return PythonType(rawValue: name)
        case "ndarray": return .ndarray
        case "float64", "double": return .float64
        case "int64": return .int64
        case "bool_": return .bool_
        case "floating": return .floating
        case "integer": return .integer
        default: return nil
        }
    }

    /// The array dtype the type names when given as a dtype (`float` is float64), if it names one.
    public var dtype: DType? {
        switch self {
        case .float, .float64: return .float64
        case .int, .int64: return .int64
        case .bool, .bool_: return .bool
        default: return nil
        }
    }

    /// True when a value of type `self` is an instance of `other` (bool is an int; np.float64 is a float).
    public func isSubtype(of other: PythonType) -> Bool {
        if self == other { return true }
        switch (self, other) {
        case (.bool, .int), (.float64, .float), (.float64, .floating), (.int64, .integer): return true
        default: return false
        }
    }
}
