/// `check NAME`: the learner's own version of one of the course's graded functions, run with
/// the reference on the course's test case and on random networks (see `FunctionCheck`).
public enum CheckCommands {
    public static let all: [Command] = [check, use]

    /// Every function `check` knows, in the course's order.
    static let catalogue: [CheckedFunction] = DeepNetworkFunctions.all

    static let check = Command(
        "check", usage: "check [NAME]",
        summary: "run your own course function (linear_backward, L_model_forward, …) against the reference, and name the mistake",
        example: "check linear_backward",
        argumentWords: Array(Set(catalogue.map(\.name))).sorted()
    ) { context throws(Diagnostic) in
        let words = context.spacedWords
        let names: [String]
        if words.isEmpty {
            names = catalogue.map(\.name).filter { context.environment[$0]?.isFunction == true }
            guard !names.isEmpty else {
                throw Diagnostic(message: "none of the course's graded functions is defined yet", span: context.span,
                                 notes: ["check knows: " + catalogue.map(\.name).joined(separator: ", ")],
                                 hint: "define one (def linear_forward(A, W, b): …), then check linear_forward")
            }
        } else {
            names = words.map(\.text)
        }
        var entries: [CheckedFunction] = []
        for (index, name) in names.enumerated() {
            let span = words.isEmpty ? context.span : words[index].span
            entries.append(try entry(named: name, in: context.environment, span: span))
        }
        for entry in entries {
            let check = FunctionCheck(entry: entry, learnerEnvironment: context.environment, functions: context.functions,
                                      interruptRequested: context.console.interruptRequested)
            let report = check.run()
            for output in report.outputs() + wrongCallees(of: report, in: context.environment, functions: context.functions,
                                                            interruptRequested: context.console.interruptRequested) {
                switch output {
                case let .text(text): context.write(text)
                default: context.outputs.append(output)
                }
            }
            if report.stoppedByInterrupt { break }
        }
    }

    static let use = Command(
        "use", usage: "use mine | use reference",
        summary: "mine: forward, backward, update, step and train also run your linear_activation_forward, compute_cost, linear_activation_backward and update_parameters, and stop where they differ",
        example: "use mine", argumentWords: ["mine", "reference"]
    ) { context throws(Diagnostic) in
        let words = context.spacedWords.map(\.text)
        guard words.count == 1, words[0] == "mine" || words[0] == "reference" else {
            throw Diagnostic(message: "use takes one word: mine or reference", span: context.span, hint: "use mine")
        }
        context.environment.usesLearnerFunctions = words[0] == "mine"
        guard context.environment.usesLearnerFunctions else {
            context.write("the stepper uses only its own arithmetic now (use mine runs your functions beside it)")
            return
        }
        let defined = LearnerStepping.definedFunctions(in: context.environment)
        if defined.isEmpty {
            context.write("none of " + LearnerStepping.functionNames.joined(separator: ", ")
                          + " is defined yet: the stepper runs each beside its own as soon as you define it (use reference switches back)")
        } else {
            let missing = LearnerStepping.functionNames.filter { !defined.contains($0) }
            context.write("the stepper now runs your " + defined.joined(separator: ", ")
                          + " beside its own at every step, and stops at the first step where yours differs (use reference switches back)"
                          + (missing.isEmpty ? "" : "\nnot defined yet, so the stepper's own: " + missing.joined(separator: ", ")))
        }
    }

    /// When a check fails: the learner's other course functions it calls that are wrong
    /// themselves (a wrong linear_backward makes linear_activation_backward wrong too).
    static func wrongCallees(of report: CheckReport, in environment: Environment, functions: FunctionRegistry,
                             interruptRequested: @escaping @Sendable () -> Bool) -> [Output] {
        guard !report.allPassed, !report.stoppedByInterrupt else { return [] }
        return wrongCallees(of: report.entry.name, in: environment, functions: functions, interruptRequested: interruptRequested)
    }

    static func wrongCallees(of name: String, in environment: Environment, functions: FunctionRegistry,
                             interruptRequested: @escaping @Sendable () -> Bool) -> [Output] {
        guard case let .function(function)? = environment[name] else { return [] }
        var notes: [Output] = []
        for callee in function.calls(among: catalogue.map(\.name)) {
            guard let entry = try? entry(named: callee, in: environment, span: SourceSpan(0, 0)) else { continue }
            let calleeReport = FunctionCheck(entry: entry, learnerEnvironment: environment, functions: functions, interruptRequested: interruptRequested).run()
            if !calleeReport.allPassed, !calleeReport.stoppedByInterrupt {
                notes.append(.text("  note  your \(name) calls your \(callee), which is wrong too (\(calleeReport.passedCount) of \(calleeReport.outcomes.count) cases pass): check \(callee) first"))
            }
        }
        return notes
    }

    /// `check NAME` for a lesson's question that a definition answers: whether every case
    /// passes, and the report to show.
    public static func judge(_ name: String, in environment: Environment, functions: FunctionRegistry,
                             interruptRequested: @escaping @Sendable () -> Bool = { false }) -> (passed: Bool, outputs: [Output]) {
        let entry: CheckedFunction
        do {
            entry = try Self.entry(named: name, in: environment, span: SourceSpan(0, 0))
        } catch {
            return (false, [.text(error.message + (error.hint.map { "\n" + $0 } ?? ""))])
        }
        let report = FunctionCheck(entry: entry, learnerEnvironment: environment, functions: functions, interruptRequested: interruptRequested).run()
        return (report.allPassed, report.outputs() + wrongCallees(of: report, in: environment, functions: functions, interruptRequested: interruptRequested))
    }

    /// The reference solution of `name`, as the course's solution writes it (a lesson's `skip` and `solution`).
    public static func referenceDefinition(of name: String) -> String? {
        catalogue.first { $0.name == name }?.reference
    }

    /// The catalogue's entry for the learner's `name`, picked by its signature when two weeks share the name.
    static func entry(named name: String, in environment: Environment, span: SourceSpan) throws(Diagnostic) -> CheckedFunction {
        let candidates = catalogue.filter { $0.name == name }
        guard !candidates.isEmpty else {
            let suggestion = Spelling.closest(to: name, among: catalogue.map(\.name))
            throw Diagnostic(message: "check knows the course's graded functions; \(name) is not one of them", span: span,
                             notes: ["check knows: " + catalogue.map(\.name).joined(separator: ", ")],
                             hint: suggestion.map { "did you mean \($0)?" })
        }
        guard case let .function(function)? = environment[name] else {
            throw Diagnostic(message: "you have not defined \(name) yet", span: span,
                             hint: "write it as the course does: def \(candidates[0].callText):, then check \(name)")
        }
        let count = function.definition.parameters.count
        guard let entry = candidates.first(where: { $0.parameters.count == count }) else {
            throw Diagnostic(message: "your \(function.signature) takes \(count) argument\(count == 1 ? "" : "s"); the course's \(candidates[0].callText) takes \(candidates[0].parameters.count)",
                             span: span, hint: "give it the course's parameters, in the course's order")
        }
        return entry
    }
}

private extension Value {
    var isFunction: Bool { if case .function = self { true } else { false } }
}
