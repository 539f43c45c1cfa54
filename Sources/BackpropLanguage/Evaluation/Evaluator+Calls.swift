import MatrixEngine

/// Function and method calls: `np.sum(dZ, axis=1, keepdims=True)`, `dZ.sum(axis=1)`, `X.reshape(2, -1)`.
extension Evaluator {
    /// Methods a matrix has; each is the function of the same name with the matrix as first argument.
    static let methodNames = ["sum", "mean", "max", "min", "argmax", "argmin", "reshape", "dot", "copy",
                              "transpose", "squeeze", "item", "flatten", "ravel", "clip", "round", "tolist", "any", "all",
                              "std", "var", "prod", "cumsum"]

    mutating func call(_ callee: Expression, _ arguments: [Argument], whole: Expression) throws(Diagnostic) -> Value {
        switch callee.kind {
        case let .function(path, hadPrefix):
            guard let function = functions.lookUp(path) else {
                // `np.float64(2.5)`: the dtypes are types, not functions (looked for second: the rarer call).
                if ["float64", "int64", "bool_", "double"].contains(path), let type = DTypeNames.dtype(named: path) {
                    return try numpyScalarConversion(to: type, path: path, arguments, whole: whole)
                }
                throw functions.unsupported(path: path, hadPrefix: hadPrefix, span: callee.span)
            }
            if hadPrefix && !function.isNumpy {
                throw Diagnostic.at(callee.span, "numpy has no \(path): \(path) is Backprop's own (the course's helper)",
                                    hint: "write \(path)(...) without np.")
            }
            if let product = try transposedOperandDot(function, arguments, whole: whole) { return product }
            if let result = try quickCall(function, arguments, whole: whole) { return result }
            return try invoke(function, receiver: nil, arguments, whole: whole)
        case let .name(name):
            if let variable = boundValue(of: callee) {
                if case let .function(function) = variable { return try self.call(function, arguments, whole: whole) }
                throw Diagnostic.at(callee.span, "'\(name)' is \(variable.kindDescription), not a function",
                                    hint: variable.asMatrix != nil ? "to multiply, write \(name) * (...) or \(name) @ (...)" : nil)
            }
            if PythonBuiltins.names.contains(name), let result = try callPythonBuiltin(name, arguments, whole: whole) { return result }
            guard let function = functions.lookUp(name) else {
                if let module = PythonModules.functionModule(name) {
                    throw Diagnostic.at(callee.span, "name '\(name)' is not defined", hint: "it is \(module).\(name): write \(module).\(name)(...)")
                }
                throw functions.unsupported(path: name, hadPrefix: false, span: callee.span)
            }
            if let product = try transposedOperandDot(function, arguments, whole: whole) { return product }
            if let result = try quickCall(function, arguments, whole: whole) { return result }
            return try invoke(function, receiver: nil, arguments, whole: whole)
        case let .attribute(receiverExpression, name):
            if case let .name(module) = receiverExpression.kind, receiverExpression.localSlot == nil,
               PythonModules.names.contains(module), boundValue(module) == nil {
                return try callModuleFunction(module, name, arguments, whole: whole, callee: callee)
            }
            let receiver = try evaluate(receiverExpression)
            if let result = try callPythonMethod(receiver, name, arguments, receiver: receiverExpression, whole: whole) { return result }
            if name == "T" || name == "shape" {
                let spelling = name == "T" ? "\(text(of: receiverExpression)).T" : "\(text(of: receiverExpression)).shape[\(arguments.first.map { text(of: $0.value) } ?? "0")]"
                throw Diagnostic.at(whole.span, ".\(name) is \(name == "T" ? "an attribute" : "a tuple"), not a method: it cannot be called",
                                    hint: "write \(spelling)")
            }
            if name == "transpose" {
                return try attribute("T", of: receiver, receiver: receiverExpression, whole: whole)
            }
            if name == "flatten" || name == "ravel" {
                guard let a = receiver.asArray else { return receiver }
                let columnMajor = try flatteningOrder(arguments, of: a, method: name, whole: whole)
                noteRankOne(whole.span, "\(name)() makes a rank-1 array of shape (\(a.count),)",
                            hint: "for a column write \(text(of: receiverExpression)).reshape(-1, 1)")
                if columnMajor {
                    let flat = try! a.transposed.reshaped([a.count]).contiguousCopy
                    // Column by column is a transposed view's memory order: ravel shares it, as numpy's does.
                    guard name == "ravel", a.isTransposedView, case let .array(object) = receiver else { return .array(flat) }
                    let (rows, columns) = (a.shape[0], a.shape[1])
                    let positions = (0..<a.count).map { k in (k % rows) * columns + k / rows }
                    return .array(ArrayView.selecting(flat, at: positions, of: object))
                }
                let flat = try! a.reshaped([a.count])
                guard name == "ravel", case let .array(object) = receiver else { return .array(flat) }
                return .array(ArrayView.reshaping(object, to: flat, sharing: .onlyWhenContiguous))
            }
            if name == "copy", arguments.isEmpty, case let .array(a) = receiver {
                // ndarray.copy() is in C order (np.copy keeps the memory order): a transposed
                // view's copy then sums row by row, as numpy's does.
                return .array(a.rank == 2 ? a.value.asView(transposedInMemory: false, strided: false) : a.contiguousCopy)
            }
            if name == "astype" {
                guard let a = receiver.asArray, arguments.count == 1 else {
                    throw Diagnostic.at(whole.span, "astype takes one dtype, like \(text(of: receiverExpression)).astype(float)")
                }
                // A dtype written as code, or a value holding one (`x.astype(k.dtype)`).
                var requested = try dtypeArgument(arguments[0].value)
                if requested == nil { requested = try evaluate(arguments[0].value) }
                let named: DType?
                switch requested {
                case let .string(typeName)?: named = DTypeNames.dtype(named: typeName)
                case let .dtype(type)?: named = type
                case let .type(type)?: named = type.dtype
                default: named = nil
                }
                guard let type = named else {
                    throw Diagnostic.at(arguments[0].value.span, "astype needs a dtype: float, int or bool (or np.float64, np.int64, np.bool_)")
                }
                if type == .int64, a.dtype == .float64, a.elements.contains(where: { !$0.isFinite }) {
                    throw Diagnostic.at(whole.span, "astype(int): nan and inf have no integer value (numpy gives -9223372036854775808 with 'invalid value encountered in cast')",
                                        hint: "replace them first, for example with np.where(np.isnan(x), 0, x)")
                }
                if type == .int64, a.dtype == .float64, a.elements.contains(where: { $0.magnitude >= 0x1p63 }) {
                    // Beyond int64, numpy's cast gives -2**63 and says so.
                    var note = Diagnostic.at(whole.span, "RuntimeWarning: invalid value encountered in cast",
                                             hint: "\(text(of: receiverExpression)) has an element beyond int64 (2**63 or more in magnitude)")
                    note.topic = "invalid value encountered in cast"
                    warn(note)
                }
                return try checkExactIntegers(.array(a.converted(to: type)), at: whole.span)
            }
            guard Evaluator.methodNames.contains(name), let function = functions.lookUp(name) else {
                // x.dtype.type(5): the attribute's value, called as Python calls it.
                let callee = try attribute(name, of: receiver, receiver: receiverExpression, whole: whole)
                return try callValue(callee, try evaluateCallArguments(arguments).positionalValues, whole: whole)
            }
            let bound = BoundArgument(value: receiver, span: receiverExpression.span, source: source)
            return try invoke(function, receiver: bound, arguments, whole: whole)
        default:
            let value = try evaluate(callee)
            if case .function = value {
                let call = try evaluateCallArguments(arguments)
                return try callValue(value, call.positionalValues, whole: whole)
            }
            throw Diagnostic.at(callee.span, "\(text(of: callee)) is \(value.kindDescription), not a function")
        }
    }

