import BackpropLanguage
import MatrixEngine

/// The feedback after an answer: right or wrong, and in either case the rule that decides,
/// with this question's shapes written out. A formula that fails shows the language's own
/// error display (the failing sub-expression underlined, each operand's shape).
enum DrillFeedback {
    static func right(_ text: String, styler: any TextStyler) -> String {
        styler.style("✓ Right:", as: .success) + " " + text
    }

    static func wrong(_ text: String, styler: any TextStyler) -> String {
        styler.style("✗", as: .error) + " " + text
    }

    static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    // MARK: Shapes

    static func assess(_ q: ShapeQuestion, _ line: String, styler: any TextStyler) -> DrillQuestion.Assessment {
        guard let answer = ShapeAnswer.parse(line, symbols: q.architecture.symbols) else {
            return .unreadable("'\(line.trimmingWhitespace)' is not a shape I can read. Type it as (4, 3), 4x3 or 4,3 (or hint, skip, quit).")
        }
        if answer == .shape(q.answer) {
            return .judged(right: true, feedback: right("\(q.name) is " + styler.style(q.answer.description, as: .shape) + ".", styler: styler))
        }
        var lines = [wrong("Not \(answer.description). " + q.rule + ".", styler: styler)]
        if let diagnosis = q.diagnosis(of: answer) { lines.append("  " + diagnosis + ".") }
        if let principle = q.principle { lines.append("  " + principle + ".") }
        return .judged(right: false, feedback: lines.joined(separator: "\n"))
    }

    // MARK: Fix the formula

    static func assess(_ q: FormulaQuestion, _ line: String, styler: any TextStyler) -> DrillQuestion.Assessment {
        let expected = q.architecture.shape(of: q.quantity)
        let theBug = "The bug was \(q.bug.title). \(q.why)"
        let reference = "One right answer: " + styler.style(q.referenceLine, as: .emphasis)
        switch q.judge(line) {
        case .right:
            return .judged(right: true, feedback: right("your line agrees with the reference on \(FormulaQuestion.trialCount) random networks of these shapes. The bug was \(q.bug.title).", styler: styler))
        case .unchanged:
            return .unreadable("That is the line as given: it still has the bug. Change it (or type hint, skip, quit).")
        case let .noValue(assigned):
            let what = assigned.isEmpty ? "assigns nothing" : "assigns " + assigned.joined(separator: ", ")
            return .unreadable("Your line \(what), but the question is about \(q.target): type \(q.target) = … or just the right-hand side.")
        case let .failed(diagnostic, failedLine):
            let display = DiagnosticRenderer(styler: styler).render(diagnostic, line: failedLine)
            return .judged(right: false, feedback: [wrong("Your line fails:", styler: styler), indented(display), theBug, reference].joined(separator: "\n"))
        case let .wrongShape(got, expectedText):
            var lines = [wrong("Your line runs but gives \(got); \(q.target) must be \(expectedText).", styler: styler)]
            if got.hasSuffix(",)") {
                lines.append("  \(got) is a rank-1 array: a sum without keepdims=True drops the summed axis, and .T leaves a rank-1 array as it is. Add keepdims=True.")
            }
            if let mistake = q.namedMistake(in: line) { lines.append("  " + mistake.prefix(1).uppercased() + mistake.dropFirst() + ".") }
            let steps = ShapeTrace.steps(of: line, in: q.environment(trial: 0))
            if !steps.isEmpty { lines.append("  Its shapes, step by step:") ; lines += steps.map { "    " + $0 } }
            lines += [theBug, reference]
            return .judged(right: false, feedback: lines.joined(separator: "\n"))
        case let .wrongValues(row, column, got, expectedValue):
            var text: String
            if let mistake = q.namedMistake(in: line) {
                text = "Your line gives the right shape, \(expected), but \(mistake)."
            } else {
                let (shownGot, shownExpected) = ValueFormatter.distinguishing(got, expectedValue)
                text = "Your line gives the right shape, \(expected), but different values: element [\(row), \(column)] is \(shownGot) where the reference has \(shownExpected)."
                if let ratio = ratioNote(got, expectedValue, m: q.architecture.examples) { text += " " + ratio }
            }
            return .judged(right: false, feedback: [wrong(text, styler: styler), theBug, reference].joined(separator: "\n"))
        case let .wrongKind(got, expectedText):
            return .judged(right: false, feedback: [wrong("Your line gives \(got), but \(q.target) is \(expectedText).", styler: styler), theBug, reference].joined(separator: "\n"))
        }
    }

    /// "m times too large" is the signature of a missing 1/m; say so when it shows.
    static func ratioNote(_ got: Double, _ expected: Double, m: Int) -> String? {
        guard expected != 0, m > 1 else { return nil }
        let ratio = got / expected
        if Swift.abs(ratio - Double(m)) < 1e-6 * Double(m) { return "That is m = \(m) times too large." }
        if Swift.abs(ratio - 1 / Double(m)) < 1e-6 / Double(m) { return "That is m = \(m) times too small." }
        return nil
    }

    // MARK: Will it run?

    static func assess(_ q: PredictionQuestion, _ line: String, styler: any TextStyler) -> DrillQuestion.Assessment {
        guard let answer = PredictionAnswer.parse(line, symbols: q.architecture.symbols) else {
            let bare = line.trimmingWhitespace.lowercased()
            if ["runs", "run", "yes", "ok", "it runs"].contains(bare) {
                return .unreadable("And which shape comes out? Type it, like (2, 5).")
            }
            return .unreadable("Type error if the line fails, or the shape it gives, like (2, 5) (or hint, skip, quit).")
        }
        let shape = q.resultShape
        switch (answer, shape) {
        case (.error, nil):
            guard case let .failed(diagnostic, _) = q.outcome else { preconditionFailure() }
            return .judged(right: true, feedback: right("it fails. " + diagnostic.message, styler: styler))
        case let (.shape(given), shape?) where given == shape:
            return .judged(right: true, feedback: right("it runs and gives " + styler.style(shape.description, as: .shape) + ".", styler: styler))
        case (.error, _?):
            return .judged(right: false, feedback: wrong("It runs. ", styler: styler) + truth(q, styler: styler))
        case let (.shape(given), nil):
            return .judged(right: false, feedback: wrong("Not \(given.description): ", styler: styler) + truth(q, styler: styler))
        case let (.shape(given), _?):
            var text = wrong("Not \(given.description). ", styler: styler) + truth(q, styler: styler)
            switch (given, shape) {
            case (.rank1, .shape?):
                text += "\n  (n,) is a rank-1 array; every operand here is 2-D, and so is the result."
            case (.shape, .rank1?):
                text += "\n  Without keepdims=True the summed axis is dropped: numpy gives a rank-1 array, neither a row nor a column."
            default: break
            }
            return .judged(right: false, feedback: text)
        }
    }

    /// What the line really does: the language's error display, or the shapes step by step.
    static func truth(_ q: PredictionQuestion, styler: any TextStyler) -> String {
        switch q.outcome {
        case let .failed(diagnostic, line):
            return "It fails:\n" + indented(DiagnosticRenderer(styler: styler).render(diagnostic, line: line))
        default:
            let steps = ShapeTrace.steps(of: q.expression, in: q.environment())
            return "It gives " + styler.style(q.sampleAnswer, as: .shape) + ":\n" + steps.map { "    " + $0 }.joined(separator: "\n")
        }
    }
}
