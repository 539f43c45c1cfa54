import MatrixEngine

/// One parameter of a built-in function, as numpy documents it.
public struct Parameter: Sendable {
    public var name: String
    /// nil for a required parameter.
    public var defaultValue: Value?
    /// `*dims` in `np.random.randn(*dims)`: takes every remaining positional argument.
    public var isVariadic: Bool

    public static func required(_ name: String) -> Parameter { Parameter(name: name, defaultValue: nil, isVariadic: false) }
    public static func optional(_ name: String, _ defaultValue: Value) -> Parameter { Parameter(name: name, defaultValue: defaultValue, isVariadic: false) }
    public static func variadic(_ name: String) -> Parameter { Parameter(name: name, defaultValue: nil, isVariadic: true) }

    var display: String {
        if isVariadic { return "*\(name)" }
        guard let defaultValue else { return name }
        return "\(name)=\(ValueFormatter.pythonLiteral(defaultValue))"
    }
}

/// A function the language offers, with what `help` shows about it. A class: every call holds
/// it, and one reference is cheaper to pass around than its eight fields.
public final class BuiltinFunction: Sendable {
    public typealias Body = @Sendable (inout CallContext) throws(Diagnostic) -> Value

    /// The name under numpy's namespace: `sum`, `random.randn`, `linalg.norm`. Backprop-only
    /// helpers (`sigmoid`, `relu`...) have no numpy equivalent and are marked `isNumpy == false`.
    public let name: String
    /// Other names that reach it without the namespace: `randn` for `random.randn`.
    public let aliases: [String]
    public let parameters: [Parameter]
    public let summary: String
    public let example: String
    public let isNumpy: Bool
    let body: Body
    /// Decided once, since every call asks: whether the result is small whatever the arguments
    /// (no matrix-sized allocation to check room for), and whether a list argument is read as np.array reads it.
    let producesSmallResult: Bool
    let readsListsAsArrays: Bool
    /// `np.dot` and `np.matmul`, whose transposed operands are read in place.
    let isMatrixProduct: Bool
    /// Whether a call may change numpy's global state (the random generator, the print
    /// options), which is then copied back to the session; other calls only read it.
    let changesSessionState: Bool
    /// Whether the function only moves its arguments' elements (see ExactIntegerMoves).
    let movesElements: Bool
    /// The function on arrays already evaluated, for a call with only positional arguments (see
    /// QuickForm); nil when it has none.
    let quick: QuickForm?

    public init(_ name: String, aliases: [String] = [], _ parameters: [Parameter], isNumpy: Bool = true,
                summary: String, example: String, quick: QuickForm? = nil, body: @escaping Body) {
        self.name = name
        self.quick = quick
        self.aliases = aliases
        self.parameters = parameters
        self.summary = summary
        self.example = example
        self.isNumpy = isNumpy
        self.body = body
        producesSmallResult = Evaluator.reducingFunctions.contains(name)
        readsListsAsArrays = name == "array" || name == "asarray"
        isMatrixProduct = name == "dot" || name == "matmul"
        changesSessionState = name.hasPrefix("random.") || name == "set_printoptions"
        movesElements = ExactIntegerMoves.functions.contains(name)
    }

    /// How a learner would call it: `np.sum(a, axis=None, keepdims=False)`.
    public var signature: String {
        "\(displayName)(\(parameters.map(\.display).joined(separator: ", ")))"
    }

    public var displayName: String { isNumpy ? "np.\(name)" : name }
}

/// An argument as written in a call, evaluated, before binding: `axis=1` has the label `axis`.
struct LabeledArgument {
    var label: String?
    var labelSpan: SourceSpan
    var argument: BoundArgument
}

/// An argument after binding: its value, and where it was written (for errors).
public struct BoundArgument: Sendable {
    public var value: Value
    public var span: SourceSpan
    /// The source the argument was written in; its text is read only when a message needs it.
    let source: SourceText

    /// The argument as written, for messages.
    public var text: String { span.text(in: source.characters) }
}

/// What a function body sees: its bound arguments and the session state it may touch.
public struct CallContext {
    public let function: BuiltinFunction
    public let callSpan: SourceSpan
    /// The argument given for each parameter, in the order of `function.parameters` (nil: not given).
    var arguments: [BoundArgument?]
    var variadic: [BoundArgument]
    public var random: NumpyRandom
    public var printOptions: PrintOptions
    var warnings: [Diagnostic] = []
    /// Whether it was called as a method (`X.reshape(2, 3)`), its first argument the receiver.
    var isMethodCall = false
    /// Lines a function prints (`print(...)`), shown before the statement's value.
    var printed: [String] = []