    private mutating func invoke(_ function: BuiltinFunction, receiver: BoundArgument?,
                                 _ arguments: [Argument], whole: Expression) throws(Diagnostic) -> Value {
        if Evaluator.bindsDirectly(function, hasReceiver: receiver != nil, arguments) {
            // The context is filled and run in place: returned from a function, or passed on to
            // be consumed, it was copied once more (with every reference in it) on each call.
            var context = newContext(for: function, whole: whole)
            try bindDirectly(function, receiver: receiver, arguments, into: &context, whole: whole)
            return try run(function, in: &context, whole: whole)
        }
        var evaluated: [LabeledArgument] = []
        evaluated.reserveCapacity(arguments.count)
        for argument in arguments {
            if case let .starred(inner) = argument.value.kind, argument.label == "**" {
                // `f(**kwargs)`: each entry a keyword argument.
                let spread = try evaluate(inner)
                guard case let .dictionary(d) = spread else {
                    throw Diagnostic.at(inner.span, "argument after ** must be a mapping, not \(spread.typeName)")
                }
                for (key, value) in d.pairs {
                    guard case let .string(name) = key else { throw Diagnostic.at(inner.span, "keywords must be strings") }
                    evaluated.append(LabeledArgument(label: name, labelSpan: inner.span, argument: BoundArgument(value: value, span: inner.span, source: source)))
                }
                continue
            }
            if case let .starred(inner) = argument.value.kind, argument.label == nil {
                for item in try iterate(try evaluate(inner), expression: inner) {
                    evaluated.append(LabeledArgument(label: nil, labelSpan: inner.span, argument: BoundArgument(value: try adaptList(item, for: function, at: inner), span: inner.span, source: source)))
                }
                continue
            }
            let value = try evaluateArgument(argument.value, label: argument.label, for: function)
            evaluated.append(LabeledArgument(label: argument.label, labelSpan: argument.labelSpan ?? argument.value.span,
                                             argument: BoundArgument(value: value, span: argument.value.span, source: source)))
        }
        return try invoke(function, receiver: receiver, evaluated, whole: whole)
    }

