import Foundation
import MatrixEngine
import NeuralNetwork

/// The most likely mistake behind a wrong output: a planted mistake of the catalogue that gives
/// exactly the learner's output on the same inputs, else a relation between the two values that
/// a known mistake leaves (a factor of m, a transpose, a rank-1 array), else nothing.
struct MistakeDiagnosis: Equatable {
    /// The catalogue's name for it, when it is one of the known mistakes.
    var kind: BugKind?
    /// What the learner's function does, in the course's terms.
    var explanation: String

    static func find(for difference: ValueDifference, entry: CheckedFunction, caseEnvironment: Environment, arguments: [Value],
                     actual: Value, learnerFunction: Value?, functions: FunctionRegistry,
                     run: (Environment, [Value]) -> FunctionCheck.CallResult) -> MistakeDiagnosis? {
        let outputs = plantedOutputs(entry, caseEnvironment: caseEnvironment, arguments: arguments, functions: functions, run: run)
        // A planted mistake that gives the learner's whole output, else one that gives the same
        // wrong value where the learner's first goes wrong (the `+` slipped into one line of two).
        for (mistake, result) in outputs {
            if case let .returned(value, _) = result, ValueDifference.between(expected: value, actual: actual) == nil {
                return MistakeDiagnosis(kind: mistake.kind, explanation: mistake.why)
            }
        }
        for (mistake, result) in outputs {
            guard case let .returned(value, _) = result, let planted = ValueDifference.part(of: value, at: difference.path) else { continue }
            if ValueDifference.between(expected: planted, actual: difference.actual) == nil,
               ValueDifference.between(expected: difference.expected, actual: planted) != nil {
                return MistakeDiagnosis(kind: mistake.kind, explanation: mistake.why)
            }
        }
        if let relation = relation(difference, name: entry.outputName(difference.path), code: entry.writtenName(difference.path), arguments: arguments) {
            return relation
        }
        if let seed = entry.seed, case .element = difference.kind, let call = seedCall(in: learnerFunction) {
            return seedDiagnosis(call, course: seed)
        }
        return nil
    }

    /// The planted mistake that raises the learner's very error (a cache unpacked in the wrong
    /// order fails inside sigmoid_backward), if one does.
    static func find(forError error: Diagnostic, entry: CheckedFunction, caseEnvironment: Environment, arguments: [Value],
                     functions: FunctionRegistry, run: (Environment, [Value]) -> FunctionCheck.CallResult) -> MistakeDiagnosis? {
        for (mistake, result) in plantedOutputs(entry, caseEnvironment: caseEnvironment, arguments: arguments, functions: functions, run: run) {
            if case let .raised(planted, nil) = result, planted.message == error.message {
                return MistakeDiagnosis(kind: mistake.kind, explanation: mistake.why)
            }
        }
        return nil
    }

    /// What each planted mistake of `entry` gives on the case's inputs.
    private static func plantedOutputs(_ entry: CheckedFunction, caseEnvironment: Environment, arguments: [Value], functions: FunctionRegistry,
                                       run: (Environment, [Value]) -> FunctionCheck.CallResult) -> [(PlantedMistake, FunctionCheck.CallResult)] {
        entry.mistakes.compactMap { mistake in
            var session = Session(commands: [], functions: functions)
            session.environment = caseEnvironment
            session.echoesValues = false
            guard let definition = mistake.definition(from: entry.reference),
                  !session.execute(SourceText(definition, name: "<mistake>"), allowingCommands: false).failed else { return nil }
            return (mistake, run(session.environment, arguments))
        }
    }

    /// Numbers the course never drew, from the learner's `np.random.seed` call ("" for none) and the course's.
    static func seedDiagnosis(_ call: String, course: CourseSeed) -> MistakeDiagnosis? {
        switch course {
        case let .inside(seed):
            guard call != "np.random.seed(\(seed))" else { return nil }
            return MistakeDiagnosis(kind: .unseededParameters,
                                    explanation: call.isEmpty ? "your function draws without np.random.seed(\(seed)), so its numbers are not the notebook's"
                                                              : "your function calls \(call); the course seeds with np.random.seed(\(seed))")
        case let .byTheCaller(seed):
            guard !call.isEmpty, call != "np.random.seed(\(seed))" else { return nil }
            return MistakeDiagnosis(kind: .unseededParameters,
                                    explanation: "your function calls \(call); the course's has no seed of its own and draws from np.random.seed(\(seed)), which the notebook calls before it")
        }
    }