    /// Where the parameter `name` is in `function.parameters` (a few names: a scan beats a hash).
    private func parameterIndex(_ name: String) -> Int? { function.parameters.firstIndex { $0.name == name } }

    func isGiven(_ name: String) -> Bool { argument(name) != nil }

    /// The shape of the largest matrix among the arguments (the first of equals), nil when none is one.
    var largestMatrixShape: Shape? {
        var largest: Shape?
        for case let argument? in arguments {
            if let shape = argument.value.matrixShape, shape.count > largest?.count ?? -1 { largest = shape }
        }
        for argument in variadic {
            if let shape = argument.value.matrixShape, shape.count > largest?.count ?? -1 { largest = shape }
        }
        return largest
    }

    func argument(_ name: String) -> BoundArgument? { parameterIndex(name).flatMap { arguments[$0] } }

    func value(_ name: String) -> Value {
        guard let index = parameterIndex(name) else { return .none }
        return arguments[index]?.value ?? function.parameters[index].defaultValue ?? .none
    }

    func span(_ name: String) -> SourceSpan { argument(name)?.span ?? callSpan }

    func typeError(_ name: String, expected: String) -> Diagnostic {
        let got = value(name)
        return Diagnostic(message: "\(function.displayName): '\(name)' must be \(expected), got \(got.kindDescription)",
                          span: span(name), hint: "usage: \(function.signature)")
    }

    /// A matrix argument; a number becomes (1, 1), which broadcasts like a scalar.
    func matrix(_ name: String) throws(Diagnostic) -> Matrix {
        guard let m = value(name).asMatrix else { throw typeError(name, expected: "a matrix or a number") }
        return m
    }

    /// An array argument; a number becomes a 0-d array of its dtype.
    func array(_ name: String) throws(Diagnostic) -> NDArray {
        guard let a = value(name).asArray else { throw typeError(name, expected: "an array or a number") }
        return a
    }

    /// `result`, the argument `name`'s elements in the same order under another shape: a view of
    /// an array argument where numpy makes one (`reshape`, `ravel`, `squeeze`, `expand_dims`).
    func sameElements(as name: String, shaped result: NDArray, sharing: ArrayView.Sharing = .whereStridesAllow) -> Value {
        guard case let .array(object) = value(name) else { return .array(result) }
        return .array(ArrayView.reshaping(object, to: result, sharing: sharing))
    }

    /// Says, once per statement, that numpy makes a rank-1 array here (see Evaluator.noteRankOne).
    mutating func noteRankOne(_ message: String, hint: String, span: SourceSpan? = nil) {
        var note = Diagnostic(.warning, message: message, span: span ?? callSpan, hint: hint)
        note.topic = "rank-1"
        warnings.append(note)
    }

    /// The `dtype=` argument (`float`, `int`, `bool`, `np.float64`, `"int64"`...), nil when not given.
    func dtype(_ name: String = "dtype") throws(Diagnostic) -> DType? {
        switch value(name) {
        case .none: return nil
        case let .dtype(type): return type
        case let .string(text):
            if let type = DTypeNames.dtype(named: text) { return type }
            throw Diagnostic(message: "\(function.displayName): Backprop has the dtypes float64, int64 and bool, not '\(text)'", span: span(name))
        default: throw typeError(name, expected: "a dtype such as float, int or bool")
        }
    }

    func double(_ name: String) throws(Diagnostic) -> Double {
        guard let x = value(name).number else { throw typeError(name, expected: "a number") }
        return x
    }

    func integer(_ name: String) throws(Diagnostic) -> Int {
        guard let i = value(name).wholeNumber else { throw typeError(name, expected: "an integer") }
        return i
    }

    func optionalInteger(_ name: String) throws(Diagnostic) -> Int? {
        if case .none = value(name) { return nil }
        return try integer(name)
    }

    func boolean(_ name: String) throws(Diagnostic) -> Bool {
        switch value(name) {
        case let .boolean(b): return b
        case let .integer(i): return i != 0
        default: throw typeError(name, expected: "True or False")
        }
    }

