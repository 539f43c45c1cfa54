import MatrixEngine
import NeuralNetwork

/// `train`, `predict`, `gradcheck`: whole iterations, predictions, and checking backward numerically.
extension StepperCommands {
    static let training: [Command] = [train, predict, gradcheck]

    static let train = networkCommand(
        "train", usage: "train ITERATIONS [lr RATE] [every K]",
        summary: "runs whole iterations of gradient descent, printing the cost every K; Ctrl-C stops between iterations",
        example: "train 10000 lr 1.2 every 1000", argumentWords: ["lr", "every"]
    ) { context, network throws(Diagnostic) in
        let words = context.words
        guard let first = words.first else {
            throw Diagnostic(message: "train needs a number of iterations", span: context.span, hint: "for example: train 10000 lr 1.2 every 1000")
        }
        let iterations = try context.wholeNumber(first, at: 0, what: "the number of iterations")
        guard iterations <= maximumIterations else {
            throw Diagnostic(message: "train runs at most \(maximumIterations) iterations at a time, not \(first)", span: context.argumentSpan(0),
                             hint: "train again to go on: the iterations add up")
        }
        try context.rejectStrayWords(keywords: ["lr", "every"], from: 1, usage: "train ITERATIONS [lr RATE] [every K]")
        let rate = try learningRate(context)
        var every = max(iterations / 10, 1)
        if let value = try context.option("every", in: words) {
            guard value >= 1, value.rounded() == value, value <= Double(maximumIterations) else {
                throw Diagnostic(message: "every takes a whole number of iterations, from 1 to \(maximumIterations)",
                                 span: context.argumentSpan((words.firstIndex(of: "every") ?? 0) + 1))
            }
            every = Int(value)
        }
        if context.environment.usesLearnerFunctions, !LearnerStepping.definedFunctions(in: context.environment).isEmpty {
            return try trainWithLearnerFunctions(&context, &network, iterations: iterations, rate: rate, every: every)
        }
        // Costs are recorded often enough for a smooth curve (about 200 points) and at every K.
        let recordEvery = greatestCommonDivisor(every, max(iterations / 200, 1))
        let console = context.console
        let meter = ProgressMeter(total: iterations, width: context.console.width)
        let outcome = try guarded(context) { () throws(StepError) in
            try network.train(iterations: iterations, learningRate: rate, recordEvery: recordEvery,
                              progress: { progress in
                                  if let text = meter.update(progress) { console.status(text) }
                              },
                              shouldStop: { console.interruptRequested() })
        }
        console.status(nil)
        var lines: [String] = []
        if let abandoned = outcome.abandonedStep {
            lines.append("(the iteration in progress, at \(abandoned.description), was dropped: training runs whole iterations)")
        }
        // Every K iterations of this run, counted from its first (as the course's loop counts i),
        // and always the last one (compared by position: a nan cost equals nothing, itself included).
        let firstRecorded = outcome.costs.first?.iteration ?? 0
        for (index, record) in outcome.costs.enumerated()
        where (record.iteration - firstRecorded) % every == 0 || index == outcome.costs.count - 1 {
            lines.append("Cost after iteration \(record.iteration): \(fixedSix(record.cost))")
        }
        if let stop = outcome.stop {
            lines.append("stopped at iteration \(stop.iteration): \(stop.became)")
            lines.append("  \(stop.what)")
            lines.append("  the parameters are those iteration \(stop.iteration) started with (\(outcome.completed) of \(outcome.requested) "
                         + "iterations ran), and its forward pass is kept: look at \(stop.quantity), or plot cost")
            lines.append("  \(stop.advice)")
        } else if outcome.interrupted {
            lines.append("interrupted after \(outcome.completed) of \(outcome.requested) iterations")
            lines.append("the parameters are those after iteration \(network.iteration): training stops between iterations, never inside one")
        } else {
            lines.append("trained \(outcome.completed) iteration\(outcome.completed == 1 ? "" : "s") at α = \(Matrix.formatScalar(network.learningRate)); \(network.iteration) in all since init")
        }
        context.write(lines.joined(separator: "\n"))
    }

