import MatrixEngine

/// A learner's session: the environment and the commands, running a cell (a line, a pasted
/// block, a script's statement) at a time.
///
/// Each top-level statement runs on a copy of the environment. A simple statement's copy
/// replaces the session's only when it succeeds, so after its error the state is exactly what
/// it was; a compound statement (`for`, `if`, `def`) keeps what it did before an error, as
/// Python does, and the message says where it stopped.
public struct Session: Sendable {
    public var environment = Environment()
    public private(set) var commands: CommandRegistry
    public let functions: FunctionRegistry
    /// Progress, Ctrl-C and plot style, as the front end provides them.
    public var console = Console.plain
    /// Where `print` writes while a statement runs (a long loop's lines appear as it goes);
    /// nil collects them in the result's outputs.
    public var printSink: (@Sendable (String) -> Void)?
    /// Whether an expression statement's value is shown (the REPL's way, and Backprop's scripts'),
    /// or not (a `.py` program run as CPython runs it).
    public var echoesValues = true
    /// Text printed without a line end (`print(x, end=" ")`), carried to the next print as
    /// Python's stdout carries it. A script keeps it across its cells and finishes it at its end;
    /// otherwise it is shown at the end of each cell.
    public private(set) var unfinishedPrintLine = ""
    public var carriesUnfinishedPrintLine = false

    public init(commands: [Command] = StandardCommands.all + StepperCommands.all + CheckCommands.all, functions: FunctionRegistry = .standard) {
        self.commands = CommandRegistry(commands)
        self.functions = functions
    }

    public mutating func register(_ command: Command) {
        commands.register(command)
    }

    /// Runs a line or a cell. With `allowingCommands` false every word is a name, so an
    /// expression such as a lesson's checkpoint `cost ≈ 5.8` reads the variable `cost`, not the command.
    public mutating func execute(_ text: String, allowingCommands: Bool = true) -> ExecutionResult {
        execute(SourceText(text), allowingCommands: allowingCommands)
    }

    public mutating func execute(_ source: SourceText, allowingCommands: Bool = true) -> ExecutionResult {
        var result = ExecutionResult()
        withUnsafeMutablePointer(to: &self) { session in
            LargeStack.run { result = session.pointee.executeHere(source, allowingCommands: allowingCommands) }
        }
        return result
    }

    private mutating func executeHere(_ source: SourceText, allowingCommands: Bool) -> ExecutionResult {
        var result = ExecutionResult()
        let statements: [Statement]
        let registry = commands, variables = environment
        do {
            // A name the learner defined means the learner's value; `%name` still reaches the command.
            statements = try Parser.parse(source, isCommand: { allowingCommands && registry.lookUp($0) != nil && variables[$0] == nil },
                                          isMagicCommand: { allowingCommands && registry.lookUp($0) != nil })
        } catch {
            var error = error
            let line = source.line(at: source.lineIndex(of: error.span?.start ?? 0))
            if let word = line.split(separator: " ").first.map(String.init), registry.lookUp(word) != nil, variables[word] != nil,
               error.hint == nil || error.message.hasPrefix("unexpected") {
                error.hint = "'\(word)' is your variable now; %\(word) runs the command"
            }
            result.outputs.append(.diagnostic(error))
            result.failed = true
            return result
        }
        for statement in statements {
            do {
                try execute(statement, source: source, into: &result)
            } catch {
                finishPrintLine(into: &result)
                result.outputs.append(.diagnostic(error))
                result.failed = true
                break  // later statements may depend on the failed one
            }
            if result.shouldExit || result.modeRequest != nil { break }
        }
        if !carriesUnfinishedPrintLine { finishPrintLine(into: &result) }
        return result
    }

    /// Shows the text printed without a line end, as a line of its own.
    public mutating func finishPrintLine(into result: inout ExecutionResult) {
        guard !unfinishedPrintLine.isEmpty else { return }
        if let printSink { printSink(unfinishedPrintLine) } else { result.outputs.append(.printed(unfinishedPrintLine)) }
        unfinishedPrintLine = ""
    }

    private mutating func execute(_ statement: Statement, source: SourceText, into result: inout ExecutionResult) throws(Diagnostic) {
        if case let .command(name, arguments, argumentText) = statement.kind {
            // `cost = …; cost`: the line was read before its first statement defined `cost`, so
            // the word is the learner's value after all (only `%cost` is always the command).
            let start = statement.span.start
            let magic = start > 0 && start <= source.characters.count && source.characters[start - 1] == "%"
            if environment[name] != nil, arguments.isEmpty, !magic {
                let value = Statement(kind: .expression(Expression(.name(name), statement.span)), span: statement.span,
                                      isSilenced: statement.isSilenced)
                return try execute(value, source: source, into: &result)
            }
            guard let command = commands.lookUp(name) else { return }
            var context = CommandContext(environment: environment, arguments: arguments, argumentText: argumentText,
                                         span: statement.span, line: source.text, commands: commands, functions: functions, console: console,
                                         source: source, evaluation: evaluation, pendingPrint: unfinishedPrintLine)
            defer { unfinishedPrintLine = context.pendingPrint }
            do {
                try command.body(&context)
            } catch {
                // What its argument printed before the error stays shown, as after a failed statement.
                result.outputs += context.outputs.filter { if case .printed = $0 { true } else { false } }
                throw error
            }
            environment = context.environment
            result.outputs += context.outputs
            result.shouldExit = context.requestsExit
            if let request = context.modeRequest { result.modeRequest = request }
            return
        }
        // Python keeps what a compound statement did before it failed; a simple one changes nothing.
        let lastValue = try evaluation.run(source, environment: &environment, pendingPrint: &unfinishedPrintLine, outputs: &result.outputs,
                                           keepsWhatRan: statement.isCompound) { evaluator throws(Diagnostic) in
            _ = try evaluator.execute(statement)
            return evaluator.lastValue
        }
        if echoesValues, case .expression = statement.kind, let value = lastValue, value != .none {
            // The echo is the value's repr, which has CPython's digit limit too.
            try Evaluator.checkIntegerDigits([value], at: statement.span)
            result.outputs.append(.value(value))
        }
    }

    /// How this session's statements, and the commands that evaluate an argument, run the evaluator.
    var evaluation: SessionEvaluation {
        SessionEvaluation(functions: functions, commandNames: commands.allNames, interruptRequested: console.interruptRequested, printSink: printSink)
    }
}
