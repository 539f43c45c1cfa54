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

    public static func run(_ lesson: Lesson) -> Result {
        var player = LessonPlayer(lesson: lesson)
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
        failures += player.checkpointFailures
        return Result(transcript: render(lines), failures: failures)
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