    /// `np.dot(dZ, A_prev.T)` and `np.dot(W.T, dZ)`, the course's spelling of the products with a
    /// transposed operand, as `@` computes them: the operand is read in place rather than copied
    /// (a 20 MB X.T every iteration of the L-layer model). The same bits. Nil for any other call;
    /// when the operands are not two matrices, the call goes on as usual with the values made here.
    mutating func transposedOperandDot(_ function: BuiltinFunction, _ arguments: [Argument], whole: Expression) throws(Diagnostic) -> Value? {
        guard function.isMatrixProduct, arguments.count == 2, arguments.allSatisfy({ $0.label == nil }) else { return nil }
        func transposeOperand(_ operand: Expression) -> Expression? {
            if case let .attribute(inner, name: "T") = operand.kind { return inner }
            return nil
        }
        let leftInner = transposeOperand(arguments[0].value), rightInner = transposeOperand(arguments[1].value)
        guard leftInner != nil || rightInner != nil else { return nil }
        let left = try evaluate(leftInner ?? arguments[0].value), right = try evaluate(rightInner ?? arguments[1].value)
        if case let .array(a) = left, case let .array(b) = right, a.rank == 2, b.rank == 2 {
            return try ArrayProduct.product(a.value, b.value, transposeLeft: leftInner != nil, transposeRight: rightInner != nil,
                                            lhsText: text(of: arguments[0].value), rhsText: text(of: arguments[1].value), span: whole.span)
        }
        var call = CallArguments()
        call.positional = [
            (leftInner == nil ? left : try attribute("T", of: left, receiver: leftInner!, whole: arguments[0].value), arguments[0].value),
            (rightInner == nil ? right : try attribute("T", of: right, receiver: rightInner!, whole: arguments[1].value), arguments[1].value),
        ]
        return try invoke(function, call, whole: whole)
    }

    /// A numpy function called with arguments already evaluated (Python's `abs` and `round` of an array).
    mutating func invoke(_ function: BuiltinFunction, _ call: CallArguments, whole: Expression) throws(Diagnostic) -> Value {
        var evaluated: [LabeledArgument] = []
        for (value, expression) in call.positional {
            evaluated.append(LabeledArgument(label: nil, labelSpan: expression.span,
                                             argument: BoundArgument(value: try adaptList(value, for: function, at: expression), span: expression.span, source: source)))
        }
        for (name, value, expression) in call.keywords {
            evaluated.append(LabeledArgument(label: name, labelSpan: expression.span, argument: BoundArgument(value: value, span: expression.span, source: source)))
        }
        return try invoke(function, receiver: nil, evaluated, whole: whole)
    }

    private mutating func invoke(_ function: BuiltinFunction, receiver: BoundArgument?,
                                 _ evaluated: [LabeledArgument], whole: Expression) throws(Diagnostic) -> Value {
        var context = newContext(for: function, whole: whole)
        try bind(evaluated, receiver: receiver, into: &context, whole: whole)
        return try run(function, in: &context, whole: whole)
    }

