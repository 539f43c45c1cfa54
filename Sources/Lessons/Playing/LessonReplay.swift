import BackpropLanguage
import MatrixEngine

/// `backprop replay NAME`: the whole lesson, every question answered with its reference answer,
/// deterministically. The transcript is a golden file in the tests, so a change in the engine's
/// output shows up in review, and every checkpoint is verified.
public enum LessonReplay {
    public struct Result: Sendable {
        public var transcript: String
        /// Checkpoints that failed and reference answers that were judged wrong.
        public var failures: [String]
    }

    /// What a `number:` question asks for, as an expression (`100 * np.mean(predictions == Y)`;
    /// `L` is the stepper's number of layers), and the value an independent computation gives it.
    public struct NumberExpectation: Sendable, Equatable {
        public var expression: String
        public var value: Double
        public var tolerance: Double

        public init(expression: String, value: Double, tolerance: Double) {
            self.expression = expression
            self.value = value
            self.tolerance = tolerance
        }
    }

    /// Replays `lesson`. With `numbers` (by the line of each ```question block), each `number:`
    /// question is also checked against it: the engine's value of the expression, where the
    /// question stands, must be within the tolerance of the expected value. (The tests pass numpy's
    /// values, so a number answer is not judged only against itself.) Each repl block may run for
    /// `budget` (commands that poll, such as `train`, stop there; the front end's watchdog ends
    /// work that cannot be stopped midway).
    public static func run(_ lesson: Lesson, numbers: [Int: NumberExpectation]? = nil, budget: LessonBudget = LessonBudget()) -> Result {
        var session = Session()
        session.console = Console(status: { _ in }, interruptRequested: { budget.isExceeded }, plotStyle: Console.plain.plotStyle)
        var player = LessonPlayer(lesson: lesson, session: session)
        player.budget = budget
        var lines = player.start()
        var failures: [String] = []
        var numbersSeen: Set<Int> = []
        while !player.isFinished {
            switch player.waiting {
            case .pause:
                lines += player.handle("")
            case let .question(index):
                guard case let .question(question) = lesson.items[index].kind else { break }
                if let numbers, case .number = question.expected {
                    let line = lesson.items[index].line
                    numbersSeen.insert(line)
                    if let expected = numbers[line] {
                        if let problem = numberProblem(expected, in: player.session) { failures.append("\(lesson.file):\(line): \(problem)") }
                    } else {
                        failures.append("\(lesson.file):\(line): no independent value for this number question")
                    }
                }
                let answer = replayAnswer(question)
                // A definition's lines after the first as they are typed, on the continuation prompt.
                lines.append(LessonLine(.input, "answer> " + answer.replacingOccurrences(of: "\n", with: "\n   ...: ")))
                lines += player.handle(answer)
                if player.waiting == .question(index) {
                    failures.append("\(lesson.file):\(lesson.items[index].line): the reference answer '\(answer)' was judged wrong")
                    lines += player.handle("skip")
                }
            case .finished:
                break
            }
        }
        failures += player.failures
        for line in (numbers.map { Set($0.keys) } ?? []).subtracting(numbersSeen).sorted() {
            failures.append("\(lesson.file):\(line): an expected number for a question that is not a number question here")
        }
        return Result(transcript: render(lines), failures: failures)
    }

    /// Why the engine's value of `expected.expression` in `session` is not `expected.value`, or nil.
    static func numberProblem(_ expected: NumberExpectation, in session: Session) -> String? {
        var session = session
        session.environment["L"] = .integer(session.environment.network.depth)
        let outcome = AnswerJudge.run(expected.expression, in: session, allowingCommands: false)
        guard !outcome.failed, let value = outcome.value?.asMatrix, value.isScalarShaped else {
            return "\(expected.expression) does not give a number here: \(outcome.shown.joined(separator: " "))"
        }
        if Tolerance.absolute(expected.tolerance).accepts(value.elements[0], expected.value) { return nil }
        return "the engine's \(expected.expression) is \(Matrix.formatScalar(value.elements[0])), but the expected value is "
            + "\(Matrix.formatScalar(expected.value)) (± \(Matrix.formatScalar(expected.tolerance)))"
    }

    /// The reference answer typed as a learner would: a choice by its number.
    static func replayAnswer(_ question: Question) -> String {
        if case let .choice(_, correct) = question.expected { return "\(correct + 1)" }
        return LessonPlayer.referenceAnswer(question)
    }

    /// Plain text in `width` columns: narration and outputs as shown, the title underlined, blank
    /// lines between items.
    public static func render(_ lines: [LessonLine], width: Int = Console.defaultWidth) -> String {
        var text: [String] = []
        for line in lines {
            let shown = line.wrapped(width: width)
            switch line.role {
            case .title:
                text.append("")
                text += shown
                text.append(String(repeating: "=", count: min(line.text.count, width)))
            case .narration:
                text.append("")
                text += shown
            case .question:
                if !line.text.hasPrefix("  ") { text.append("") }
                text += shown
            default:
                text += shown
            }
        }
        while text.first == "" { text.removeFirst() }
        return text.joined(separator: "\n") + "\n"
    }
}
