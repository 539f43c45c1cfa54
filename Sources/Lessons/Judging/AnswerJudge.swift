import BackpropLanguage
import MatrixEngine

/// Judges a learner's answer by what it means, never by its spelling: `np.dot(W, A)`, `W @ A`
/// and `dot(W,A)` are the same answer. Every attempt runs on a copy of the session, so a wrong
/// answer that broke something leaves the workspace as it was.
public enum AnswerJudge {
    public enum Verdict {
        /// Right: `session` is the learner's session with the answer's effects kept.
        case correct(session: Session, shown: [String])
        case wrong(feedback: String, shown: [String])
        /// Not an answer to this kind of question (REPL input to explore with): run it instead.
        case notAnAnswer
        /// A step on the way (`a1 = ...` when the question asks for `a2`): kept, not judged.
        case intermediate(session: Session, shown: [String], name: String, target: String)
    }

    public static func judge(_ input: String, for question: Question, in session: Session) -> Verdict {
        switch question.expected {
        case let .expression(reference): return judgeExpression(input, reference: reference, in: session)
        case let .shape(expected): return judgeShape(input, expected: expected, in: session)
        case let .number(reference, tolerance): return judgeNumber(input, reference: reference, tolerance: tolerance, in: session)
        case let .choice(options, correct): return judgeChoice(input, options: options, correct: correct, in: session)
        case let .definition(name): return judgeDefinition(input, name: name, in: session)
        }
    }

    /// What running `text` in `session` gives: the session after it, the value of its last
    /// expression statement (or of the variable it assigned), and the rendered output.
    struct Outcome {
        var session: Session
        var value: Value?
        var assignedName: String?
        var shown: [String]
        var failed: Bool
    }

    static func run(_ text: String, in session: Session, allowingCommands: Bool = true) -> Outcome {
        var copy = session
        copy.environment = session.environment.deepCopied()  // an in-place `W1 -= …` changes only the copy
        let result = copy.execute(text, allowingCommands: allowingCommands)
        let rendered = Session.lessonRenderer(copy).render(result, line: text, options: copy.environment.printOptions)
        var value: Value?
        for output in result.outputs { if case let .value(v) = output { value = v } }
        var assigned: String?
        if let statements = try? Parser.parse(text, isCommand: { allowingCommands && copy.commands.lookUp($0) != nil }),
           case let .assignment(target, _, _)? = statements.last?.kind {
            assigned = target.name
            value = copy.environment[target.name]
        }
        return Outcome(session: copy, value: value, assignedName: assigned, shown: rendered.isEmpty ? [] : [rendered], failed: result.failed)
    }

    static func judgeExpression(_ input: String, reference: String, in session: Session) -> Verdict {
        let expected = run(reference, in: session)
        guard !expected.failed, let expectedValue = expected.value else {
            return .wrong(feedback: "the lesson's own answer does not run here: \(expected.shown.joined(separator: "\n"))", shown: [])
        }
        let attempt = run(input, in: session)
        if attempt.failed {
            return .wrong(feedback: "that line did not run (your workspace is as it was before it)", shown: attempt.shown)
        }
        guard let value = attempt.value else {
            return .wrong(feedback: "that gives no value to compare: type an expression\(expected.assignedName.map { " or an assignment to \($0)" } ?? "")", shown: attempt.shown)
        }
        if let name = expected.assignedName, let assigned = attempt.assignedName, assigned != name {
            return .intermediate(session: attempt.session, shown: attempt.shown, name: assigned, target: name)
        }
        if let problem = difference(value, expectedValue) {
            return .wrong(feedback: problem, shown: attempt.shown)
        }
        var accepted = attempt.session
        if let name = expected.assignedName, attempt.assignedName == nil {
            accepted.environment[name] = value  // a bare expression answers `A = ...`: keep it as A
        }
        return .correct(session: accepted, shown: attempt.shown)
    }

    static func judgeShape(_ input: String, expected: [Int], in session: Session) -> Verdict {
        var given = ShapeText.parse(input)
        if given == nil {
            // `W1.shape` answers a shape question too, by its value.
            let attempt = run(input, in: session)
            if !attempt.failed, case let .tuple(items)? = attempt.value {
                let sizes = items.compactMap { item -> Int? in if case let .integer(n) = item { return n } else { return nil } }
                if sizes.count == items.count { given = sizes }
            }
        }
        guard let given else { return .notAnAnswer }
        if given == expected { return .correct(session: session, shown: []) }
        let text = NDArray.describe(given)
        if given.count == 2, given == expected.reversed() {
            return .wrong(feedback: "\(text) is the transpose: rows and columns are swapped", shown: [])
        }
        if given.count != expected.count {
            let rankOne = given.count == 1 ? "\(text) is rank-1 (one axis); " : ""
            return .wrong(feedback: "not \(text): \(rankOne)the answer has \(expected.count) ax\(expected.count == 1 ? "is" : "es")", shown: [])
        }
        return .wrong(feedback: "not \(text)", shown: [])
    }

