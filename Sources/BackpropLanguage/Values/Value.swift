import BigInt
import MatrixEngine

/// A value of the language. Scalars follow Python (int, of any size, and float), arrays are
/// numpy's (rank 0 to 2, float64, int64 or bool), tuples, strings, lists and dicts are Python's,
/// and a function is one the learner defined.
public enum Value: Equatable, Sendable {
    case integer(Int)
    /// A Python int past 64 bits (results come back to `.integer` when they fit). Boxed, as a
    /// range is: held inline, their payloads made every value 40 bytes, and every copy of one
    /// (an argument, a slot, a list item) moved them.
    indirect case bigInteger(BigInt)
    case float(Double)
    case boolean(Bool)
    /// A numpy array: an object, shared by whatever holds it (see ArrayObject).
    case array(ArrayObject)
    case tuple([Value])
    case string(String)
    case list(PythonList)
    case dictionary(PythonDictionary)
    case function(UserFunction)
    indirect case range(PythonRange)
    /// `int`, `np.ndarray` …: what `type(x)` returns and `isinstance` takes.
    case type(PythonType)
    /// An array's `.dtype`: prints as `float64`, shows as `dtype('float64')`, equals its name and its scalar type.
    case dtype(DType)
    case none

    /// Lists and dicts by their contents, functions by identity (as Python's `==` for these).
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case let (.integer(x), .integer(y)): return x == y
        case let (.bigInteger(x), .bigInteger(y)): return x == y
        case let (.float(x), .float(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.boolean(x), .boolean(y)): return x == y
        case let (.array(x), .array(y)): return x.value == y.value
        case let (.tuple(x), .tuple(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.list(x), .list(y)): return x === y || x.items == y.items
        case let (.dictionary(x), .dictionary(y)):
            return x === y || (x.keys == y.keys && x.values == y.values)
        case let (.function(x), .function(y)): return x === y || x.builtin?.boundMethod != nil && x.builtin?.boundMethod == y.builtin?.boundMethod
        case let (.type(x), .type(y)): return x == y
        case let (.dtype(x), .dtype(y)): return x == y
        // numpy's dtype equals the names and the types that mean it: `w.dtype == float`, `== "int64"`.
        case let (.dtype(d), .string(name)), let (.string(name), .dtype(d)): return DTypeNames.dtype(named: name) == d
        case let (.dtype(d), .type(type)), let (.type(type), .dtype(d)): return type.dtype == d
        case let (.range(x), .range(y)): return x == y
        case (.none, .none): return true
        default: return false
        }
    }

    /// An integer result as Python keeps it: in 64 bits when it fits, else arbitrary precision.
    public static func integer(_ big: BigInt) -> Value {
        if let small = Int(exactly: big) { return .integer(small) }
        return .bigInteger(big)
    }

    /// Python's name for the value's type, as its errors say it: `int`, `str`, `numpy.ndarray`.
    public var typeName: String { pythonType.qualifiedName }

    public var pythonType: PythonType {
        switch self {
        case .integer, .bigInteger: return .int
        case .float: return .float
        case .boolean: return .bool
        case let .array(a):
            return a.isNumpyScalar ? .scalarType(of: a.dtype) : .ndarray
        case .tuple: return .tuple
        case .string: return .str
        case .list: return .list
        case .dictionary: return .dict
        case let .function(f): return f.builtin?.type ?? .function
        case .range: return .range
        case .type: return .type
        case let .dtype(d): return .dtypeClass(d)
        case .none: return .none
        }
    }

    /// A 2-D float64 array: the stepper's quantities and most results.
    public static func matrix(_ m: Matrix) -> Value { .array(NDArray(m)) }

    /// The value as a number, if it is a scalar (a bool counts as 0 or 1, as in Python).
    public var scalar: Double? {
        switch self {
        case let .integer(i): return Double(i)
        case let .float(x): return x
        case let .boolean(b): return b ? 1 : 0
        case let .bigInteger(big): return Double(big)
        default: return nil
        }
    }

    /// The value as a number: a Python scalar, a numpy scalar or a 0-d array.
    public var number: Double? {
        if case let .array(a) = self, a.rank == 0 { return a.elements[0] }
        return scalar
    }

    /// The value as a whole number, if it is one: a Python int or bool, or an int64/bool numpy scalar.
    public var wholeNumber: Int? {
        switch self {
        case let .integer(i): return i
        case let .boolean(b): return b ? 1 : 0
        case let .array(a) where a.rank == 0 && a.dtype != .float64: return Int(a.value.integerElement(at: 0))
        default: return nil
        }
    }

