import MatrixEngine

/// A learner's session: the environment and the commands, executing one line at a time.
///
/// Each statement runs on a copy of the environment that replaces the session's only when the
/// statement succeeds, so after any error the state is exactly what it was before that statement.
public struct Session: Sendable {
    public var environment = Environment()
    public private(set) var commands: CommandRegistry
    public let functions: FunctionRegistry
    /// Progress, Ctrl-C and plot style, as the front end provides them.
    public var console = Console.plain

    public init(commands: [Command] = StandardCommands.all + StepperCommands.all, functions: FunctionRegistry = .standard) {
        self.commands = CommandRegistry(commands)
        self.functions = functions
    }

    public mutating func register(_ command: Command) {
        commands.register(command)
    }

    /// Runs a line. With `allowingCommands` false every word is a name, so an expression such as a
    /// lesson's checkpoint `cost ≈ 5.8` reads the variable `cost`, not the command.
    public mutating func execute(_ line: String, allowingCommands: Bool = true) -> ExecutionResult {
        var result = ExecutionResult()
        let statements: [Statement]
        let registry = commands, variables = environment
        do {
            // A name the learner defined means the learner's value; `%name` still reaches the command.
            statements = try Parser.parse(line, isCommand: { allowingCommands && registry.lookUp($0) != nil && variables[$0] == nil },
                                          isMagicCommand: { allowingCommands && registry.lookUp($0) != nil })
        } catch {
            var error = error
            if let word = line.split(separator: " ").first.map(String.init), registry.lookUp(word) != nil, variables[word] != nil, error.hint == nil
                || error.message.hasPrefix("unexpected") {
                error.hint = "'\(word)' is your variable now; %\(word) runs the command"
            }
            result.outputs.append(.diagnostic(error))
            result.failed = true
            return result
        }
        // Split once for every statement's evaluator (a line may hold thousands of statements).
        let characters = Array(line)
        for statement in statements {
            do {
                try execute(statement, line: line, characters: characters, into: &result)
            } catch {
                result.outputs.append(.diagnostic(error))
                result.failed = true
                break  // later statements may depend on the failed one
            }
            if result.shouldExit || result.modeRequest != nil { break }
        }
        return result
    }

    private mutating func execute(_ statement: Statement, line: String, characters: [Character],
                                  into result: inout ExecutionResult) throws(Diagnostic) {
        switch statement.kind {
        case let .command(name, arguments, argumentText):
            // `cost = …; cost`: the line was read before its first statement defined `cost`, so
            // the word is the learner's value after all (only `%cost` is always the command).
            let magic = statement.span.start > 0 && statement.span.start <= characters.count && characters[statement.span.start - 1] == "%"
            if environment[name] != nil, arguments.isEmpty, !magic {
                let value = Statement(kind: .expression(Expression(.name(name), statement.span)), span: statement.span,
                                      isSilenced: statement.isSilenced)
                return try execute(value, line: line, characters: characters, into: &result)
            }
            guard let command = commands.lookUp(name) else { return }
            var context = CommandContext(environment: environment, arguments: arguments, argumentText: argumentText,
                                         span: statement.span, line: line, commands: commands, functions: functions, console: console)
            try command.body(&context)
            environment = context.environment
            result.outputs += context.outputs
            result.shouldExit = context.requestsExit
            if let request = context.modeRequest { result.modeRequest = request }
        case let .expression(expression):
            var evaluator = Evaluator(line: line, characters: characters, environment: environment, functions: functions, commandNames: commands.allNames)
            let value = try evaluator.evaluate(expression)
            adopt(evaluator, into: &result)
            if !statement.isSilenced, value != .none {
                result.outputs.append(.value(value))
            }
        case let .assignment(target, compoundOperator, valueExpression):
            guard target.name != "np" && target.name != "numpy" else {
                throw Diagnostic(message: "'\(target.name)' is numpy's namespace and cannot be assigned to", span: target.nameSpan)
            }
            var evaluator = Evaluator(line: line, characters: characters, environment: environment, functions: functions, commandNames: commands.allNames)
            var target = target
            // The notes' bracket names as targets: `W[1] = ...` assigns W1 (see Evaluator+LayerNames).
            if let variable = try evaluator.layerVariableName(target.name, target.index) {
                target = AssignmentTarget(name: variable, nameSpan: target.nameSpan, index: nil)
            }
            let targetExpression = Expression(.name(target.name), target.nameSpan)
            let indexedTarget = target.index.map { Expression(.index(targetExpression, $0), target.span) }
            var value = try evaluator.evaluate(valueExpression)
            if let op = compoundOperator {
                // `X[0] += 5` adds to the selected part, as numpy does.
                var current = try evaluator.lookUp(target.name, span: target.nameSpan)
                if let index = target.index, let indexedTarget {
                    current = try evaluator.index(current, index, base: targetExpression, whole: indexedTarget)
                }
                let currentExpression = indexedTarget ?? targetExpression
                let whole = Expression(.binary(op, currentExpression, valueExpression), statement.span)
                value = try evaluator.applyBinary(op, current, value, lhs: currentExpression, rhs: valueExpression, whole: whole)
                value = try Self.inPlace(op, into: current, value, target: evaluator.text(of: currentExpression), span: statement.span)
            }
            if let index = target.index, let indexedTarget {
                guard case let .array(current)? = evaluator.environment[target.name] else {
                    throw Diagnostic(message: "'\(target.name)' must be an existing array to assign into part of it", span: target.nameSpan)
                }
                value = .array(try evaluator.assignIntoPart(of: current, index, value: value, target: indexedTarget, valueExpression: valueExpression))
            }
            noteShapeChange(of: target.name, from: evaluator.environment[target.name], to: value, in: &evaluator, span: statement.span)
            if commands.lookUp(target.name) != nil, evaluator.environment[target.name] == nil,
               !evaluator.environment.announcedShadowedCommands.contains(target.name) {
                // Said once a session: from here on the word means the learner's value.
                evaluator.environment.announcedShadowedCommands.insert(target.name)
                evaluator.warn(Diagnostic(.warning, message: "'\(target.name)' is also a command: from now on \(target.name) means your variable",
                                          span: target.nameSpan, hint: "%\(target.name) runs the command"))
            }
            evaluator.environment[target.name] = value
            adopt(evaluator, into: &result)
        }
    }

