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

    /// What `check` alone checks: every graded name the learner has defined, once, in the order of `names`;
    /// but not a name that is only a helper of the notebook the learner is on (a week-4
    /// session's dnn_utils sigmoid is not week 2's graded sigmoid), unless another function of the
    /// week that grades it is defined too.
    static func namesToCheck(in environment: Environment) -> [String] {
        let defined = names.filter { environment[$0]?.isFunction == true }
        return defined.filter { name in
            let gradingWeeks = Set(catalogue.filter { $0.name == name }.map(\.week))
            let helperOfAnotherWeek = CourseWeek.allCases.contains { !gradingWeeks.contains($0) && CourseHelpers.names(for: $0).contains(name) }
            guard helperOfAnotherWeek else { return true }
            return gradingWeeks.contains { week in definedCount(of: week, in: environment, besides: name) > 0 }
        }
    }

    /// How many of the names only `week` grades the learner has defined: which notebook the session is on.
    static func definedCount(of week: CourseWeek, in environment: Environment, besides name: String = "") -> Int {
        let own = catalogue.filter { entry in entry.week == week && entry.name != name && catalogue.allSatisfy { $0.name != entry.name || $0.week == week } }
        return own.filter { environment[$0.name]?.isFunction == true }.count
    }

    /// The catalogue's entries the learner's `name` may be: those of the same number of parameters,
    /// then of those the ones whose parameter names match the learner's most. More than one when
    /// the signature cannot tell (initialize_parameters of weeks 3 and 4): `bestReport` runs them all.
    static func candidates(named name: String, in environment: Environment, span: SourceSpan) throws(Diagnostic) -> [CheckedFunction] {
        let sameName = catalogue.filter { $0.name == name }
        guard !sameName.isEmpty else {
            let suggestion = Spelling.closest(to: name, among: names)
            throw Diagnostic(message: "check knows the course's graded functions; \(name) is not one of them", span: span,
                             notes: ["check knows: " + names.joined(separator: ", ")],
                             hint: suggestion.map { "did you mean \($0)?" })
        }
        guard case let .function(function)? = environment[name] else {
            throw Diagnostic(message: "you have not defined \(name) yet", span: span,
                             hint: "write it as the course does: def \(sameName[0].callText):, then check \(name)")
        }
        let learnerNames = function.definition.parameters.map(\.name)
        let sameArity = sameName.filter { $0.parameters.count == learnerNames.count }
        guard !sameArity.isEmpty else {
            let count = learnerNames.count
            let course = sameName.count == 1
                ? "the course's \(sameName[0].callText) takes \(sameName[0].parameters.count)"
                : "the course's takes " + sameName.map { "\($0.parameters.count) in \($0.week.name) (\($0.callText))" }.joined(separator: " and ")
            throw Diagnostic(message: "your \(function.signature) takes \(count) argument\(count == 1 ? "" : "s"); \(course)",
                             span: span, hint: "give it the course's parameters, in the course's order")
        }
        // The week the session is on (the other functions of one week's notebook defined) decides first:
        // a week-4 learner's update_parameters(parameters, grads, learning_rate) is week 4's, as its names are the older notebook's.
        let onWeek = sameArity.map { definedCount(of: $0.week, in: environment) }
        if let most = onWeek.max(), most > 0, onWeek.filter({ $0 == most }).count == 1, let index = onWeek.firstIndex(of: most) {
            return [sameArity[index]]
        }
        func matchingNames(_ entry: CheckedFunction) -> Int { zip(entry.parameters, learnerNames).filter { $0 == $1 }.count }
        let best = sameArity.map(matchingNames).max() ?? 0
        return sameArity.filter { matchingNames($0) == best }
    }

    /// The check of the one candidate, or of the one the learner's function agrees with on the
    /// largest share of cases; on a tie, the week of the other course functions the learner has defined, then the
    /// earlier week. The report says which week it was checked against, and why.
    static func bestReport(of checks: [FunctionCheck], in environment: Environment) -> CheckReport {
        guard checks.count > 1 else {
            var report = checks[0].run()
            let weeks = catalogue.filter { $0.name == report.entry.name && $0.parameters.count == report.entry.parameters.count }.map(\.week.name)
            if weeks.count > 1, definedCount(of: report.entry.week, in: environment) > 0 {
                report.choice = "\(report.entry.name) with these parameters is in \(weeks.joined(separator: " and ")); checked as \(report.entry.week.name)'s, the week of the other course functions you have defined"
            }
            return report
        }
        var reports: [CheckReport] = []
        for check in checks {
            let report = check.run()
            if report.stoppedByInterrupt { return report }
            reports.append(report)
        }
        // A share, as the weeks have different numbers of cases: 3 of 3 beats 3 of 4.
        func agreement(_ report: CheckReport) -> Double { Double(report.passedCount) / Double(max(report.outcomes.count, 1)) }
        let most = reports.map(agreement).max() ?? 0
        let agreeing = reports.filter { agreement($0) == most }
        // Among equals the first stays: the earlier week wins a full tie.
        var chosen = agreeing.dropFirst().reduce(agreeing[0]) { best, next in
            definedCount(of: next.entry.week, in: environment) > definedCount(of: best.entry.week, in: environment) ? next : best
        }
        let week = chosen.entry.week.name
        let tally = reports.map { "\($0.entry.week.name)'s \($0.passedCount) of \($0.outcomes.count)" }.joined(separator: ", ")
        let weeks = reports.map(\.entry.week.name).joined(separator: " and ")
        let reason: String
        if agreeing.count == 1 {
            reason = "checked as \(week)'s, which yours agrees with most (cases passing: \(tally))"
        } else if definedCount(of: chosen.entry.week, in: environment) > 0 {
            reason = "checked as \(week)'s, the week of the other course functions you have defined (yours agrees with each as often: \(tally))"
        } else {
            reason = "checked as \(week)'s, the earlier (yours agrees with each as often: \(tally))"
        }
        chosen.choice = "\(chosen.entry.name) with these parameters is in \(weeks); " + reason
        return chosen
    }
}

private extension Value {
    var isFunction: Bool { if case .function = self { true } else { false } }
}