    /// What the values themselves say: a wrong shape that is a known slip, or every element off by the same factor.
    /// `name` is how the report names the output (`db of layer 2 (grads["db2"])`), `code` how code reaches it (`grads["db2"]`).
    static func relation(_ difference: ValueDifference, name: String, code: String, arguments: [Value]) -> MistakeDiagnosis? {
        guard let expected = ValueDifference.numericArray(difference.expected), let actual = ValueDifference.numericArray(difference.actual) else {
            return nil
        }
        let key = lastKey(difference.path) ?? name
        switch difference.kind {
        case .shape:
            if actual.rank == 1, expected.rank == 2, expected.shape == [actual.shape[0], 1], sameElements(actual, expected) {
                // A summed gradient lost its axis; anything else was made flat (np.zeros(dim) for np.zeros((dim, 1))).
                let summed = key.hasPrefix("d")
                let making = summed ? "np.sum(…, axis=1, keepdims=True)" : "make it with the shape \(expected.shapeDescription)"
                return MistakeDiagnosis(kind: key.hasPrefix("db") || key.hasPrefix("b") ? .missingKeepdims : nil,
                                        explanation: "\(name) is a rank-1 array \(actual.shapeDescription) with the right numbers; the course keeps it a column \(expected.shapeDescription) (\(making), or .reshape(\(expected.shape[0]), 1))")
            }
            if expected.rank == 2, actual.rank == 2, actual.shape == expected.shape.reversed(), sameElements(actual, expected.transposed) {
                return MistakeDiagnosis(kind: .wrongOrder,
                                        explanation: "\(name) is the transpose of the expected: \(actual.shapeDescription) where \(expected.shapeDescription) belongs; swap the product's operands and transposes (the result's rows come from the left operand)")
            }
            if expected.count == 1, actual.count == 1, Tolerance.sameAnswer.accepts(actual.elements[0], expected.elements[0]) {
                if expected.rank == 0 {
                    return MistakeDiagnosis(kind: nil,
                                            explanation: "the number is right, but \(name) has shape \(actual.shapeDescription) where the course returns a number: np.squeeze(\(code)) makes it so")
                }
                // The sum lost its axes: np.sum(dZ2) for np.sum(dZ2, axis=1, keepdims=True).
                return MistakeDiagnosis(kind: key.hasPrefix("d") || key.hasPrefix("b") ? .missingKeepdims : nil,
                                        explanation: "the number is right, but \(name) has shape \(actual.shapeDescription) where the course keeps \(expected.shapeDescription), the shape of what it updates: np.sum(…, axis=1, keepdims=True)")
            }
            return nil
        case .element, .value:
            guard let factor = commonFactor(actual: actual.elements, expected: expected.elements) else { return nil }
            let examples = exampleCounts(arguments)
            if factor == -1 {
                return MistakeDiagnosis(kind: .flippedSign, explanation: "every element of \(name) has the wrong sign: look for a missing minus (J = −(1/m) Σ …) or a subtraction the wrong way round")
            }
            if let m = examples.first(where: { Tolerance.sameAnswer.accepts(factor, Double($0)) }), m > 1 {
                return MistakeDiagnosis(kind: .missingOneOverM, explanation: "every element of \(name) is m = \(m) times the expected: the 1/m average is missing")
            }
            if let m = examples.first(where: { Tolerance.sameAnswer.accepts(factor * Double($0), 1) }), m > 1 {
                return MistakeDiagnosis(kind: nil, explanation: "every element of \(name) is 1/m = 1/\(m) of the expected: it is divided by m twice")
            }
            // Any two numbers have a ratio: only a factor shared by many elements says something.
            guard expected.count > 1 else { return nil }
            return MistakeDiagnosis(kind: nil, explanation: "every element of \(name) is \(String(format: "%.8g", factor)) times the expected")
        default:
            return nil
        }
    }

    /// The one factor k with actual = k · expected everywhere (zeros matching zeros), if there is one besides 1.
    static func commonFactor(actual: [Double], expected: [Double]) -> Double? {
        guard actual.count == expected.count, let pivot = expected.indices.first(where: { expected[$0] != 0 }) else { return nil }
        let factor = actual[pivot] / expected[pivot]
        guard factor.isFinite, factor != 0, !Tolerance.sameAnswer.accepts(factor, 1) else { return nil }
        let consistent = zip(actual, expected).allSatisfy { a, e in Tolerance(absolute: 1e-12, relative: 1e-7).accepts(a, factor * e) }
        return consistent ? factor : nil
    }

    /// The column counts of the arrays among the arguments, caches included: the candidates for m.
    static func exampleCounts(_ arguments: [Value]) -> [Int] {
        var counts: [Int] = []
        func visit(_ value: Value) {
            switch value {
            case let .array(a) where a.rank == 2: if !counts.contains(a.shape[1]) { counts.append(a.shape[1]) }
            case let .tuple(items): items.forEach(visit)
            case let .list(list): list.items.forEach(visit)
            case let .dictionary(d): d.values.forEach(visit)
            default: break
            }
        }
        arguments.forEach(visit)
        return counts
    }

    private static func sameElements(_ a: NDArray, _ b: NDArray) -> Bool {
        a.count == b.count && Tolerance.sameAnswer.firstDisagreement(a.elements, b.elements) == nil
    }

    /// `dW2` for the path `["dW2"]`.
    private static func lastKey(_ path: [ValueDifference.PathStep]) -> String? {
        if case let .key(key)? = path.last { return key }
        return nil
    }

    /// The `np.random.seed(…)` call in the function's text: "" when it has none, nil when the function is not the learner's.
    private static func seedCall(in function: Value?) -> String? {
        guard case let .function(function)? = function, let text = function.definitionText else { return nil }
        guard let range = text.range(of: "np.random.seed(") else { return "" }
        return String(text[range.lowerBound...].prefix { $0 != ")" }) + ")"
    }
}

extension UserFunction {
    /// The `def` as the learner wrote it, header to last line.
    var definitionText: String? {
        let start = definition.header.start
        let end = definition.body.last?.span.end ?? definition.header.end
        let characters = source.characters
        guard start < end, end <= characters.count else { return nil }
        return String(characters[start..<end])
    }

    /// The course functions of `names` this one calls by name (`linear_backward(` in its text).
    func calls(among names: [String]) -> [String] {
        guard let text = definitionText else { return [] }
        return names.filter { $0 != name && text.contains($0 + "(") }
    }
}