    /// `train` under `use mine`: whole iterations a step at a time, the learner's functions run
    /// beside the stepper's at every layer (see `LearnerStepping`), stopping at the first step
    /// where they differ. Each comparison runs interpreted code, so after the first ten
    /// iterations every tenth is compared (and the last): a function that is right ten times
    /// running is rarely wrong the eleventh, and training stays within seconds.
    static func trainWithLearnerFunctions(_ context: inout CommandContext, _ network: inout Network, iterations: Int, rate: Double?,
                                          every: Int) throws(Diagnostic) {
        try guarded(context) { () throws(StepError) in try network.checkTrainable() }
        if let rate { network.learningRate = rate }
        var lines: [String] = []
        if network.position != .forward(1) {
            lines.append("(the iteration in progress, at \(network.position.description), was dropped: training runs whole iterations)")
            network.rewind()
        }
        let meter = ProgressMeter(total: iterations, width: context.console.width)
        var completed = 0, compared = 0, interrupted = false
        training: while completed < iterations {
            if context.console.interruptRequested() {
                interrupted = true
                break
            }
            let iteration = network.iteration
            let comparing = completed < 10 || (completed + 1) % 10 == 0 || completed == iterations - 1
            repeat {
                let before = network
                _ = try guarded(context) { () throws(StepError) in try network.step() }
                let comparison = comparing ? LearnerStepping.compare(before: before, after: network, environment: context.environment,
                                                                     functions: context.functions, interruptRequested: context.console.interruptRequested)
                                           : LearnerStepping.Comparison()
                if comparison.interrupted {
                    network = before
                    network.rewind()
                    interrupted = true
                    break training
                }
                if comparison.diverged {
                    network = before
                    context.console.status(nil)
                    context.write(lines.joined(separator: "\n"))
                    context.outputs += comparison.outputs.filter { if case let .text(text) = $0 { !text.hasPrefix("  yours agrees") } else { true } }
                    context.write("stopped in iteration \(iteration + 1), after \(completed) whole iterations of \(iterations)")
                    return
                }
                if before.position == .cost, completed % every == 0 || completed == iterations - 1, let cost = network.cost {
                    lines.append("Cost after iteration \(iteration): \(fixedSix(cost))")
                }
                if case .update = before.position { break }
            } while true
            completed += 1
            if comparing { compared += 1 }
            if let text = meter.update(TrainingProgress(completed: completed, total: iterations, record: nil)) { context.console.status(text) }
        }
        context.console.status(nil)
        if interrupted {
            lines.append("interrupted after \(completed) of \(iterations) iterations")
            lines.append("the parameters are those after iteration \(network.iteration): training stops between iterations, never inside one")
        } else {
            lines.append("trained \(completed) iteration\(completed == 1 ? "" : "s") at α = \(Matrix.formatScalar(network.learningRate)); \(network.iteration) in all since init")
        }
        if compared > 0 {
            let mine = LearnerStepping.definedFunctions(in: context.environment)
            let which = compared == completed ? "every iteration" : "\(compared) of the \(completed) iterations (the first ten, then every tenth)"
            lines.append("your \(mine.joined(separator: ", ")) ran beside the stepper at every layer of \(which), and agreed")
        }
        context.write(lines.joined(separator: "\n"))
    }