    /// A tuple of numbers as the rank-1 array numpy makes of it (nil unless every item is a number).
    public var listAsArray: NDArray? {
        guard case let .tuple(items) = self else { return nil }
        var values: [Double] = [], dtype = DType.bool
        for item in items {
            guard let a = item.asArray, a.rank == 0 else { return nil }
            values.append(a.elements[0])
            dtype = DType.promoted(dtype, a.dtype)
        }
        return .vector(values, dtype: items.isEmpty ? .float64 : dtype)
    }

    /// The value as an array: a scalar becomes a 0-d array of its numpy dtype.
    public var asArray: NDArray? {
        switch self {
        case let .array(a): return a.value
        case let .integer(i): return .integer(Int64(i))
        case let .float(x): return .scalar(x)
        case let .boolean(b): return .scalar(b ? 1 : 0, dtype: .bool)
        case .list: return arrayLike
        default: return nil
        }
    }

    /// A list of numbers (or of equal-length lists of numbers) as the array numpy makes of it,
    /// for what takes an array_like: the stepper's X and Y, a lesson's `dw ≈ [[1.0], [2.4]]`.
    /// nil when the list is ragged, too deep or holds anything else.
    public var arrayLike: NDArray? {
        let items: [Value]
        switch self {
        case let .list(list): items = list.items
        case let .tuple(elements): items = elements
        default: return asArray
        }
        var arrays: [NDArray] = []
        for item in items {
            guard let array = item.arrayLike, array.rank < 2 else { return nil }
            arrays.append(array)
        }
        guard let first = arrays.first else { return .vector([]) }
        guard arrays.allSatisfy({ $0.shape == first.shape }) else { return nil }
        let dtype = arrays.dropFirst().reduce(first.dtype) { DType.promoted($0, $1.dtype) }
        if dtype == .int64, arrays.contains(where: { $0.exactIntegers != nil }) {
            return .integers(arrays.flatMap(\.integerElements), shape: first.rank == 0 ? .vector(arrays.count) : .matrix(arrays.count, first.count))
        }
        let values = arrays.flatMap(\.elements)
        if first.rank == 0 { return .vector(values, dtype: dtype) }
        guard let matrix = try? Matrix(rows: arrays.count, columns: first.count, elements: values) else { return nil }
        return NDArray(matrix, dtype: dtype)
    }

    /// The value's elements as a matrix, as numpy broadcasts them: a scalar is (1, 1), a
    /// rank-1 `(n,)` the row (1, n).
    public var asMatrix: Matrix? {
        if case let .array(a) = self { return a.storage }
        if case .list = self { return arrayLike?.storage }
        return scalar.map { Matrix(scalar: $0) }
    }

    /// The value as a 2-D array, if it is one (what the stepper and plots take).
    public var asTwoDimensional: Matrix? {
        if case let .array(a) = self, a.rank == 2 { return a.storage }
        if case .list = self, let a = arrayLike, a.rank == 2 { return a.storage }
        return nil
    }

    /// A description of the value's kind and shape for messages: `a (4, 3) matrix`, `the number 2.5`.
    public var kindDescription: String {
        switch self {
        case .integer, .float: return "a number"
        case .boolean: return "a boolean"
        case let .array(a):
            if a.isNumpyScalar { return "a number (np.\(a.dtype.rawValue))" }
            switch a.rank {
            case 2: return a.dtype == .float64 ? "a \(a.shapeDescription) matrix" : "a \(a.shapeDescription) \(a.dtype.rawValue) matrix"
            case 1: return "a rank-1 \(a.shapeDescription) array"
            default: return "a 0-d array"
            }
        case let .tuple(items): return "a tuple of \(items.count)"
        case .string: return "a string"
        case .bigInteger: return "a number"
        case let .list(list): return "a list of \(list.items.count)"
        case let .dictionary(d): return "a dict of \(d.count)"
        case let .function(f): return "the function \(f.name)"
        case let .type(t): return "the type \(t.qualifiedName)"
        case let .dtype(d): return "the dtype \(d.rawValue)"
        case let .range(r): return r.description
        case .none: return "None"
        }
    }

    /// The shape of the matrix that holds an array value (a rank-1 `(n,)` is held as (1, n)), nil for anything else.
    public var matrixShape: Shape? {
        if case let .array(a) = self { return a.value.storage.shape }
        return nil
    }

    /// The shape used in messages: an array's shape, or `()` for a scalar, as numpy reports it.
    public var shapeDescription: String {
        if case let .array(a) = self { return a.shapeDescription }
        return "()"
    }
}
