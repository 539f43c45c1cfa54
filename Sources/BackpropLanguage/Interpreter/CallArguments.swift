/// A call's arguments after evaluation: positional values (with `*xs` spread) and keywords (with
/// `**d` spread), each with the expression it came from, for messages.
struct CallArguments {
    var positional: [(value: Value, expression: Expression)] = []
    var keywords: [(name: String, value: Value, expression: Expression)] = []

    var positionalValues: [Value] { positional.map(\.value) }

    func keyword(_ name: String) -> Value? { keywords.first { $0.name == name }?.value }

    func hasKeyword(_ name: String) -> Bool { keywords.contains { $0.name == name } }
}

extension Evaluator {
    mutating func evaluateCallArguments(_ arguments: [Argument]) throws(Diagnostic) -> CallArguments {
        var result = CallArguments()
        for argument in arguments {
            if case let .starred(inner) = argument.value.kind {
                let spread = try evaluate(inner)
                if argument.label == "**" {
                    guard case let .dictionary(d) = spread else {
                        throw Diagnostic.at(inner.span, "argument after ** must be a mapping, not \(spread.typeName)")
                    }
                    for (key, value) in d.pairs {
                        guard case let .string(name) = key else { throw Diagnostic.at(inner.span, "keywords must be strings") }
                        result.keywords.append((name, value, inner))
                    }
                } else {
                    for item in try iterate(spread, expression: inner) { result.positional.append((item, inner)) }
                }
            } else if let label = argument.label {
                if result.keywords.contains(where: { $0.name == label }) {
                    throw Diagnostic.at(argument.labelSpan ?? argument.value.span, "keyword argument repeated: \(label)")
                }
                result.keywords.append((label, try evaluate(argument.value), argument.value))
            } else {
                guard result.keywords.isEmpty else {
                    throw Diagnostic.at(argument.value.span, "positional argument follows keyword argument")
                }
                result.positional.append((try evaluate(argument.value), argument.value))
            }
        }
        return result
    }

    /// The arguments of a call to a learner's function, as `call(_:positional:keywords:whole:)`
    /// takes them: the same values, in the same order and with the same errors, as
    /// `evaluateCallArguments`, without the expressions kept for messages when nothing is spread.
    mutating func evaluateUserCallArguments(_ arguments: [Argument]) throws(Diagnostic) -> (positional: [Value], keywords: [(String, Value)]) {
        if arguments.contains(where: { if case .starred = $0.value.kind { return true } else { return false } }) {
            let call = try evaluateCallArguments(arguments)
            return (call.positionalValues, call.keywords.map { ($0.name, $0.value) })
        }
        var positional: [Value] = []
        positional.reserveCapacity(arguments.count)
        var keywords: [(String, Value)] = []
        for argument in arguments {
            if let label = argument.label {
                if keywords.contains(where: { $0.0 == label }) {
                    throw Diagnostic.at(argument.labelSpan ?? argument.value.span, "keyword argument repeated: \(label)")
                }
                keywords.append((label, try evaluate(argument.value)))
            } else {
                guard keywords.isEmpty else {
                    throw Diagnostic.at(argument.value.span, "positional argument follows keyword argument")
                }
                positional.append(try evaluate(argument.value))
            }
        }
        return (positional, keywords)
    }
}