    static func judgeNumber(_ input: String, reference: String, tolerance: Double, in session: Session) -> Verdict {
        let expected = run(reference, in: session)
        guard let expectedValue = expected.value?.asMatrix, expectedValue.isScalarShaped else {
            return .wrong(feedback: "the lesson's own answer '\(reference)' is not a number here", shown: [])
        }
        let attempt = run(input, in: session)
        guard !attempt.failed, let value = attempt.value?.asMatrix else { return .notAnAnswer }
        guard value.isScalarShaped else {
            return .wrong(feedback: "that is a \(value.shape) matrix; the answer is one number", shown: attempt.shown)
        }
        if Tolerance.absolute(tolerance).accepts(value.elements[0], expectedValue.elements[0]) { return .correct(session: session, shown: []) }
        let difference = abs(value.elements[0] - expectedValue.elements[0])
        return .wrong(feedback: "\(Matrix.formatScalar(value.elements[0])) is off by \(Matrix.formatScalar(difference))", shown: [])
    }

    /// A definition answers when it defines the function: `check` then judges it (what it
    /// prints is shown either way). Anything else is REPL input to explore with.
    static func judgeDefinition(_ input: String, name: String, in session: Session) -> Verdict {
        var copy = session
        copy.environment = session.environment.deepCopied()
        let before = session.environment[name]
        let result = copy.execute(input)
        let rendered = Session.lessonRenderer(copy).render(result, line: input, options: copy.environment.printOptions)
        guard case .function = copy.environment[name], copy.environment[name] != before else { return .notAnAnswer }
        if result.failed { return .wrong(feedback: "that did not run (your workspace is as it was before it)", shown: rendered.isEmpty ? [] : [rendered]) }
        let (passed, outputs) = CheckCommands.judge(name, in: copy.environment, functions: copy.functions, interruptRequested: copy.console.interruptRequested)
        var report = ExecutionResult()
        report.outputs = outputs
        let shown = [rendered, Session.lessonRenderer(copy).render(report, line: "check \(name)", options: copy.environment.printOptions)].filter { !$0.isEmpty }
        return passed ? .correct(session: copy, shown: shown)
                      : .wrong(feedback: "check \(name) found a case where yours differs from the course's (above); fix it and define it again", shown: shown)
    }

    static func judgeChoice(_ input: String, options: [String], correct: Int, in session: Session) -> Verdict {
        let text = input.trimmingBlanks.lowercased()
        var chosen: Int?
        if let number = Int(text), number >= 1, number <= options.count { chosen = number - 1 }
        if chosen == nil { chosen = options.firstIndex { $0.lowercased() == text } }
        guard let chosen else { return .notAnAnswer }
        return chosen == correct ? .correct(session: session, shown: []) : .wrong(feedback: "not \(options[chosen])", shown: [])
    }

    /// Why `value` is not `expected` (shape first, then values), or nil when they agree.
    static func difference(_ value: Value, _ expected: Value) -> String? {
        switch (value.asArray, expected.asArray) {
        case let (given?, wanted?):
            if given.shape != wanted.shape {
                let hint = given.rank == 2 && given.shape == wanted.shape.reversed() ? " (the transpose?)" : ""
                return "your value is \(given.shapeDescription) but the answer is \(wanted.shapeDescription)\(hint)"
            }
            let tolerance = Tolerance.sameAnswer
            guard let i = tolerance.firstDisagreement(given.elements, wanted.elements) else { return nil }
            if tolerance.firstDisagreement(given.elements.map { -$0 }, wanted.elements) == nil {
                return "the shape \(given.shapeDescription) is right, but the sign is flipped: every value is the answer's with the opposite sign"
            }
            let a = given.elements[i], b = wanted.elements[i]
            let columns = max(given.storage.columns, 1)
            let position = given.count == 1 ? "" : given.rank == 1 ? " at [\(i)]" : " at [\(i / columns), \(i % columns)]"
            let (shownA, shownB) = ValueFormatter.distinguishing(a, b)
            return "the shape \(given.shapeDescription) is right, but the values differ\(position): \(shownA) instead of \(shownB)"
        default:
            return value == expected ? nil : "that is \(value.kindDescription), not the expected \(expected.kindDescription)"
        }
    }
}

extension Session {
    /// How a lesson shows what its REPL lines produce: in the console's width, each value
    /// summarised to a screenful (numpy's `...`), so no lesson output floods the screen.
    static func lessonRenderer(_ session: Session) -> OutputRenderer {
        OutputRenderer(width: session.console.width, valueRows: session.console.outputRows)
    }
}
