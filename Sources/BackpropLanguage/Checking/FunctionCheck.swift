import Foundation

/// Runs a learner's function and the reference on every case of its catalogue entry, and
/// explains the first case where they differ.
///
/// Everything runs in scratch sessions: the case's inputs are made once by the reference
/// environment of the entry's week (that notebook's helpers and every reference function of the
/// week, so a case may build its caches with the reference `L_model_forward`), then handed, as
/// copies, to the reference and to a copy of the learner's environment. The learner's own variables, lists and dicts are
/// deep-copied first, so nothing the function does reaches the REPL's state.
struct FunctionCheck {
    let entry: CheckedFunction
    /// The learner's session as it is (its functions and variables).
    let learnerEnvironment: Environment
    let functions: FunctionRegistry
    /// Ctrl-C from the front end.
    let interruptRequested: @Sendable () -> Bool
    /// How long one case may run before it is stopped as an endless loop.
    var timeLimit: Duration = .seconds(5)
    /// Who calls the function, for the traceback's outer frame: `<check linear_backward>`, `<stepper>`.
    var caller: String?

    /// The environment all of `week`'s cases start from: that notebook's helpers and reference
    /// solutions. One per week, because weeks share names (compute_cost, predict) with other
    /// definitions; each built once, on first use.
    static func referenceEnvironment(for week: CourseWeek) -> Environment {
        switch week {
        case .logisticRegression: return logisticRegressionReferences
        case .shallowNetwork: return shallowNetworkReferences
        case .deepNetwork: return deepNetworkReferences
        }
    }

    private static let logisticRegressionReferences = makeReferenceEnvironment(.logisticRegression)
    private static let shallowNetworkReferences = makeReferenceEnvironment(.shallowNetwork)
    private static let deepNetworkReferences = makeReferenceEnvironment(.deepNetwork)

    /// `week`'s helpers and every reference solution of the week, as one program: what a learner who got the week right has defined.
    static func referenceProgram(for week: CourseWeek) -> String {
        CourseHelpers.module(for: week) + CheckCommands.catalogue.filter { $0.week == week }.map(\.reference).joined(separator: "\n\n") + "\n"
    }

    private static func makeReferenceEnvironment(_ week: CourseWeek) -> Environment {
        var session = Session(commands: [], functions: .standard)
        session.echoesValues = false
        let result = session.execute(SourceText(referenceProgram(for: week), name: "<reference>"), allowingCommands: false)
        precondition(!result.failed, "the reference solutions of \(week.name) do not run: \(result.diagnostics.map(\.message))")
        return session.environment
    }

