/// Which catalogue entry a learner's function is checked as, when weeks share its name
/// (compute_cost, update_parameters, predict, initialize_parameters): the signature, the week the
/// session is on, the parameter names, and last how often the learner's agrees with each.
extension CheckCommands {
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
                             hint: "write it as the course does: def \(sameName[sameName.count - 1].callText):, then check \(name)")
        }
        let learnerNames = function.definition.parameters.map(\.name)
        // `def f(*args)` takes any number: each entry of the name may be it.
        let takesAny = function.definition.parameters.contains { $0.kind != .positional }
        let sameArity = takesAny ? sameName : sameName.filter { $0.parameters.count == learnerNames.count }
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
