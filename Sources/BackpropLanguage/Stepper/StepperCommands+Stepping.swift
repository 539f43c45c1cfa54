import MatrixEngine
import NeuralNetwork

/// `forward`, `cost`, `backward`, `update`, `step`, `rewind`, `where`: one iteration, one step at a time.
extension StepperCommands {
    static let stepping: [Command] = [forward, cost, backward, update, step, rewind, whereCommand]

    static let forward = networkCommand(
        "forward", usage: "forward [all]",
        summary: "forward propagation through the next layer: Z = W · A_prev + b, A = g(Z), cache; all: to the last layer",
        example: "forward", argumentWords: ["all"]
    ) { context, network throws(Diagnostic) in
        let all = try allFlag(context)
        repeat {
            let before = network
            let report = try guarded(context) { () throws(StepError) in try network.forward() }
            context.write(report)
            if compareWithLearner(&context, before: before, network: &network) { break }
        } while all && network.position.isForward
    }

    static let cost = networkCommand(
        "cost", usage: "cost",
        summary: "the cross-entropy cost J of the forward pass just finished",
        example: "cost"
    ) { context, network throws(Diagnostic) in
        try noArguments(context)
        let before = network
        context.write(try guarded(context) { () throws(StepError) in try network.computeCost() })
        _ = compareWithLearner(&context, before: before, network: &network)
    }

    static let backward = networkCommand(
        "backward", usage: "backward [all]",
        summary: "backward propagation through the next layer: dZ, dW, db, dA_prev; all: down to layer 1",
        example: "backward", argumentWords: ["all"]
    ) { context, network throws(Diagnostic) in
        let all = try allFlag(context)
        repeat {
            let before = network
            let report = try guarded(context) { () throws(StepError) in try network.backward() }
            context.write(report)
            if compareWithLearner(&context, before: before, network: &network) { break }
        } while all && network.position.isBackward
    }

    static let update = networkCommand(
        "update", usage: "update [lr RATE]",
        summary: "gradient descent: W = W - α dW and b = b - α db for every layer (α is remembered); a dW or db you assigned is used, and said so",
        example: "update lr 1.2", argumentWords: ["lr"]
    ) { context, network throws(Diagnostic) in
        try context.rejectStrayWords(keywords: ["lr"], usage: "update [lr RATE]")
        let rate = try learningRate(context)
        let before = network
        context.write(try updateWithEditedGradients(&context, &network, rate: rate))
        _ = compareWithLearner(&context, before: before, network: &network)
    }

    static let step = networkCommand(
        "step", aliases: ["next"], usage: "step [all]",
        summary: "whatever comes next in the iteration (forward, cost, backward or update); all: to the end of the iteration",
        example: "step", argumentWords: ["all"]
    ) { context, network throws(Diagnostic) in
        let all = try allFlag(context)
        repeat {
            let before = network
            if network.position == .update {
                context.write(try updateWithEditedGradients(&context, &network, rate: nil))
            } else {
                let report = try guarded(context) { () throws(StepError) in try network.step() }
                context.write(report)
            }
            if compareWithLearner(&context, before: before, network: &network) { break }
        } while all && network.position != .forward(1)
    }

    static let rewind = networkCommand(
        "rewind", usage: "rewind",
        summary: "back to forward layer 1 of this iteration (parameters are kept; caches and gradients are dropped)",
        example: "rewind"
    ) { context, network throws(Diagnostic) in
        try noArguments(context)
        network.rewind()
        context.write("back to forward layer 1 of iteration \(network.iteration + 1)")
    }

    static let whereCommand = networkCommand(
        "where", aliases: ["status"], usage: "where",
        summary: "draws the iteration's pipeline with the cursor on the next step",
        example: "where", adoptsEdits: false, looksOnly: true
    ) { context, network throws(Diagnostic) in
        try noArguments(context)
        context.write(((network.depth > 0 ? drawing(network, width: context.console.width) : [])
                       + [PipelineView.render(network, width: context.console.width)]).joined(separator: "\n"))
        if context.environment.usesLearnerFunctions {
            let mine = LearnerStepping.definedFunctions(in: context.environment)
            let theirs = LearnerStepping.functionNames.filter { !mine.contains($0) }
            context.write("use mine: " + (mine.isEmpty ? "none of your functions is defined yet" : "yours: " + mine.joined(separator: ", "))
                          + (theirs.isEmpty ? "" : "; the stepper's own: " + theirs.joined(separator: ", ")))
        }
    }

    /// Under `use mine`, runs the learner's function for the step just taken beside the stepper's,
    /// and undoes the step when the learner's differs. Returns whether it did.
    static func compareWithLearner(_ context: inout CommandContext, before: Network, network: inout Network) -> Bool {
        let comparison = LearnerStepping.compare(before: before, after: network, environment: context.environment,
                                                 functions: context.functions, interruptRequested: context.console.interruptRequested)
        context.outputs += comparison.outputs
        if comparison.diverged { network = before }
        return comparison.diverged
    }

    /// The update, with the dW and db the learner assigned since backward (noted in its report).
    static func updateWithEditedGradients(_ context: inout CommandContext, _ network: inout Network, rate: Double?) throws(Diagnostic) -> StepReport {
        var environment = context.environment
        environment.network = network
        let edited = try guarded(context) { () throws(StepError) in try environment.adoptGradientEdits() }
        network = environment.network
        var report = try guarded(context) { () throws(StepError) in try network.update(learningRate: rate) }
        if !edited.isEmpty {
            let names = edited.joined(separator: " and ")
            report.notes.insert("\(names): your value\(edited.count == 1 ? "" : "s"), assigned after backward, not backward's", at: 0)
        }
        return report
    }

    static func allFlag(_ context: CommandContext) throws(Diagnostic) -> Bool {
        switch context.words {
        case []: return false
        case ["all"]: return true
        default: throw Diagnostic(message: "this command takes nothing or 'all'", span: context.argumentSpan(0), hint: "for example: forward all")
        }
    }

    static func noArguments(_ context: CommandContext) throws(Diagnostic) {
        guard context.arguments.isEmpty else {
            throw Diagnostic(message: "this command takes no arguments", span: context.argumentSpan(0))
        }
    }

    /// `lr 1.2` among the words, checked to be a positive number.
    static func learningRate(_ context: CommandContext) throws(Diagnostic) -> Double? {
        let words = context.words
        guard let rate = try context.option("lr", in: words) else { return nil }
        guard rate > 0, rate.isFinite else {
            throw Diagnostic(message: "the learning rate α must be a positive number", span: context.argumentSpan((words.firstIndex(of: "lr") ?? 0) + 1))
        }
        return rate
    }
}