    /// A percentage as the course prints it when two decimals hold it exactly (90.75, 96.0), else
    /// rounded to two decimals (66.67 for 2 of 3): the exact count is printed beside it.
    static func percentText(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        if abs(value * 100 - hundredths) < 1e-9 { return Matrix.formatScalar(hundredths / 100) }
        let whole = Int(hundredths) / 100, fraction = Int(hundredths) % 100
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A billion iterations of the planar model take about six hours here: beyond is a typo.
    static let maximumIterations = 1_000_000_000

    static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int { b == 0 ? a : greatestCommonDivisor(b, a % b) }

    /// The course's `%f`: six digits after the point.
    static func fixedSix(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        let scaled = (value * 1_000_000).rounded()
        let negative = scaled < 0
        let digits = String(Int64(abs(scaled)))
        let padded = String(repeating: "0", count: max(7 - digits.count, 0)) + digits
        return (negative ? "-" : "") + padded.dropLast(6) + "." + padded.suffix(6)
    }

    static let predict = networkCommand(
        "predict", usage: "predict",
        summary: "a full forward pass with the current parameters, then A > 0.5; sets predictions and prints the accuracy",
        example: "predict", looksOnly: true
    ) { context, network throws(Diagnostic) in
        try noArguments(context)
        let prediction = try guarded(context) { () throws(StepError) in try network.predict() }
        context.environment["predictions"] = .matrix(prediction.labels)
        var text = "predictions = (A\(network.depth) > 0.5)   \(prediction.labels.shape)"
        if let accuracy = prediction.accuracy, let correct = prediction.correctCount {
            text += "\naccuracy: \(percentText(accuracy))% (\(correct) of \(prediction.labels.count) examples)"
        }
        context.write(text)
    }

    static let gradcheck = networkCommand(
        "gradcheck", usage: "gradcheck",
        summary: "compares every dW and db from backward with centred finite differences (ε = 1e-7), as the course's gradient check",
        example: "gradcheck", looksOnly: true
    ) { context, network throws(Diagnostic) in
        try noArguments(context)
        let console = context.console
        let check = try guarded(context) { () throws(StepError) in try network.gradientCheck(shouldStop: { console.interruptRequested() }) }
        var rows = [["parameter", "shape", "checked", "relative difference"]]
        for entry in check.entries {
            rows.append([entry.name, entry.shape.compact, "\(entry.checkedCount)", scientific(entry.difference)])
        }
        var lines = ["gradient check at the current parameters: (J(θ+ε) - J(θ-ε)) / 2ε with ε = 1e-7",
                     TextTable.render(rows).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")]
        lines.append("difference = ‖grad - gradapprox‖ / (‖grad‖ + ‖gradapprox‖) = \(scientific(check.overall))")
        if check.passes {
            lines.append("below 2e-7: backward propagation agrees with the numerical gradient")
        } else if check.largestAbsoluteDifference < 1e-8 {
            lines.append("above 2e-7, but every gradient is tiny (the largest is \(scientific(check.largestGradient))) and they differ by at most "
                         + "\(scientific(check.largestAbsoluteDifference)): rounding in J, divided by ε, dominates; backward is fine")
        } else {
            lines.append("above 2e-7: backward propagation and the numerical gradient disagree (a kink of ReLU near 0 can cause this too)")
        }
        context.write(lines.joined(separator: "\n"))
    }

    /// Two significant digits in scientific notation: `3.1e-09`.
    static func scientific(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return value == 0 ? "0" : Matrix.formatScalar(value) }
        var exponent = Int((abs(value)).log10Floor)
        // 10^exponent underflows below 1e-308 (subnormal values): scale up first.
        var mantissa = exponent < -300 ? (value * 1e300) / pow10(exponent + 300) : value / pow10(exponent)
        mantissa = (mantissa * 10).rounded() / 10
        if abs(mantissa) >= 10 {
            exponent += 1
            mantissa /= 10
        }
        let sign = exponent < 0 ? "-" : "+"
        let digits = String(abs(exponent))
        return "\(mantissa)e\(sign)\(digits.count < 2 ? "0" + digits : digits)"
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}

private extension Double {
    var log10Floor: Double {
        var exponent = 0.0, value = self
        while value >= 10 { value /= 10; exponent += 1 }
        while value < 1 { value *= 10; exponent -= 1 }
        return exponent
    }
}
