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
        try run(function, in: try bindArguments(function, positional: positional, keywords: keywords, whole: whole), whole: whole)
    }

    /// Calls `function` with the arguments as written: evaluated straight into the new frame's
    /// slots when binding cannot fail (most calls), else evaluated, then bound with the messages.
    mutating func call(_ function: UserFunction, _ arguments: [Argument], whole: Expression) throws(Diagnostic) -> Value {
        guard Evaluator.bindsDirectly(function, arguments) else {
            let call = try evaluateUserCallArguments(arguments)
            return try self.call(function, positional: call.positional, keywords: call.keywords, whole: whole)
        }
        let frame = LocalVariables(scope: function.scope, enclosing: function.enclosing)
        var position = 0
        for argument in arguments {
            let slot: Int
            if let label = argument.label {
                slot = function.namedSlots[function.namedParameters.firstIndex { $0.name == label }!]
            } else {
                slot = function.positionalSlots[position]
                position += 1
            }
            frame.slots[slot] = try evaluate(argument.value)
        }
        try fillDefaults(of: function, in: frame, whole: whole)
        return try run(function, in: frame, whole: whole)
    }

    /// Whether each argument has its own parameter, known before any is evaluated: no `*xs` or
    /// `**d`, no more positional arguments than the function takes, each keyword a parameter
    /// not given already, and no `*args` or `**kwargs` to collect into.
    private static func bindsDirectly(_ function: UserFunction, _ arguments: [Argument]) -> Bool {
        guard function.variadicParameter == nil, function.keywordVariadicParameter == nil,
              arguments.count <= function.namedParameters.count, function.namedParameters.count <= 64 else { return false }
        var position = 0
        var given: UInt64 = 0
        for argument in arguments {
            if case .starred = argument.value.kind { return false }
            let index: Int
            if let label = argument.label {
                guard let found = function.namedParameters.firstIndex(where: { $0.name == label }) else { return false }
                index = found
                position = function.positionalParameters.count  // no positional argument after a keyword
            } else {
                guard position < function.positionalParameters.count else { return false }
                index = position  // the positional parameters come first among the named ones
                position += 1
            }
            guard given & (1 << index) == 0 else { return false }
            given |= 1 << index
        }
        return true
    }

    /// Runs `function`'s body in `frame`, its arguments bound.
    private mutating func run(_ function: UserFunction, in frame: LocalVariables, whole: Expression) throws(Diagnostic) -> Value {
        if stackLimit == nil { stackLimit = StackGuard.limit() ?? 0 }
        guard calls.count < Evaluator.maximumCallDepth, StackGuard.currentAddress() > stackLimit ?? 0 else {
            throw Diagnostic.at(whole.span, "RecursionError: maximum recursion depth exceeded (\(calls.count) calls deep)",
                                notes: ["the innermost calls are \(calls.suffix(3).joined(separator: " → "))"],
                                hint: "a recursive function needs a case that returns without calling itself")
        }
        let callerSource = source, callerLocals = locals
        let callerName = calls.last ?? "<module>"
        let callerIsBuiltin = runsBuiltinValue
        source = function.source
        locals = frame
        calls.append(function.name)
        runsBuiltinValue = function.builtin != nil
        defer {
            source = callerSource
            locals = callerLocals
            calls.removeLast()
            runsBuiltinValue = callerIsBuiltin
        }
        do {
            if case let .returned(value) = try execute(function.body) { return value }
            return .none
        } catch {
            var diagnostic = error
            if function.builtin != nil, diagnostic.source == nil {
                // A built-in used as a value failed: as in Python, at the call, with no frame of its own.
                diagnostic.span = whole.span
                throw diagnostic
            }
            if diagnostic.source == nil {
                diagnostic.source = function.source
                diagnostic.function = function.name
            }
            // A call made by a built-in used as a value (`sorted(xs, key=f)` through `s = sorted`)
            // has no line of the learner's to show: Python's traceback has no frame for it.
            if !callerIsBuiltin {
                diagnostic.traceback.insert(TracebackEntry(source: callerSource, span: whole.span, function: callerName), at: 0)
            }
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
            // CPython's words: "takes from 1 to 3 positional arguments but 4 were given".
            let required = byPosition.filter { $0.defaultValue == nil }.count
            let takes = required == byPosition.count ? "\(byPosition.count)" : "from \(required) to \(byPosition.count)"
            throw Diagnostic.at(whole.span, "\(function.name)() takes \(takes) positional argument\(takes == "1" ? "" : "s") but \(positional.count) \(positional.count == 1 ? "was" : "were") given",
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
        try fillDefaults(of: function, in: frame, whole: whole)
        return frame
    }

    /// The defaults of the parameters no argument was given for; Python's TypeError when one has none.
    private func fillDefaults(of function: UserFunction, in frame: LocalVariables, whole: Expression) throws(Diagnostic) {
        let named = function.namedParameters
        var missing: [String] = []
        for (index, slot) in function.namedSlots.enumerated() where frame.slots[slot] == nil {
            if let value = function.namedDefaults[index] { frame.slots[slot] = value } else { missing.append(named[index].name) }
        }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }
            let joined = list.count == 1 ? list[0] : list.dropLast().joined(separator: ", ") + " and " + list[list.count - 1]
            throw Diagnostic.at(whole.span, "\(function.name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(joined)",
                                hint: "usage: \(function.signature)")
        }
    }
}