    /// numpy's axis numbering for 2-D: 0 (down the rows), 1 (along the columns), -1, -2, or None.
    func axis(_ name: String = "axis") throws(Diagnostic) -> Axis? {
        guard let a = try optionalInteger(name) else { return nil }
        switch a {
        case 0, -2: return .rows
        case 1, -1: return .columns
        default:
            throw Diagnostic(message: "\(function.displayName): axis \(a) is out of bounds for a 2-D matrix (use 0, 1, -1 or -2)",
                             span: span(name))
        }
    }

    /// A numpy shape given as `(4, 1)` or `4` (one parameter), or as separate dimensions in a
    /// variadic parameter (`randn(4, 1)`), each as numpy accepts it. A single dimension `n` is
    /// numpy's rank-1 `(n,)`, noted once per statement.
    mutating func shape(_ name: String) throws(Diagnostic) -> [Int] {
        let dims: [Int]
        let spanToNote: SourceSpan
        if let parameter = function.parameters.first(where: { $0.name == name }), parameter.isVariadic {
            if let tuple = variadic.first, case .tuple = tuple.value {
                // randn(*dims) takes dimensions, not a shape tuple.
                let written = tuple.text.hasPrefix("(") ? String(tuple.text.dropFirst().dropLast()) : tuple.text
                throw Diagnostic(message: "\(function.displayName) takes the dimensions themselves, not a tuple: 'tuple' object cannot be interpreted as an integer",
                                 span: tuple.span, hint: "write \(function.displayName)(\(written))")
            }
            dims = try variadic.map { argument throws(Diagnostic) -> Int in try dimension(argument.value, at: argument.span) }
            spanToNote = variadic.first?.span ?? callSpan
        } else {
            switch value(name) {
            case let .tuple(items): dims = try items.map { item throws(Diagnostic) -> Int in try dimension(item, at: span(name)) }
            case let .array(a) where a.rank == 1 && a.dtype != .float64:
                // A shape written as a list, np.zeros([2, 3]), arrives as the array numpy makes of it.
                dims = try a.value.integerElements.map { item throws(Diagnostic) -> Int in try dimension(.integer(Int(item)), at: span(name)) }
            default: dims = [try dimension(value(name), at: span(name))]
            }
            spanToNote = span(name)
        }
        if dims.count == 1 {
            noteRankOne("numpy makes a rank-1 array of shape (\(dims[0]),) here, neither a row nor a column",
                        hint: "write the shape you mean: (\(dims[0]), 1) for a column, (1, \(dims[0])) for a row", span: spanToNote)
        }
        guard dims.count <= 2 else {
            throw Diagnostic(message: "Backprop's arrays stop at 2 dimensions; this shape has \(dims.count)", span: spanToNote,
                             hint: "the course's arrays are all 2-D: (n[l], m), (n[l], n[l-1]), (n[l], 1)")
        }
        return dims
    }

    private func dimension(_ value: Value, at span: SourceSpan) throws(Diagnostic) -> Int {
        if case .array = value, let whole = value.wholeNumber { return try dimension(.integer(whole), at: span) }
        if case let .array(a) = value, a.rank == 0 { return try dimension(.float(a.elements[0]), at: span) }
        switch value {
        case let .integer(i) where i >= 0: return i
        case let .boolean(b): return b ? 1 : 0
        case let .integer(i):
            throw Diagnostic(message: "\(function.displayName): negative dimensions are not allowed (got \(i))", span: span)
        case let .float(x):
            // numpy: TypeError: 'float' object cannot be interpreted as an integer (even 1e9 or 3.0).
            let whole = x.isFinite && x == x.rounded() && Swift.abs(x) < 1e18
            throw Diagnostic(message: "\(function.displayName): a dimension must be an integer, got a float (\(Matrix.formatScalar(x)))",
                             span: span, hint: whole ? "numpy takes only integers here: write \(Int(x)), or int(...)" : "usage: \(function.signature)")
        default:
            throw Diagnostic(message: "\(function.displayName): a dimension must be an integer, got \(value.kindDescription)",
                             span: span, hint: "usage: \(function.signature)")
        }
    }

    /// Runs an engine operation, turning its error into a message that names this function.
    func engine<T>(_ operation: () throws(MatrixError) -> T) throws(Diagnostic) -> T {
        do {
            return try operation()
        } catch {
            // The engine names its own operation ("zeros: ...", "randn: ", "matmul: " inside
            // np.outer): the function the learner called is named instead, once.
            let hint = error.isInsufficientMemory ? Diagnostic.memoryHint : "usage: \(function.signature)"
            throw Diagnostic(message: "\(function.displayName): \(error.detail)", span: callSpan, hint: hint)
        }
    }
}