    func run() -> CheckReport {
        var random = CaseRandom(seed: UInt64(truncatingIfNeeded: entry.name.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        var report = CheckReport(entry: entry, timeLimit: timeLimit)
        let cases = entry.cases(&random)
        for (index, checkCase) in cases.enumerated() {
            if report.stoppedByInterrupt { break }
            let outcome = run(checkCase, report: &report)
            report.outcomes.append(outcome)
            // One endless loop is enough to know: the other cases would each wait out the limit too.
            if case .raised(_, timedOut: true) = outcome.result {
                report.notRunAfterTimeout = cases.count - index - 1
                break
            }
        }
        return report
    }

    private func run(_ checkCase: CheckCase, report: inout CheckReport) -> CaseOutcome {
        var outcome = CaseOutcome(checkCase: checkCase)
        // The inputs, made by the reference's environment.
        let setup = execute(checkCase.setup, name: "<\(entry.name) case>", in: Self.referenceEnvironment(for: entry.week))
        guard setup.error == nil else {
            outcome.result = .caseFailed(setup.error!)
            return outcome
        }
        let arguments = entry.parameters.map { setup.environment[$0] ?? .none }
        let expected = call(in: setup.environment, arguments: arguments)
        guard case let .returned(expectedValue, _) = expected else {
            if case let .raised(error, _) = expected { outcome.result = .caseFailed(error) }
            return outcome
        }
        var learner = learnerEnvironment.deepCopied()
        learner.random = setup.environment.random
        let printed = PrintLog()
        let actual = call(in: learner, arguments: arguments, printingInto: printed)
        outcome.printedLines = printed.lines
        switch actual {
        case let .raised(error, interrupted):
            if interrupted == .byLearner { report.stoppedByInterrupt = true }
            outcome.result = .raised(error, timedOut: interrupted == .byTimeLimit)
            if interrupted == nil {
                outcome.errorDiagnosis = MistakeDiagnosis.find(forError: error, entry: entry, caseEnvironment: setup.environment,
                                                               arguments: arguments, functions: functions, run: call)
            }
        case let .returned(value, changedArguments):
            outcome.changedArguments = changedArguments
            if let difference = ValueDifference.between(expected: expectedValue, actual: value) {
                let diagnosis = MistakeDiagnosis.find(for: difference, entry: entry, caseEnvironment: setup.environment, arguments: arguments,
                                                      actual: value, learnerFunction: learnerEnvironment[entry.name], functions: functions, run: call)
                outcome.result = .wrong(difference, diagnosis)
            } else {
                outcome.result = .passed
            }
        }
        return outcome
    }

    enum Interruption { case byLearner, byTimeLimit }

    enum CallResult {
        case returned(Value, changedArguments: [String])
        case raised(Diagnostic, Interruption?)
    }

    /// What a call printed (the learner's debugging prints), kept to show with a failing case.
    final class PrintLog: @unchecked Sendable {
        var lines: [String] = []
    }

    /// Calls the entry's function as `environment` defines it, on copies of `arguments`.
    func call(in environment: Environment, arguments: [Value]) -> CallResult {
        call(in: environment, arguments: arguments, printingInto: nil)
    }

    func call(in environment: Environment, arguments: [Value], printingInto log: PrintLog?) -> CallResult {
        var environment = environment
        for (name, value) in zip(entry.parameters, arguments) { environment[name] = Evaluator.deepCopy(value) }
        let run = execute("result = \(entry.callText)\n", name: "<\(caller ?? "check " + entry.name)>", in: environment)
        log?.lines = run.printed
        if let error = run.error { return .raised(error, run.interruption) }
        let changed = zip(entry.parameters, arguments).filter { name, value in
            guard let now = run.environment[name] else { return false }
            return ValueDifference.between(expected: value, actual: now) != nil
        }.map(\.0)
        return .returned(run.environment["result"] ?? .none, changedArguments: changed)
    }

    private struct Execution {
        var environment: Environment
        var error: Diagnostic?
        var interruption: Interruption?
        var printed: [String] = []
    }

    /// Runs `text` as a program on a scratch session over `environment`, stopped by Ctrl-C or the time limit.
    private func execute(_ text: String, name: String, in environment: Environment) -> Execution {
        let stop = StopReason()
        let deadline = ContinuousClock.now.advanced(by: timeLimit)
        let interruptRequested = self.interruptRequested
        var session = Session(commands: [], functions: functions)
        session.environment = environment
        session.echoesValues = false
        session.console = Console(status: { _ in }, interruptRequested: {
            if interruptRequested() { stop.reason = .byLearner; return true }
            if ContinuousClock.now > deadline { stop.reason = .byTimeLimit; return true }
            return false
        }, plotStyle: .plain)
        let result = session.execute(SourceText(text, name: name), allowingCommands: false)
        var error = result.failed ? result.diagnostics.first { $0.severity == .error } ?? result.diagnostics.first : nil
        // What a loop kept before it stopped is the scratch session's, gone with it: not the learner's to look at.
        error?.notes.removeAll { $0.contains("what ran before it stays") }
        if error?.hint?.hasPrefix("the variables keep the values") == true { error?.hint = nil }
        let printed = result.outputs.compactMap { if case let .printed(line) = $0 { line } else { nil } }
        return Execution(environment: session.environment, error: error, interruption: stop.reason, printed: printed)
    }

    /// Which of Ctrl-C and the time limit stopped a run (set from the evaluator's interrupt check).
    private final class StopReason: @unchecked Sendable {
        var reason: Interruption?
    }
}
