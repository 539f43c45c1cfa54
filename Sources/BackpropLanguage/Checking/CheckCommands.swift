/// `check NAME`: the learner's own version of one of the course's graded functions, run with
/// the reference on the course's test case and on random networks (see `FunctionCheck`).
public enum CheckCommands {
    public static let all: [Command] = [check, use]

    /// Every function `check` knows, in the course's order (week 2, 3, 4). A name may come once per week.
    static let catalogue: [CheckedFunction] = LogisticRegressionFunctions.all + ShallowNetworkFunctions.all + DeepNetworkFunctions.all

    /// The catalogue's names, each once, where the course first grades them (compute_cost in week 3).
    static let names: [String] = catalogue.map(\.name).reduce(into: []) { names, name in if !names.contains(name) { names.append(name) } }

    static let check = Command(
        "check", usage: "check [NAME]",
        summary: "run your own course function (propagate, forward_propagation, linear_backward, …) against the reference, and name the mistake",
        example: "check linear_backward",
        argumentWords: names.sorted()
    ) { context throws(Diagnostic) in
        let words = context.spacedWords
        let names: [String]
        if words.isEmpty {
            names = namesToCheck(in: context.environment)
            guard !names.isEmpty else {
                throw Diagnostic(message: "none of the course's graded functions is defined yet", span: context.span,
                                 notes: ["check knows: " + Self.names.joined(separator: ", ")],
                                 hint: "define one (def linear_forward(A, W, b): …), then check linear_forward")
            }
        } else {
            names = words.map(\.text)
        }
        var candidateLists: [[CheckedFunction]] = []
        for (index, name) in names.enumerated() {
            let span = words.isEmpty ? context.span : words[index].span
            candidateLists.append(try candidates(named: name, in: context.environment, span: span))
        }
        for candidates in candidateLists {
            let checks = candidates.map {
                FunctionCheck(entry: $0, learnerEnvironment: context.environment, functions: context.functions,
                              interruptRequested: context.console.interruptRequested)
            }
            let report = bestReport(of: checks, in: context.environment)
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
            let suggestion = words.count == 1 ? Spelling.closest(to: words[0], among: ["mine", "reference"]) : nil
            throw Diagnostic(message: "use takes one word: mine or reference", span: context.span,
                             hint: suggestion.map { "did you mean use \($0)?" } ?? "use mine")
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
        for callee in function.calls(among: names) {
            guard let candidates = try? candidates(named: callee, in: environment, span: SourceSpan(0, 0)) else { continue }
            let calleeReport = bestReport(of: candidates.map {
                FunctionCheck(entry: $0, learnerEnvironment: environment, functions: functions, interruptRequested: interruptRequested)
            }, in: environment)
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
        var entries: [CheckedFunction]
        do {
            entries = try candidates(named: name, in: environment, span: SourceSpan(0, 0))
            // A lesson's question is about one notebook: the one whose reference `skip` shows.
            if let week = catalogue.last(where: { $0.name == name })?.week, entries.contains(where: { $0.week == week }) {
                entries = entries.filter { $0.week == week }
            }
        } catch {
            return (false, [.text(error.message + (error.hint.map { "\n" + $0 } ?? ""))])
        }
        let report = bestReport(of: entries.map {
            FunctionCheck(entry: $0, learnerEnvironment: environment, functions: functions, interruptRequested: interruptRequested)
        }, in: environment)
        return (report.allPassed, report.outputs() + wrongCallees(of: report, in: environment, functions: functions, interruptRequested: interruptRequested))
    }

    /// The reference solution of `name`, as the course's solution writes it (a lesson's `skip`
    /// and `solution`); of the latest week that grades the name.
    public static func referenceDefinition(of name: String) -> String? {
        catalogue.last { $0.name == name }?.reference
    }

}

extension Value {
    var isFunction: Bool { if case .function = self { true } else { false } }
}