    private func newContext(for function: BuiltinFunction, whole: Expression) -> CallContext {
        CallContext(function: function, callSpan: whole.span, arguments: Array(unassigned: function.parameters.count), variadic: [],
                    random: environment.random, printOptions: environment.printOptions)
    }

    /// Whether a call's arguments can go straight into their parameters' places as they are
    /// evaluated (most calls: a few positional arguments, then keywords the function has, each
    /// once); anything else is bound by `bind`, which has the messages.
    private static func bindsDirectly(_ function: BuiltinFunction, hasReceiver: Bool, _ arguments: [Argument]) -> Bool {
        let parameters = function.parameters
        var position = hasReceiver ? 1 : 0
        var given: UInt64 = hasReceiver ? 1 : 0
        guard parameters.count <= 64 else { return false }
        for argument in arguments {
            if case .starred = argument.value.kind { return false }
            let index: Int
            if let label = argument.label {
                guard let found = parameters.firstIndex(where: { $0.name == label }) else { return false }
                index = found
                position = parameters.count  // no positional argument after a keyword
            } else {
                guard position < parameters.count else { return false }
                index = position
                position += 1
            }
            guard !parameters[index].isVariadic, given & (1 << index) == 0 else { return false }
            given |= 1 << index
        }
        return true
    }

    /// Evaluates each argument into its parameter's place in `context` (see `bindsDirectly`).
    private mutating func bindDirectly(_ function: BuiltinFunction, receiver: BoundArgument?, _ arguments: [Argument],
                                       into context: inout CallContext, whole: Expression) throws(Diagnostic) {
        var position = 0
        if let receiver {
            context.isMethodCall = true
            context.arguments[0] = receiver
            position = 1
        }
        for argument in arguments {
            let index: Int
            if let label = argument.label {
                index = function.parameters.firstIndex { $0.name == label }!
            } else {
                index = position
                position += 1
            }
            let value = try evaluateArgument(argument.value, label: argument.label, for: function)
            context.arguments[index] = BoundArgument(value: value, span: argument.value.span, source: source)
        }
        try Evaluator.checkRequiredArguments(in: context, whole: whole)
    }

    private mutating func run(_ function: BuiltinFunction, in context: inout CallContext, whole: Expression) throws(Diagnostic) -> Value {
        if !function.producesSmallResult, let largest = context.largestMatrixShape {
            // Most functions make a matrix the size of their largest argument (or copy it).
            try ensureRoom(for: largest, what: function.displayName, span: whole.span)
        }
        let computed: Value
        if function.movesElements {
            // The call as it was, for the second run on tags (a draw must draw the same numbers).
            let before = context
            computed = try ExactIntegerMoves.carry(try function.body(&context), of: function, in: before)
        } else {
            computed = try function.body(&context)
        }
        let result = try checkExactIntegers(computed, at: whole.span)
        if function.changesSessionState {
            environment.random = context.random
            environment.printOptions = context.printOptions
        }
        for warning in context.warnings { warn(warning) }
        if !context.printed.isEmpty { printed += context.printed }
        return result
    }

    /// flatten's and ravel's `order`: whether the elements are read column by column ('F', or 'A'
    /// and 'K' for an array in that order in memory, such as a `.T`) rather than row by row ('C').
    private mutating func flatteningOrder(_ arguments: [Argument], of a: NDArray, method: String, whole: Expression) throws(Diagnostic) -> Bool {
        guard let argument = arguments.first else { return false }
        guard arguments.count == 1, argument.label == nil || argument.label == "order" else {
            throw Diagnostic.at(whole.span, "\(method)() takes one argument, the order: 'C' (row by row) or 'F' (column by column)")
        }
        switch try evaluate(argument.value) {
        case .string("C"): return false
        case .string("F"): return a.rank == 2
        case .string("A"), .string("K"): return a.rank == 2 && a.isTransposedView
        default:
            throw Diagnostic.at(argument.value.span, "order must be one of 'C', 'F', 'A', or 'K' (got \(text(of: argument.value)))")
        }
    }

    /// `np.float64(2.5)`, `np.int64(x)`: a numpy scalar of that dtype (an array stays an array, converted).
    private mutating func numpyScalarConversion(to type: DType, path: String, _ arguments: [Argument], whole: Expression) throws(Diagnostic) -> Value {
        let call = try evaluateCallArguments(arguments)
        guard call.keywords.isEmpty else { throw Diagnostic.at(whole.span, "np.\(path) takes one value, like np.\(path)(2.5)") }
        return try numpyScalar(type, path: path, of: call.positionalValues, whole: whole)
    }

