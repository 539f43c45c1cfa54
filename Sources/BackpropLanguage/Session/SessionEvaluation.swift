/// How a session runs the evaluator: the one path for its statements and for the commands that
/// evaluate their argument (`shape W1 @ X`, `plot A1`). Either way the evaluator sees the
/// session's functions, command names, Ctrl-C and print sink, carries the unfinished print line,
/// and what it printed and warned becomes outputs, in the order it happened.
struct SessionEvaluation: Sendable {
    let functions: FunctionRegistry
    let commandNames: [String]
    let interruptRequested: @Sendable () -> Bool
    let printSink: (@Sendable (String) -> Void)?

    /// Runs `body` on a fresh evaluator over `source` and a copy of `environment`, and returns
    /// what `body` returns. When it succeeds, or fails with `keepsWhatRan` (a compound statement:
    /// Python keeps what ran before the error), the copy replaces `environment` and the lines
    /// printed, then the warnings, are appended to `outputs`. After any other failure only the
    /// printed lines are (they were printed), and `environment` stays as it was.
    func run<T>(_ source: SourceText, environment: inout Environment, pendingPrint: inout String, outputs: inout [Output],
                keepsWhatRan: Bool = false, _ body: (inout Evaluator) throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        var evaluator = Evaluator(source: source, environment: environment, functions: functions, commandNames: commandNames)
        evaluator.interruptRequested = interruptRequested
        evaluator.printSink = printSink
        evaluator.pendingPrint = pendingPrint
        defer { pendingPrint = evaluator.pendingPrint }
        let result: T
        do {
            result = try body(&evaluator)
        } catch {
            if keepsWhatRan { adopt(evaluator, environment: &environment, outputs: &outputs) } else { outputs += evaluator.printed.map { .printed($0) } }
            throw error
        }
        adopt(evaluator, environment: &environment, outputs: &outputs)
        return result
    }

    private func adopt(_ evaluator: Evaluator, environment: inout Environment, outputs: inout [Output]) {
        environment = evaluator.environment
        outputs += evaluator.printed.map { .printed($0) }
        outputs += evaluator.warnings.map { .diagnostic($0) }
    }
}
