/// The learner's functions: `def` makes one (its defaults evaluated then, as in Python), a call
/// binds the arguments in a new frame and runs the body in the source it was written in, and an
/// error inside becomes a traceback entry at each call it passes through.
extension Evaluator {
    /// Python's recursion limit. Backprop also stops when the thread's stack runs low (see StackGuard).
    static let maximumCallDepth = 1000

    mutating func define(_ definition: FunctionDefinition) throws(Diagnostic) {
        var defaults: [String: Value] = [:]
        for parameter in definition.parameters {
            if let expression = parameter.defaultValue { defaults[parameter.name] = try evaluate(expression) }
        }
        let function = UserFunction(definition: definition, source: source, defaults: defaults, enclosing: locals)
        bindAnnounced(definition.name, .function(function), span: definition.nameSpan, statementSpan: definition.header)
    }

    /// `lambda x: x + 1` is a function whose body returns the expression.
    mutating func makeLambda(_ parameters: [FunctionParameter], _ body: Expression, whole: Expression) -> Value {
        let definition = FunctionDefinition(name: "<lambda>", nameSpan: whole.span, parameters: parameters,
                                            body: [Statement(kind: .returnValue(body), span: body.span)], header: whole.span, docstring: nil)
        var defaults: [String: Value] = [:]
        for parameter in parameters {
            if let expression = parameter.defaultValue, let value = try? evaluate(expression) { defaults[parameter.name] = value }
        }
        return .function(UserFunction(definition: definition, source: source, defaults: defaults, enclosing: locals))
    }

    /// Calls `function` with arguments already evaluated (positional, then keywords).
    mutating func call(_ function: UserFunction, positional: [Value], keywords: [(String, Value)], whole: Expression) throws(Diagnostic) -> Value {
        let frame = try bindArguments(function, positional: positional, keywords: keywords, whole: whole)
        if stackLimit == nil { stackLimit = StackGuard.limit() ?? 0 }
        guard calls.count < Evaluator.maximumCallDepth, StackGuard.currentAddress() > stackLimit ?? 0 else {
            throw Diagnostic.at(whole.span, "RecursionError: maximum recursion depth exceeded (\(calls.count) calls deep)",
                                notes: ["the innermost calls are \(calls.suffix(3).joined(separator: " → "))"],
                                hint: "a recursive function needs a case that returns without calling itself")
        }
        let callerSource = source, callerLocals = locals
        let callerName = calls.last ?? "<module>"
        source = function.source
        locals = frame
        calls.append(function.name)
        defer {
            source = callerSource
            locals = callerLocals
            calls.removeLast()
        }
        do {
            if case let .returned(value) = try execute(function.body) { return value }
            return .none
        } catch {
            var diagnostic = error
            if diagnostic.source == nil {
                diagnostic.source = function.source
                diagnostic.function = function.name
            }
            diagnostic.traceback.insert(TracebackEntry(source: callerSource, span: whole.span, function: callerName), at: 0)
            throw diagnostic
        }
    }

    /// Python's argument binding: positional, then by keyword, then defaults; `*args` and `**kwargs`.
    private func bindArguments(_ function: UserFunction, positional: [Value], keywords: [(String, Value)], whole: Expression) throws(Diagnostic) -> LocalVariables {
        let frame = LocalVariables(scope: function.scope, enclosing: function.enclosing)
        let named = function.namedParameters
        let byPosition = function.positionalParameters
        var usage: String { "usage: \(function.signature)" }
        var remaining = positional[...]
        for slot in function.positionalSlots {
            guard let value = remaining.popFirst() else { break }
            frame.slots[slot] = value
        }
        if let variadic = function.variadicParameter {
            frame[variadic.name] = .tuple(Array(remaining))
        } else if !remaining.isEmpty {
            throw Diagnostic.at(whole.span, "\(function.name)() takes \(byPosition.count) positional argument\(byPosition.count == 1 ? "" : "s") but \(positional.count) were given",
                                hint: usage)
        }
        let keywordVariadic = function.keywordVariadicParameter
        let extra = keywordVariadic == nil || keywords.isEmpty ? nil : PythonDictionary()
        for (name, value) in keywords {
            if let index = named.firstIndex(where: { $0.name == name }) {
                guard frame.slots[function.namedSlots[index]] == nil else {
                    throw Diagnostic.at(whole.span, "\(function.name)() got multiple values for argument '\(name)'", hint: usage)
                }
                frame.slots[function.namedSlots[index]] = value
            } else if let extra {
                try? extra.set(.string(name), value)
            } else {
                let suggestion = Spelling.closest(to: name, among: named.map(\.name))
                throw Diagnostic.at(whole.span, "\(function.name)() got an unexpected keyword argument '\(name)'",
                                    hint: suggestion.map { "did you mean \($0)=? \(usage)" } ?? usage)
            }
        }
        if let keywordVariadic { frame[keywordVariadic.name] = .dictionary(extra ?? PythonDictionary()) }
        var missing: [String] = []
        for (index, slot) in function.namedSlots.enumerated() where frame.slots[slot] == nil {
            if let value = function.namedDefaults[index] { frame.slots[slot] = value } else { missing.append(named[index].name) }
        }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }
            let joined = list.count == 1 ? list[0] : list.dropLast().joined(separator: ", ") + " and " + list[list.count - 1]
            throw Diagnostic.at(whole.span, "\(function.name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(joined)",
                                hint: usage)
        }
        return frame
    }
}
