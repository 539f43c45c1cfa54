import BackpropLanguage

/// One drill: a fixed number of questions drawn from a seed, answered one line at a time, with
/// a score, a streak, and per-topic misses that go into the record so the next session draws
/// more of what was missed. It only turns lines into text; the front end reads and prints.
public struct DrillSession: Sendable {
    public let options: DrillOptions
    /// The seed actually used (the one given, or a fresh one), shown so the session can be replayed.
    public let seed: Int
    /// The record as it stands, updated after every answer (the front end saves it).
    public private(set) var record: DrillRecord
    /// 1-based number of the current question; 0 before `start()`.
    public private(set) var number = 0
    public private(set) var answered = 0
    public private(set) var right = 0
    public private(set) var streak = 0
    public private(set) var bestStreak = 0
    /// Topic key → misses in this session.
    public private(set) var misses: [String: Int] = [:]
    public private(set) var current: DrillQuestion?
    public private(set) var isFinished = false

    private var random: DrillRandom
    /// The record as it was when the session began: the weights stay fixed for the session, so
    /// a seed gives the same questions whatever the answers.
    private let weightsFrom: DrillRecord
    private let kindOffset: Int
    private let styler: any TextStyler

    public init(options: DrillOptions, record: DrillRecord = DrillRecord(), styler: any TextStyler = PlainStyler()) {
        self.options = options
        self.seed = options.seed ?? Int.random(in: 0...Int(UInt32.max))
        self.record = record
        self.weightsFrom = record
        self.styler = styler
        var random = DrillRandom(seed: seed)
        kindOffset = random.int(in: 0...(options.kinds.count - 1))
        self.random = random
    }

    /// `drill 3/10> `
    public var prompt: String { "drill \(max(number, 1))/\(options.count)> " }

    /// The introduction and the first question.
    public mutating func start() -> String {
        record.sessions += 1
        let kinds = options.kinds.map(\.rawValue).joined(separator: ", ")
        let intro = [
            styler.style("Drill", as: .emphasis) + " · \(options.count) question\(options.count == 1 ? "" : "s") · \(kinds) · seed \(seed)",
            styler.style("Answer at the prompt; hint gives the rule, skip shows the answer, quit ends the drill.", as: .dim),
        ].joined(separator: "\n")
        return intro + "\n\n" + nextQuestion()
    }

    private mutating func nextQuestion() -> String {
        number += 1
        let kind = options.kinds[(kindOffset + number - 1) % options.kinds.count]
        var questionRandom = DrillRandom(seed: random.nextSeed())
        let weights = weightsFrom
        let question = DrillQuestion.generate(kind, weight: { weights.weight(of: $0) }, using: &questionRandom)
        current = question
        return questionText(question)
    }

    private func questionText(_ question: DrillQuestion) -> String {
        let heading = styler.style("Question \(number)/\(options.count) · \(question.kind.title)", as: .emphasis)
        return heading + "\n" + question.body(styler: styler) + "\n" + styler.style(question.answerFormat, as: .dim)
    }

    /// Handles one line: an answer, or `hint`, `skip`, `again`, `help`, `quit`. Returns the text to show.
    public mutating func respond(to line: String) -> String {
        guard !isFinished, let question = current else { return "" }
        let word = line.trimmingWhitespace.lowercased()
        switch word {
        case "":
            return ""
        case "quit", "exit", "q", "stop", "end":
            isFinished = true
            return summary
        case "hint", "h":
            return styler.style("hint:", as: .hint) + " " + question.hint
        case "again", "repeat", "question", "show":
            return questionText(question)
        case "help", "?":
            return [question.answerFormat,
                    "hint shows the rule to apply, skip shows the answer (counted as a miss), again repeats the question, quit ends the drill.",
                    "Score so far: \(scoreLine)"].joined(separator: "\n")
        case "skip", "pass", "s":
            return finish(question, right: false, feedback: "Skipped. " + question.reveal(styler: styler))
        default:
            switch question.assess(line, styler: styler) {
            case let .unreadable(message):
                return message
            case let .judged(isRight, feedback):
                return finish(question, right: isRight, feedback: feedback)
            }
        }
    }

    private mutating func finish(_ question: DrillQuestion, right isRight: Bool, feedback: String) -> String {
        answered += 1
        if isRight {
            right += 1
            streak += 1
            bestStreak = max(bestStreak, streak)
        } else {
            streak = 0
            misses[question.topic, default: 0] += 1
        }
        record.note(topic: question.topic, right: isRight)
        record.bestStreak = max(record.bestStreak, bestStreak)
        var text = feedback + "\n" + styler.style(scoreLine, as: .dim)
        if number >= options.count {
            isFinished = true
            current = nil
            text += "\n\n" + summary
        } else {
            text += "\n\n" + nextQuestion()
        }
        return text
    }

    /// `score 2/3 · streak 2`
    public var scoreLine: String {
        "score \(right)/\(answered) · streak \(streak)"
    }

    /// The end of the session: score, best streak, what was missed and what comes next.
    public var summary: String {
        var lines = [styler.style("Drill over:", as: .emphasis) + " \(right) of \(answered) right · best streak \(bestStreak)"]
        if misses.isEmpty {
            lines.append(answered == 0 ? "No questions answered." : "No misses.")
        } else {
            let missed = misses.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\(DrillTopic.title(of: $0.key)) ×\($0.value)" }
            lines.append("Missed: " + missed.joined(separator: ", ") + ". The next drill draws more of these.")
        }
        let allTime = record.mostMissed()
        if record.sessions > 1 || record.answered > answered {
            var line = "All drills: \(record.right) of \(record.answered) right over \(record.sessions) session\(record.sessions == 1 ? "" : "s")"
            if !allTime.isEmpty { line += "; most missed: " + allTime.map { "\(DrillTopic.title(of: $0.topic)) ×\($0.tally.missed)" }.joined(separator: ", ") }
            lines.append(line + ".")
        }
        return lines.joined(separator: "\n")
    }
}
