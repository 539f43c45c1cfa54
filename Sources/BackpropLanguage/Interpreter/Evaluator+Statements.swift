import MatrixEngine

/// Statements as Python runs them: blocks, `if`, loops, `def`, `return`, `assert`, `del`.
extension Evaluator {
    /// The most iterations a `while` runs before Backprop says it looks endless (Ctrl-C stops one sooner).
    static let maximumLoopIterations = 100_000_000

    mutating func execute(_ block: [Statement]) throws(Diagnostic) -> Flow {
        for statement in block {
            let flow = try execute(statement)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    /// Runs one statement. The value of an expression statement is returned through `shown`
    /// only at the top level (the REPL shows it); inside a function it is dropped, as in Python.
    mutating func execute(_ statement: Statement) throws(Diagnostic) -> Flow {
        switch statement.kind {
        case let .expression(expression):
            let value = try evaluate(expression)
            if locals == nil, !statement.isSilenced { lastValue = value }
            return .normal
        case let .assignment(target, compoundOperator, value):
            try assign(target, compoundOperator, value, statement: statement)
            return .normal
        case let .augmentedPart(target, op, valueExpression):
            try augment(target, op, valueExpression, statement: statement)
            return .normal
        case let .unpackingAssignment(targets, valueExpression):
            let value = try evaluate(valueExpression)
            for target in targets { try assign(value, to: target, valueExpression: valueExpression) }
            return .normal
        case let .functionDefinition(definition):
            try define(definition)
            return .normal
        case let .returnValue(expression):
            guard locals != nil else {
                throw Diagnostic.at(statement.span, "'return' outside function", hint: "return ends a function: it goes inside a def")
            }
            guard let expression else { return .returned(.none) }
            return .returned(try evaluate(expression))
        case let .conditional(branches, otherwise):
            for branch in branches where try truth(of: branch.condition) {
                return try execute(branch.body)
            }
            return try execute(otherwise)
        case let .forLoop(target, iterable, body, otherwise):
            return try runFor(target, iterable, body, otherwise)
        case let .whileLoop(condition, body, otherwise):
            return try runWhile(condition, body, otherwise, span: statement.span)
        case .breakLoop:
            return .broke
        case .continueLoop:
            return .continued
        case .pass, .global, .nonlocal:
            return .normal
        case let .assertion(condition, message):
            try assertion(condition, message)
            return .normal
        case let .delete(targets):
            for target in targets { try delete(target) }
            return .normal
        case let .command(name, _, _) where name == "import" || name == "from":
            return .normal  // an import inside a function: numpy, math and copy are always there
        case .command:
            throw Diagnostic.at(statement.span, "a command runs only on a line of its own at the top level",
                                hint: "call the function instead, or run the command on its own line")
        }
    }

    /// Python's truth value of a condition (an array of more than one element is numpy's error).
    mutating func truth(of expression: Expression) throws(Diagnostic) -> Bool {
        // Evaluated first: an argument that changes the evaluator would make Swift copy it for the call.
        let value = try evaluate(expression)
        return try truth(of: value, at: expression)
    }

    private mutating func runFor(_ target: AssignmentPattern, _ iterable: Expression, _ body: [Statement], _ otherwise: [Statement]) throws(Diagnostic) -> Flow {
        let value = try evaluate(iterable)
        // A range is walked without making its list: `for i in range(num_iterations)` needs no memory.
        var range: PythonRange?
        if case let .range(r) = value { range = r }
        // A list is walked live, as Python's list iterator walks it: items the body appends are
        // reached too (a dict view is a snapshot already).
        var live: PythonList?
        if case let .list(list) = value, list.viewName == nil { live = list }
        let sequence = range == nil && live == nil ? try iterate(value, expression: iterable) : []
        let startingCount = live?.items.count ?? 0
        // A dict whose size changes under its loop is CPython's RuntimeError at the next step.
        var walkedDictionary: (dictionary: PythonDictionary, count: Int)?
        if case let .dictionary(d) = value { walkedDictionary = (d, d.count) }
        var iteration = 0
        while iteration < (range?.count ?? live?.items.count ?? sequence.count) {
            defer { iteration += 1 }
            let item = range.map { Value.integer($0.element(iteration)) } ?? live.map { $0.items[iteration] } ?? sequence[iteration]
            // Only a list the body keeps growing is capped, as a while loop is (a range never is).
            if live != nil, iteration >= startingCount, iteration >= Evaluator.maximumLoopIterations {
                throw Diagnostic.at(iterable.span, "this for loop ran \(iteration) times over \(text(of: iterable)), which its body keeps growing",
                                    hint: "loop over a copy, for x in list(\(text(of: iterable))):, to walk only the items it had")
            }
            try assign(item, to: target, valueExpression: iterable)
            let flow: Flow
            do {
                flow = try execute(body)
            } catch {
                throw error.stopped(inIteration: iteration, of: text(of: iterable), item: item)
            }
            switch flow {
            case .broke: return .normal
            case .returned: return flow
            case .normal, .continued: break
            }
            if let walked = walkedDictionary, walked.dictionary.count != walked.count {
                throw Diagnostic.at(iterable.span, "RuntimeError: dictionary changed size during iteration",
                                    hint: "loop over a copy of its keys, for k in list(\(text(of: iterable))):, to add or remove entries")
            }
            try checkInterrupt(at: iterable.span)
        }
        return try execute(otherwise)
    }

    private mutating func runWhile(_ condition: Expression, _ body: [Statement], _ otherwise: [Statement], span: SourceSpan) throws(Diagnostic) -> Flow {
        var iterations = 0
        while try truth(of: condition) {
            let flow = try execute(body)
            switch flow {
            case .broke: return .normal
            case .returned: return flow
            case .normal, .continued: break
            }
            iterations += 1
            try checkInterrupt(at: condition.span)
            guard iterations < Evaluator.maximumLoopIterations else {
                throw Diagnostic.at(condition.span, "this while loop ran \(iterations) times and its condition is still true",
                                    hint: "check that the loop's body changes what \(text(of: condition)) tests")
            }
        }
        return try execute(otherwise)
    }

    /// Ctrl-C stops a loop between iterations; what ran before stays.
    func checkInterrupt(at span: SourceSpan) throws(Diagnostic) {
        guard interruptRequested() else { return }
        throw Diagnostic.at(span, "KeyboardInterrupt: stopped by Ctrl-C", hint: "the variables keep the values the loop gave them so far")
    }

    private mutating func assertion(_ condition: Expression, _ message: Expression?) throws(Diagnostic) {
        guard try !truth(of: condition) else { return }
        var notes: [String] = []
        if case let .binary(op, lhs, rhs) = condition.kind, [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .isIn, .isIdentical].contains(op) {
            // Name the values the condition compared, as pytest does.
            let left = try evaluate(lhs), right = try evaluate(rhs)
            notes.append("\(text(of: lhs)) is \(ValueFormatter.representation(left, options: environment.printOptions))")
            notes.append("\(text(of: rhs)) is \(ValueFormatter.representation(right, options: environment.printOptions))")
        }
        let explanation = try message.map { m throws(Diagnostic) in ValueFormatter.printed(try evaluate(m), options: environment.printOptions) }
        throw Diagnostic.at(condition.span, "AssertionError" + (explanation.map { ": \($0)" } ?? ": \(text(of: condition)) is False"),
                            notes: notes)
    }

    private mutating func delete(_ target: Expression) throws(Diagnostic) {
        switch target.kind {
        case let .name(name):
            try unbind(name, span: target.span)
        case let .index(base, components):
            try deleteItem(of: try evaluate(base), components, base: base, whole: target)
        case let .tuple(items), let .list(items):
            for item in items { try delete(item) }
        default:
            throw Diagnostic.at(target.span, "cannot delete \(text(of: target)): del takes a name or a part such as d[key] or xs[0]")
        }
    }
}

extension Diagnostic {
    /// Says which iteration of a `for` loop an error stopped (once, at the innermost loop).
    func stopped(inIteration iteration: Int, of iterable: String, item: Value) -> Diagnostic {
        guard !notes.contains(where: { $0.hasPrefix("stopped in iteration") }) else { return self }
        var copy = self
        let shown = ValueFormatter.representation(item, options: PrintOptions())
        let itemText = shown.count <= 40 && !shown.contains("\n") ? " (the item \(shown))" : ""
        copy.notes.append("stopped in iteration \(iteration + 1) of the loop over \(iterable)\(itemText); what ran before it stays")
        return copy
    }
}
