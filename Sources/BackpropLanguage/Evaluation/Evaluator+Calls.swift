import MatrixEngine

/// Function and method calls: `np.sum(dZ, axis=1, keepdims=True)`, `dZ.sum(axis=1)`, `X.reshape(2, -1)`.
extension Evaluator {
    /// Methods a matrix has; each is the function of the same name with the matrix as first argument.
    static let methodNames = ["sum", "mean", "max", "min", "argmax", "argmin", "reshape", "dot", "copy",
                              "transpose", "squeeze", "item", "flatten", "ravel", "clip", "round"]

    mutating func call(_ callee: Expression, _ arguments: [Argument], whole: Expression) throws(Diagnostic) -> Value {
        switch callee.kind {
        case let .function(path, hadPrefix):
            guard let function = functions.lookUp(path) else {
                throw functions.unsupported(path: path, hadPrefix: hadPrefix, span: callee.span)
            }
            return try invoke(function, typedName: text(of: callee), receiver: nil, arguments, whole: whole)
        case let .name(name):
            if let variable = environment[name] {
                throw Diagnostic.at(callee.span, "'\(name)' is \(variable.kindDescription), not a function",
                                    hint: variable.asMatrix != nil ? "to multiply, write \(name) * (...) or \(name) @ (...)" : nil)
            }
            guard let function = functions.lookUp(name) else {
                throw functions.unsupported(path: name, hadPrefix: false, span: callee.span)
            }
            return try invoke(function, typedName: name, receiver: nil, arguments, whole: whole)
        case let .attribute(receiverExpression, name):
            let receiver = try evaluate(receiverExpression)
            if name == "transpose" || name == "T" {
                return try attribute("T", of: receiver, receiver: receiverExpression, whole: whole)
            }
            if name == "flatten" || name == "ravel" {
                guard let m = receiver.asMatrix else { return receiver }
                warn(.at(whole.span, "numpy's \(name)() gives a rank-1 array of shape (\(m.count),); Backprop gives the row (1, \(m.count))"))
                return .matrix(try! m.reshaped(1, m.count))
            }
            if name == "astype" { return receiver }
            guard Evaluator.methodNames.contains(name), let function = functions.lookUp(name) else {
                return try attribute(name, of: receiver, receiver: receiverExpression, whole: whole)
            }
            let bound = BoundArgument(value: receiver, span: receiverExpression.span, text: text(of: receiverExpression))
            return try invoke(function, typedName: ".\(name)", receiver: bound, arguments, whole: whole)
        default:
            let value = try evaluate(callee)
            throw Diagnostic.at(callee.span, "\(text(of: callee)) is \(value.kindDescription), not a function")
        }
    }

    private mutating func invoke(_ function: BuiltinFunction, typedName: String, receiver: BoundArgument?,
                                 _ arguments: [Argument], whole: Expression) throws(Diagnostic) -> Value {
        var context = CallContext(function: function, callSpan: whole.span, arguments: [:], variadic: [],
                                  random: environment.random, printOptions: environment.printOptions)
        try bind(arguments, receiver: receiver, into: &context, whole: whole)
        // Binding evaluated the arguments, which may have drawn random numbers themselves.
        context.random = environment.random
        context.printOptions = environment.printOptions
        let result = try function.body(&context)
        environment.random = context.random
        environment.printOptions = context.printOptions
        for warning in context.warnings { warn(warning) }
        printed += context.printed
        return result
    }

    /// numpy's stacking functions take a list of arrays: `np.vstack([A, B])` means the tuple (A, B)
    /// there, not the Octave literal that would put A and B side by side.
    private mutating func evaluateArgument(_ expression: Expression, for function: BuiltinFunction) throws(Diagnostic) -> Value {
        if ["hstack", "vstack", "concatenate"].contains(function.name),
           case let .matrixLiteral(rows, _) = expression.kind, rows.count == 1 {
            var items: [Value] = []
            for element in rows[0] { items.append(try evaluate(element)) }
            return .tuple(items)
        }
        let value = try evaluate(expression)
        // np.array([1, 2, 3]) is rank-1 (3,) in numpy: a flat list, not a list of rows.
        if function.name == "array", case let .matrixLiteral(rows, isNestedList) = expression.kind,
           rows.count == 1, !isNestedList, case let .matrix(m) = value, m.rows == 1 {
            warn(.at(expression.span, "numpy makes a rank-1 array of shape (\(m.columns),) from a flat list; Backprop makes the row \(m.shape)",
                     hint: "write [[...]] for a row, or a list of one-element lists [[1], [2]] for a column"))
        }
        return value
    }

    /// Matches positional and keyword arguments to the function's parameters, as Python does.
    private mutating func bind(_ arguments: [Argument], receiver: BoundArgument?, into context: inout CallContext, whole: Expression) throws(Diagnostic) {
        let function = context.function
        let usage = "usage: \(function.signature)"
        var positional: [BoundArgument] = receiver.map { [$0] } ?? []
        var keywords: [(String, SourceSpan, BoundArgument)] = []
        for argument in arguments {
            let bound = BoundArgument(value: try evaluateArgument(argument.value, for: function), span: argument.value.span, text: text(of: argument.value))
            if let label = argument.label {
                keywords.append((label, argument.labelSpan ?? argument.value.span, bound))
            } else {
                guard keywords.isEmpty else {
                    throw Diagnostic.at(argument.value.span, "a positional argument cannot follow a keyword argument", hint: usage)
                }
                positional.append(bound)
            }
        }
        var parameterIndex = 0
        for argument in positional {
            guard parameterIndex < function.parameters.count else {
                let maximum = function.parameters.count - (receiver == nil ? 0 : 1)
                throw Diagnostic.at(argument.span, "\(function.displayName) takes at most \(maximum) positional argument\(maximum == 1 ? "" : "s") but more were given", hint: usage)
            }
            let parameter = function.parameters[parameterIndex]
            if parameter.isVariadic {
                context.variadic.append(argument)
            } else {
                context.arguments[parameter.name] = argument
                parameterIndex += 1
            }
        }
        for (label, span, argument) in keywords {
            guard let parameter = function.parameters.first(where: { $0.name == label && !$0.isVariadic }) else {
                let names = function.parameters.filter { !$0.isVariadic }.map(\.name)
                throw Diagnostic.at(span, "\(function.displayName) has no parameter '\(label)'",
                                    hint: Spelling.closest(to: label, among: names).map { "did you mean \($0)=...? \(usage)" } ?? usage)
            }
            guard context.arguments[parameter.name] == nil else {
                throw Diagnostic.at(span, "\(function.displayName) got two values for '\(label)'", hint: usage)
            }
            context.arguments[parameter.name] = argument
        }
        for parameter in function.parameters where !parameter.isVariadic && parameter.defaultValue == nil {
            guard context.arguments[parameter.name] != nil else {
                throw Diagnostic.at(whole.span, "\(function.displayName) is missing its argument '\(parameter.name)'", hint: usage)
            }
        }
    }
}
