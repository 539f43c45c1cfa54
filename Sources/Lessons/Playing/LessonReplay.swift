import BackpropLanguage

/// `backprop replay NAME`: the whole lesson, every question answered with its reference answer,
/// deterministically. The transcript is a golden file in the tests, so a change in the engine's
/// output shows up in review, and every checkpoint is verified.
public enum LessonReplay {
    public struct Result: Sendable {
        public var transcript: String
        /// Checkpoints that failed and reference answers that were judged wrong.
        public var failures: [String]
    }

    /// Each repl block may run for `budget` (commands that poll, such as `train`, stop there;
    /// the front end's watchdog ends work that cannot be stopped midway).
    public static func run(_ lesson: Lesson, budget: LessonBudget = LessonBudget()) -> Result {
        var session = Session()
        session.console = Console(status: { _ in }, interruptRequested: { budget.isExceeded }, plotStyle: Console.plain.plotStyle)
        var player = LessonPlayer(lesson: lesson, session: session)
        player.budget = budget
        var lines = player.start()
        var failures: [String] = []
        while !player.isFinished {
            switch player.waiting {
            case .pause:
                lines += player.handle("")
            case let .question(index):
                guard case let .question(question) = lesson.items[index].kind else { break }
                let answer = replayAnswer(question)
                lines.append(LessonLine(.input, "answer> " + answer))
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
        return Result(transcript: render(lines), failures: failures)
    }

    /// The reference answer typed as a learner would: a choice by its number.
    static func replayAnswer(_ question: Question) -> String {
        if case let .choice(_, correct) = question.expected { return "\(correct + 1)" }
        return LessonPlayer.referenceAnswer(question)
    }

    /// Plain text: narration and outputs as shown, the title underlined, blank lines between items.
    public static func render(_ lines: [LessonLine]) -> String {
        var text: [String] = []
        for line in lines {
            switch line.role {
            case .title:
                text.append("")
                text.append(line.text)
                text.append(String(repeating: "=", count: line.text.count))
            case .narration:
                text.append("")
                text.append(line.text)
            case .question:
                if !line.text.hasPrefix("  ") { text.append("") }
                text.append(line.text)
            default:
                text.append(line.text)
            }
        }
        while text.first == "" { text.removeFirst() }
        return text.joined(separator: "\n") + "\n"
    }
}
