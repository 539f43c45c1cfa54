import MatrixEngine

/// The numpy calls a training loop runs most — `np.tanh(Z1)`, `np.multiply(A, B)`,
/// `np.dot(W1, X)` — through the function's quick form (see QuickForm), without a call context.
/// Only positional arguments go this way; when the quick form declines, the general call runs
/// with the values already evaluated (each argument is evaluated once).
extension Evaluator {
    mutating func quickCall(_ function: BuiltinFunction, _ arguments: [Argument], whole: Expression) throws(Diagnostic) -> Value? {
        guard let quick = function.quick, arguments.count == quick.argumentCount,
              arguments.allSatisfy(Evaluator.isPlainPositional) else { return nil }
        let first = try evaluate(arguments[0].value)
        let second = arguments.count == 2 ? try evaluate(arguments[1].value) : nil
        if let result = try quickResult(quick, function, first, second, whole: whole) { return result }
        var call = CallArguments()
        call.positional = [(first, arguments[0].value)]
        if let second { call.positional.append((second, arguments[1].value)) }
        return try invoke(function, call, whole: whole)
    }

    private func quickResult(_ quick: QuickForm, _ function: BuiltinFunction, _ first: Value, _ second: Value?,
                             whole: Expression) throws(Diagnostic) -> Value? {
        // A list is made an array by the general call's rules (or kept a sequence).
        guard let a = Evaluator.quickOperand(first) else { return nil }
        switch quick {
        case let .single(apply):
            try ensureRoom(for: a.storage.shape, what: function.displayName, span: whole.span)
            return apply(a)
        case let .pair(apply):
            guard let second, let b = Evaluator.quickOperand(second) else { return nil }
            try ensureRoom(for: a.count >= b.count ? a.storage.shape : b.storage.shape, what: function.displayName, span: whole.span)
            return apply(a, b)
        }
    }

    private static func isPlainPositional(_ argument: Argument) -> Bool {
        if case .starred = argument.value.kind { return false }
        return argument.label == nil
    }

    /// An argument as the function's body reads it (`CallContext.array`): an array, or a number as a 0-d array.
    private static func quickOperand(_ value: Value) -> NDArray? {
        switch value {
        case let .array(object): return object.value
        case .float, .integer, .boolean: return value.asArray
        default: return nil
        }
    }
}
