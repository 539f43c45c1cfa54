import Synchronization

/// A built-in function used as a value, as Python allows: `sorted(xs, key=len)`, `map(abs, xs)`,
/// `activation = np.tanh`. It is a function whose body calls the built-in with whatever it is
/// given (`def len(*args, **kwargs): return len(*args, **kwargs)`), so every call of it, by any
/// route, runs the built-in's own binding and errors; it prints as Python prints the built-in.
/// Each is made once, so `len is len` holds.
enum BuiltinFunctionValue {
    private static let made = Mutex<[String: UserFunction]>([:])

    /// The value for `key` (which built-in, reached how), made on first use.
    private static func value(_ key: String, _ make: () -> UserFunction) -> Value {
        .function(made.withLock { functions in
            if let function = functions[key] { return function }
            let function = make()
            functions[key] = function
            return function
        })
    }

    /// `callee` is how the body reaches the built-in: a bare name (`len`) or numpy's path
    /// (`np.tanh`, which a learner's own `tanh` cannot hide); `printed` is Python's text for it.
    private static func make(name: String, callee: Expression.Kind, printed: String?, type: PythonType = .builtinFunction,
                             enclosing: LocalVariables? = nil, boundMethod: UserFunction.BoundMethod? = nil) -> UserFunction {
        let source = SourceText("\(name)(*args, **kwargs)")
        let whole = SourceSpan(0, source.characters.count)
        let nameSpan = SourceSpan(0, name.count)
        func spread(_ parameter: String, _ label: String?) -> Argument {
            Argument(label: label, labelSpan: nil, value: Expression(.starred(Expression(.name(parameter), nameSpan)), nameSpan))
        }
        let call = Expression(.call(callee: Expression(callee, nameSpan), arguments: [spread("args", nil), spread("kwargs", "**")]), whole)
        let definition = FunctionDefinition(
            name: name, nameSpan: nameSpan,
            parameters: [FunctionParameter(name: "args", span: nameSpan, kind: .variadic),
                         FunctionParameter(name: "kwargs", span: nameSpan, kind: .keywordVariadic)],
            body: [Statement(kind: .returnValue(call), span: whole)], header: whole, docstring: nil)
        return UserFunction(definition: definition, source: source, defaults: [:], enclosing: enclosing,
                            builtin: .init(printed: printed, boundMethod: boundMethod, type: type))
    }

    /// A Python built-in reached by its bare name: `<built-in function len>`.
    static func python(_ name: String) -> Value {
        value("python " + name) { make(name: name, callee: .name(name), printed: "<built-in function \(name)>") }
    }

    /// A numpy function (or Backprop's own helper): numpy prints an element-wise one as
    /// `<ufunc 'tanh'>`, any other as a function.
    static func numpy(_ function: BuiltinFunction, path: String, hadPrefix: Bool) -> Value {
        let name = String(path.split(separator: ".").last ?? Substring(path))
        let isUfunc = ufuncNames.contains(function.name)
        let printed = isUfunc ? "<ufunc '\(name)'>" : nil
        // `np.tanh` and a bare `tanh` are one function; `np.sigmoid` (an error when called) is not `sigmoid`.
        let key = function.isNumpy ? "numpy " + function.name : "numpy \(hadPrefix) " + path
        return value(key) { make(name: name, callee: .function(path: path, hadPrefix: hadPrefix), printed: printed, type: isUfunc ? .ufunc : .function) }
    }

    /// A method of a list, dict or str taken as a value (`key=d.get`, `up = s.upper`), as Python's
    /// bound method: a function whose body calls the method on the object it was taken from
    /// (`def get(*args, **kwargs): return __self__.get(*args, **kwargs)`, with `__self__` held in
    /// the frame the function encloses). It prints as CPython's does, with the object's address
    /// where the object has one (a str is a value here, so its method prints without one).
    static func boundMethod(_ name: String, of receiver: Value, typeName: String, identity: UserFunction.BoundMethod.Receiver) -> Value {
        let receiverName = "__self__"
        let selfScope = FunctionScope(FunctionDefinition(
            name: "<bound method>", nameSpan: SourceSpan(0, 0),
            parameters: [FunctionParameter(name: receiverName, span: SourceSpan(0, 0))],
            body: [], header: SourceSpan(0, 0), docstring: nil))
        let frame = LocalVariables(scope: selfScope, enclosing: nil)
        frame[receiverName] = receiver
        var at = ""
        if case let .object(address) = identity { at = " at 0x" + String(UInt(bitPattern: address), radix: 16) }
        let function = make(name: name, callee: .attribute(Expression(.name(receiverName), SourceSpan(0, 0)), name: name),
                            printed: "<built-in method \(name) of \(typeName) object\(at)>", enclosing: frame,
                            boundMethod: .init(name: name, receiver: identity))
        return .function(function)
    }

    /// numpy's ufuncs among the functions Backprop has (what `type(np.tanh)` calls numpy.ufunc).
    static let ufuncNames: Set<String> = [
        "exp", "log", "log2", "log10", "log1p", "expm1", "sqrt", "square", "abs", "absolute", "fabs", "sign",
        "tanh", "sinh", "cosh", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "floor", "ceil", "rint", "trunc",
        "negative", "positive", "reciprocal", "isnan", "isinf", "isfinite", "logical_not",
        "add", "subtract", "multiply", "divide", "true_divide", "floor_divide", "power", "mod", "remainder",
        "maximum", "minimum", "fmax", "fmin", "greater", "greater_equal", "less", "less_equal", "equal", "not_equal",
        "logical_and", "logical_or", "logical_xor", "arctan2", "hypot",
    ]
}