    /// numpy writes `x op= y` into x itself: the result keeps x's shape and dtype, so a result that
    /// broadcasts to another shape (`b -= db` with a rank-1 db) or needs a wider dtype (an int
    /// array `+= 0.5`) is numpy's error, not a silently different x.
    static func inPlace(_ op: BinaryOperator, into current: Value, _ result: Value, target: String, span: SourceSpan) throws(Diagnostic) -> Value {
        guard case let .array(before) = current, before.rank > 0, let after = result.asArray else { return result }
        let ufunc = RuntimeWarnings.ufuncName(op)
        guard after.shape == before.shape else {
            throw Diagnostic(message: "\(target) \(op.rawValue)= …: non-broadcastable output operand with shape \(before.shapeDescription) doesn't match the broadcast shape \(after.shapeDescription)",
                             span: span, notes: ["numpy writes the result into \(target) itself, so it must keep \(target)'s shape \(before.shapeDescription)"],
                             hint: before.rank == 2 && before.shape[1] == 1 && after.shape == [before.shape[0], before.shape[0]]
                                ? "a rank-1 operand stretched it: reshape it to \(before.shapeDescription), or keepdims=True where it was summed" : nil)
        }
        guard DType.promoted(before.dtype, after.dtype) == before.dtype || before.dtype == .float64 else {
            throw Diagnostic(message: "\(target) \(op.rawValue)= …: Cannot cast ufunc '\(ufunc)' output from dtype('\(after.dtype.rawValue)') to dtype('\(before.dtype.rawValue)') with casting rule 'same_kind'",
                             span: span, hint: "\(target) is \(before.dtype.rawValue): make it a float array first (\(target) = \(target).astype(float)), or write \(target) = \(target) \(op.rawValue) …")
        }
        return .array(after.converted(to: before.dtype))
    }

    /// `b1 = b1 - α * db1` with a rank-1 db1 turns the (4, 1) bias into (4, 4): say so where it happens.
    private func noteShapeChange(of name: String, from old: Value?, to new: Value, in evaluator: inout Evaluator, span: SourceSpan) {
        guard case let .array(before)? = old, case let .array(after) = new, before.shape != after.shape,
              evaluator.warnings.contains(where: { $0.topic == "rank-1 broadcast" }) else { return }
        evaluator.warn(Diagnostic(.warning, message: "\(name) was \(before.shapeDescription) and is now \(after.shapeDescription)", span: span,
                                  hint: "a rank-1 operand stretched it; reshape that operand to a column to keep \(before.shapeDescription)"))
    }

    private mutating func adopt(_ evaluator: Evaluator, into result: inout ExecutionResult) {
        environment = evaluator.environment
        result.outputs += evaluator.printed.map { .printed($0) }
        result.outputs += evaluator.warnings.map { .diagnostic($0) }
    }
}
