import MatrixEngine
import NeuralNetwork

/// `use mine`: after each step the stepper takes (a layer forward, the cost, a layer backward,
/// the update), the learner's own course function for that step runs on the same inputs, and
/// its result is compared with the stepper's. The network always keeps the stepper's numbers;
/// at the first step where the learner's differ, the step is undone and both values are shown.
enum LearnerStepping {
    /// The course's functions the stepper can call, by the step they do.
    static let forwardFunction = "linear_activation_forward"
    static let costFunction = "compute_cost"
    static let backwardFunction = "linear_activation_backward"
    static let updateFunction = "update_parameters"
    static let functionNames = [forwardFunction, costFunction, backwardFunction, updateFunction]

    /// Which of them the learner has defined, in step order.
    static func definedFunctions(in environment: Environment) -> [String] {
        functionNames.filter { if case .function = environment[$0] { true } else { false } }
    }

    /// What comparing one step found: the lines to show, and whether the step must be undone.
    struct Comparison {
        var outputs: [Output] = []
        var diverged = false
        /// Ctrl-C stopped the learner's function: the step is undone, and nothing is wrong with it.
        var interrupted = false
    }

    /// Compares the step that took the network from `before` to `after` with the learner's function for it.
    static func compare(before: Network, after: Network, environment: Environment, functions: FunctionRegistry,
                        interruptRequested: @escaping @Sendable () -> Bool) -> Comparison {
        guard environment.usesLearnerFunctions else { return Comparison() }
        var comparison = Comparison()
        for call in stepCalls(before: before, after: after) {
            let one = compare(call, environment: environment, functions: functions, interruptRequested: interruptRequested,
                              next: before.position.description)
            comparison.outputs += one.outputs
            if one.diverged {
                comparison.diverged = true
                comparison.interrupted = one.interrupted
                break
            }
        }
        return comparison
    }

    private static func compare(_ call: StepCall, environment: Environment, functions: FunctionRegistry,
                                interruptRequested: @escaping @Sendable () -> Bool, next: String) -> Comparison {
        guard let entry = DeepNetworkFunctions.all.first(where: { $0.name == call.function }),
              case .function = environment[call.function] else { return Comparison() }
        if let skipped = call.skipped { return Comparison(outputs: [.text("  (\(skipped))")]) }
        let check = FunctionCheck(entry: entry, learnerEnvironment: environment, functions: functions, interruptRequested: interruptRequested,
                                  caller: "stepper, \(call.step)")
        var learnerEnvironment = environment.deepCopied()
        learnerEnvironment.random = environment.random
        switch check.call(in: learnerEnvironment, arguments: call.arguments) {
        case .raised(_, .byLearner):
            return Comparison(outputs: [.text("Ctrl-C stopped your \(call.function) at \(call.step): " + stayNote(call, next: next))],
                              diverged: true, interrupted: true)
        case .raised(_, .byTimeLimit):
            return Comparison(outputs: [.text("your \(call.function) was still running after \(CheckReport(entry: entry, timeLimit: check.timeLimit).timeLimitText) at \(call.step), and was stopped (an endless loop?)"),
                                        .text(stayNote(call, next: next))], diverged: true)
        case let .raised(error, nil):
            return Comparison(outputs: [.text("your \(call.function) raised an error at \(call.step):"), .diagnostic(error),
                                        .text(stayNote(call, next: next))], diverged: true)
        case let .returned(value, _):
            guard let difference = ValueDifference.between(expected: call.expected, actual: value) else {
                return Comparison(outputs: [.text("  yours agrees: \(call.function) gives the same \(entry.outputs.joined(separator: ", "))")])
            }
            var caseEnvironment = FunctionCheck.referenceEnvironment(for: entry.week)
            for (name, argument) in zip(entry.parameters, call.arguments) { caseEnvironment[name] = argument }
            let diagnosis = MistakeDiagnosis.find(for: difference, entry: entry, caseEnvironment: caseEnvironment, arguments: call.arguments,
                                                  actual: value, learnerFunction: environment[entry.name], functions: functions, run: check.call)
            let report = CheckReport(entry: entry, timeLimit: check.timeLimit)
            var lines = ["your \(call.function) differs from the stepper at \(call.step): " + report.summary(of: difference)]
            lines += report.details(of: difference, diagnosis: diagnosis).map { "  " + $0 }
            lines += bothValues(difference, options: environment.printOptions)
            lines.append(stayNote(call, next: next))
            let callees = CheckCommands.wrongCallees(of: call.function, in: environment, functions: functions, interruptRequested: interruptRequested)
            return Comparison(outputs: [.text(lines.joined(separator: "\n"))] + callees, diverged: true)
        }
    }