    /// `np.float64(x)`, `np.int64(x)`, `np.bool_(x)`, however the type was reached (`x.dtype.type(5)`).
    func numpyScalar(_ type: DType, path: String, of arguments: [Value], whole: Expression) throws(Diagnostic) -> Value {
        guard arguments.count <= 1 else { throw Diagnostic.at(whole.span, "np.\(path) takes one value, like np.\(path)(2.5)") }
        guard let value = arguments.first else { return Value.wrapping(.scalar(0, dtype: type)) }
        let array: NDArray
        if case let .bigInteger(big) = value {
            // Beyond int64: numpy converts it to a float, and refuses it as an integer.
            guard type == .float64, let x = try? PythonFormatter.floatValue(of: big) else {
                throw Diagnostic.at(whole.span, "OverflowError: Python int too large to convert to C long",
                                    hint: "np.int64 holds -2**63 to 2**63 - 1; use np.float64 for a number this large")
            }
            array = .scalar(x)
        } else if case let .string(text) = value, let x = Double(text) { array = .scalar(x) } else if let a = value.asArray { array = a } else {
            throw Diagnostic.at(whole.span, "np.\(path)() argument must be a number or an array, not '\(value.typeName)'")
        }
        if type == .int64, array.dtype == .float64, array.elements.contains(where: { !$0.isFinite }) {
            throw Diagnostic.at(whole.span, "cannot convert float NaN or infinity to integer")
        }
        let isNDArray: Bool
        if case let .array(a) = value { isNDArray = !a.isNumpyScalar } else { isNDArray = false }
        if type == .int64, array.dtype == .float64, array.rank == 0, !isNDArray, !(-0x1p63..<0x1p63).contains(array.elements[0]) {
            // A number beyond int64 is Python's OverflowError (an array's elements are cast, with numpy's warning).
            throw Diagnostic.at(whole.span, "OverflowError: Python int too large to convert to C long",
                                hint: "np.int64 holds -2**63 to 2**63 - 1; keep a number this large a float")
        }
        return try checkExactIntegers(Value.wrapping(array.converted(to: type)), at: whole.span)
    }

    /// Functions whose result is small whatever their arguments (no matrix-sized allocation).
    static let reducingFunctions: Set<String> = ["sum", "mean", "max", "min", "argmax", "argmin", "shape", "size", "len", "item",
                                                 "allclose", "any", "all", "linalg.norm", "random.seed", "std", "var", "prod",
                                                 "count_nonzero", "array_equal"]

    /// Throws a diagnostic when a matrix of `shape` could not be allocated now, before the
    /// allocation that would abort the process.
    func ensureRoom(for shape: Shape, what: @autoclosure () -> String, span: SourceSpan) throws(Diagnostic) {
        // Small matrices are never checked (see MemoryBudget): their message is not even written.
        let (count, overflow) = shape.rows.multipliedReportingOverflow(by: shape.columns)
        if !overflow, count < MemoryBudget.checkedBytes / MemoryLayout<Double>.stride { return }
        do {
            try Matrix.checkRoom(for: shape, operation: what())
        } catch {
            throw Diagnostic.at(span, "\(what()): \(error.detail)", hint: Diagnostic.memoryHint)
        }
    }

    /// numpy's stacking functions take a list of arrays: `np.vstack([A, B])` means the tuple (A, B)
    /// there, not the Octave literal that would put A and B side by side. np.array and np.asarray
    /// read a list as numpy does (a flat list is rank-1).
    private mutating func evaluateArgument(_ expression: Expression, label: String?, for function: BuiltinFunction) throws(Diagnostic) -> Value {
        if label == "dtype", let type = try dtypeArgument(expression) { return type }
        // np.zeros(4, int): a positional dtype, written as Python's type.
        if label == nil, case let .name(name) = expression.kind, expression.localSlot == nil, let type = DTypeNames.dtype(named: name), boundValue(name) == nil,
           function.parameters.contains(where: { $0.name == "dtype" }) {
            return .string(type.rawValue)
        }
        if label == nil, function.readsListsAsArrays {
            return try numpyArray(from: expression)
        }
        return try adaptList(try evaluate(expression), for: function, at: expression)
    }

    /// A Python list where a numpy function takes it: the stacking functions and `random.seed`
    /// take a sequence (Backprop's tuple); anything else takes an array_like, which numpy makes
    /// into an array (`np.sum([1, 2])`, `np.dot(W, [1, 2])`).
    private mutating func adaptList(_ value: consuming Value, for function: BuiltinFunction, at expression: Expression) throws(Diagnostic) -> Value {
        guard case let .list(list) = value else { return value }
        if ["hstack", "vstack", "concatenate", "random.seed", "column_stack", "stack"].contains(function.name) { return .tuple(list.items) }
        return try numpyArray(fromValue: value, at: expression)
    }

    /// A dtype written as code: `float`, `int`, `bool`, `np.float64`, `"int64"`. Nil when the
    /// expression is not one of these spellings (it is then evaluated as usual).
    mutating func dtypeArgument(_ expression: Expression) throws(Diagnostic) -> Value? {
        switch expression.kind {
        case let .name(name) where boundValue(name) == nil && DTypeNames.dtype(named: name) != nil:
            return .string(DTypeNames.dtype(named: name)!.rawValue)
        case let .function(path, _):
            guard let type = DTypeNames.dtype(named: path) else {
                throw Diagnostic.at(expression.span, "Backprop has the dtypes float64, int64 and bool, not np.\(path)")
            }
            return .string(type.rawValue)
        case .string:
            return try evaluate(expression)
        default:
            return nil
        }
    }

    /// Matches positional and keyword arguments to the function's parameters, as Python does:
    /// each lands in its parameter's place (no dictionary: most calls are a few positional arguments).
    private mutating func bind(_ arguments: [LabeledArgument], receiver: BoundArgument?,
                               into context: inout CallContext, whole: Expression) throws(Diagnostic) {
        let function = context.function
        let parameters = function.parameters
        context.isMethodCall = receiver != nil
        var usage: String { "usage: \(function.signature)" }  // for messages only
        var seenKeyword = false
        for argument in arguments {
            if argument.label != nil { seenKeyword = true } else if seenKeyword {
                throw Diagnostic.at(argument.argument.span, "a positional argument cannot follow a keyword argument", hint: usage)
            }
        }
        var parameterIndex = 0
        func bindPositional(_ argument: BoundArgument, context: inout CallContext) throws(Diagnostic) {
            guard parameterIndex < parameters.count else {
                let maximum = parameters.count - (receiver == nil ? 0 : 1)
                throw Diagnostic.at(argument.span, "\(function.displayName) takes at most \(maximum) positional argument\(maximum == 1 ? "" : "s") but more were given", hint: usage)
            }
            if parameters[parameterIndex].isVariadic {
                context.variadic.append(argument)
            } else {
                context.arguments[parameterIndex] = argument
                parameterIndex += 1
            }
        }
        if let receiver { try bindPositional(receiver, context: &context) }
        // By index: each argument is copied once, into its place.
        for position in arguments.indices where arguments[position].label == nil {
            try bindPositional(arguments[position].argument, context: &context)
        }
        for position in arguments.indices {
            guard let label = arguments[position].label else { continue }
            let span = arguments[position].labelSpan
            guard let index = parameters.firstIndex(where: { $0.name == label && !$0.isVariadic }) else {
                let names = parameters.filter { !$0.isVariadic }.map(\.name)
                throw Diagnostic.at(span, "\(function.displayName) has no parameter '\(label)'",
                                    hint: Spelling.closest(to: label, among: names).map { "did you mean \($0)=...? \(usage)" } ?? usage)
            }
            guard context.arguments[index] == nil else {
                throw Diagnostic.at(span, "\(function.displayName) got two values for '\(label)'", hint: usage)
            }
            context.arguments[index] = arguments[position].argument
        }
        try Evaluator.checkRequiredArguments(in: context, whole: whole)
    }

    private static func checkRequiredArguments(in context: CallContext, whole: Expression) throws(Diagnostic) {
        let function = context.function
        for (index, parameter) in function.parameters.enumerated() where !parameter.isVariadic && parameter.defaultValue == nil {
            guard context.arguments[index] != nil else {
                throw Diagnostic.at(whole.span, "\(function.displayName) is missing its argument '\(parameter.name)'",
                                    hint: "usage: \(function.signature)")
            }
        }
    }
}