    /// The learner's function to call for one step, its arguments, and the stepper's result as the course's function returns it.
    private struct StepCall {
        var function: String
        var step: String
        var arguments: [Value]
        var expected: Value
        /// Why the learner's function is not asked at this step (a layer the course's function does not handle).
        var skipped: String?
    }

    /// The calls for the step from `before` to `after`: one, or two when `backward` computed the cost first.
    private static func stepCalls(before: Network, after: Network) -> [StepCall] {
        switch before.position {
        case let .forward(l):
            guard after.caches.count >= l else { return [] }
            let cache = after.caches[l - 1]
            let g = after.architecture.activation(l)
            return [StepCall(function: forwardFunction, step: "forward layer \(l)",
                             arguments: [array(cache.APrevious), array(cache.W), array(cache.b), .string(g.name)],
                             expected: .tuple([array(cache.A), layerCache(cache)]), skipped: courseActivation(g, layer: l, function: forwardFunction))]
        case .cost:
            guard let cost = after.cost, let data = after.data, let AL = after.caches.last?.A else { return [] }
            let costCall = StepCall(function: costFunction, step: "the cost", arguments: [array(AL), array(data.Y)],
                                    expected: .array(.scalar(cost)), skipped: nil)
            return [costCall] + (backwardCall(layer: after.depth, after: after).map { [$0] } ?? [])
        case let .backward(l):
            return backwardCall(layer: l, after: after).map { [$0] } ?? []
        case .update:
            let parameters = dictionary(before.parameters.enumerated().flatMap { l, p in [("W\(l + 1)", p.W), ("b\(l + 1)", p.b)] })
            let gradients = dictionary(before.gradients.enumerated().flatMap { l, g in [("dW\(l + 1)", g?.dW ?? Matrix(scalar: .nan)), ("db\(l + 1)", g?.db ?? Matrix(scalar: .nan))] })
            let updated = dictionary(after.parameters.enumerated().flatMap { l, p in [("W\(l + 1)", p.W), ("b\(l + 1)", p.b)] })
            return [StepCall(function: updateFunction, step: "the update", arguments: [parameters, gradients, .float(after.learningRate)],
                             expected: updated, skipped: nil)]
        }
    }

    private static func backwardCall(layer l: Int, after: Network) -> StepCall? {
        guard after.gradients.count >= l, let gradients = after.gradients[l - 1] else { return nil }
        let cache = after.caches[l - 1]
        let g = after.architecture.activation(l)
        return StepCall(function: backwardFunction, step: "backward layer \(l)",
                        arguments: [array(gradients.dA), layerCache(cache), .string(g.name)],
                        expected: .tuple([array(gradients.dAPrevious), array(gradients.dW), array(gradients.db)]),
                        skipped: courseActivation(g, layer: l, function: backwardFunction))
    }

    /// The course's functions take "sigmoid" or "relu"; the stepper's other activations are its own.
    private static func courseActivation(_ g: Activation, layer: Int, function: String) -> String? {
        g == .sigmoid || g == .relu ? nil : "layer \(layer) is \(g.name): the course's \(function) takes \"sigmoid\" or \"relu\", so yours is not asked here"
    }

    private static func array(_ matrix: Matrix) -> Value { .array(NDArray(matrix)) }

    /// ((A_prev, W, b), Z), the course's cache of one layer.
    private static func layerCache(_ cache: LayerCache) -> Value {
        .tuple([.tuple([array(cache.APrevious), array(cache.W), array(cache.b)]), array(cache.Z)])
    }

    private static func dictionary(_ entries: [(String, Matrix)]) -> Value {
        .dictionary(try! PythonDictionary(entries.map { (.string($0.0), array($0.1)) }))
    }

    private static func stayNote(_ call: StepCall, next: String) -> String {
        "the network stays as it was (next: \(next)), with the stepper's numbers: fix \(call.function) and go on, or use reference"
    }

    /// The two differing values in full when they are small enough to read side by side.
    private static func bothValues(_ difference: ValueDifference, options: PrintOptions) -> [String] {
        guard let expected = ValueDifference.numericArray(difference.expected), let actual = ValueDifference.numericArray(difference.actual),
              expected.count <= 40, actual.count <= 40, expected.rank > 0 || actual.rank > 0 else { return [] }
        func indented(_ text: String) -> String { text.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") }
        return ["  the stepper's:", indented(expected.formatted(options)), "  yours:", indented(actual.formatted(options))]
    }
}

