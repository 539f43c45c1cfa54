import MatrixEngine
import BackpropLanguage

/// Plays a lesson: narration, REPL input, pauses, questions and checkpoints, one learner input at
/// a time. It does no I/O, so the interactive front end, `replay` and the tests drive the same code.
public struct LessonPlayer: Sendable {
    public enum Waiting: Sendable, Equatable {
        /// At a pause: Enter goes on; anything else is REPL input to explore with.
        case pause
        /// At a question: input is an answer (or hint, skip, solution, ...).
        case question(Int)
        case finished
    }

    public struct Score: Sendable, Equatable {
        public var firstTry = 0
        public var afterHelp = 0
        public var skipped = 0
        public var wrongAnswers = 0

        public init(firstTry: Int = 0, afterHelp: Int = 0, skipped: Int = 0, wrongAnswers: Int = 0) {
            self.firstTry = firstTry
            self.afterHelp = afterHelp
            self.skipped = skipped
            self.wrongAnswers = wrongAnswers
        }
    }

    /// What stands at a waiting point, so `back` can return to it exactly.
    struct Snapshot: Sendable {
        var position: Int
        var waiting: Waiting
        var session: Session
    }

    public let lesson: Lesson
    /// Graded use: `skip` and `solution` are refused.
    public let graded: Bool
    public private(set) var session: Session
    /// The index of the next item to play.
    public private(set) var position = 0
    public private(set) var waiting: Waiting = .pause
    public private(set) var score = Score()
    public private(set) var checkpointFailures: [String] = []
    /// Everything that went wrong in the lesson's own lines, in order, each with its file:line:
    /// failed checkpoints, repl lines that failed (or were marked `# error` and did not), and a
    /// block that ran past its budget.
    public private(set) var failures: [String] = []
    /// A time budget for each repl block (replay sets one; a learner at the keyboard has Ctrl-C).
    public var budget: LessonBudget?
    public private(set) var quit = false
    private var hintsShown = 0
    private var wrongOnThisQuestion = 0
    private var history: [Snapshot] = []
    /// The REPL input the lesson ran or accepted, for the closing summary.
    private var linesUsed: [String] = []
    /// Every line the learner typed since the lesson (re)started, `quit` aside: replaying them
    /// rebuilds the lesson exactly (workspace, score, the place in it), which is how it resumes.
    public private(set) var inputs: [String] = []

    public static let commands = ["hint", "skip", "solution", "back", "restart", "quit"]

    public init(lesson: Lesson, graded: Bool = false, session: Session = Session()) {
        self.lesson = lesson
        self.graded = graded
        self.session = session
    }

    public var isFinished: Bool { waiting == .finished }

    /// How the lesson's REPL lines show progress, take Ctrl-C and lay out their output: the front
    /// end sets it to its terminal's before each input (a window may be resized).
    public var console: Console {
        get { session.console }
        set { session.console = newValue }
    }

    /// The prompt the front end shows while waiting.
    public var prompt: String {
        switch waiting {
        case .pause: return "lesson> "
        case .question: return "answer> "
        case .finished: return ""
        }
    }

    /// Shows the title and plays up to the first waiting point.
    public mutating func start() -> [LessonLine] {
        [LessonLine(.title, lesson.title)] + playOn()
    }

    /// Where a saved lesson picks up again: the waiting question itself, or what follows a pause.
    public var resumePosition: Int {
        switch waiting {
        case let .question(index): return index
        case .pause: return position
        case .finished: return lesson.items.count
        }
    }

    /// Resumes a lesson left earlier: replays the learner's own inputs (`inputs` as saved) silently,
    /// so the workspace holds their variables as they made them (a `dZ` typed at one question is
    /// there for the next) and the score counts the whole lesson. Returns what the learner sees:
    /// the question they were at again, or, after a pause, what follows it.
    public mutating func resume(replaying saved: [String]) -> [LessonLine] {
        _ = start()
        for input in saved where !isFinished {
            _ = handle(input)
        }
        var lines = [LessonLine(.title, lesson.title), LessonLine(.info, "(resuming where you left off; restart starts over)")]
        switch waiting {
        case .pause: lines += handle("")
        case .question: lines += replayPrompt()
        case .finished: lines += closingSummary()
        }
        return lines
    }

    /// Replays items silently up to `target` (answering with the reference answers): how a lesson
    /// saved before inputs were kept resumes. Returns what the learner sees from there on.
    public mutating func fastForward(to target: Int) -> [LessonLine] {
        while position < min(target, lesson.items.count) {
            let item = lesson.items[position]
            switch item.kind {
            case let .commands(lines):
                for line in lines { _ = session.execute(line.text) }
            case let .question(question):
                if let reference = Self.runnableAnswer(question) { _ = session.execute(reference) }
            default: break
            }
            position += 1
        }
        return [LessonLine(.title, lesson.title), LessonLine(.info, "(resuming where you left off; restart starts over)")] + playOn()
    }

    /// Handles one line of learner input at the current waiting point.
    public mutating func handle(_ input: String) -> [LessonLine] {
        let text = input.trimmingBlanks
        switch text {
        case "quit", "exit":
            // Whether the progress was kept is the front end's to say: only it knows if saving worked.
            quit = true
            return []
        case "restart":
            var fresh = Session()
            fresh.console = session.console
            let (budget, failures, checkpointFailures) = (self.budget, self.failures, self.checkpointFailures)
            self = LessonPlayer(lesson: lesson, graded: graded, session: fresh)
            self.budget = budget
            self.failures = failures
            self.checkpointFailures = checkpointFailures
            return [LessonLine(.info, "starting over")] + start()
        case "back":
            guard history.count >= 2 else { return [LessonLine(.info, "this is the first stop of the lesson")] }
            inputs.append(input)
            history.removeLast()
            let previous = history.last!
            position = previous.position
            waiting = previous.waiting
            session = previous.session
            hintsShown = 0
            wrongOnThisQuestion = 0
            return [LessonLine(.info, "back one stop")] + replayPrompt()
        default: break
        }
        if let word = startsAnotherMode(text) {
            return [LessonLine(.info, "'\(word)' is not available inside a lesson: quit leaves the lesson, then \(word) in the REPL")]
        }
        if waiting != .finished { inputs.append(input) }
        switch waiting {
        case .finished:
            return [LessonLine(.info, "the lesson is over")]
        case .pause:
            if text.isEmpty { return playOn() }
            if ["hint", "skip", "solution"].contains(text) {
                return text == "skip" ? playOn() : [LessonLine(.info, "there is no question here: press Enter to go on")]
            }
            return explore(text)
        case let .question(index):
            guard case let .question(question) = lesson.items[index].kind else { return [] }
            return answer(text, question: question)
        }
    }

    /// `lesson …` or `drill …` typed in the lesson: the REPL's commands, which would start another
    /// lesson or a drill inside this one. Returns the word, or nil for anything else (`drill = 3`).
    private func startsAnotherMode(_ text: String) -> String? {
        let words: Set<String> = ["lesson", "drill"]
        let commands = session.commands
        guard let statements = try? Parser.parse(text, isCommand: { words.contains($0) || commands.lookUp($0) != nil }) else { return nil }
        for statement in statements {
            if case let .command(name, _, _) = statement.kind, words.contains(name) { return name }
        }
        return nil
    }

    // MARK: Questions

    private mutating func answer(_ text: String, question: Question) -> [LessonLine] {
        switch text {
        case "":
            return [LessonLine(.info, "type your answer (or hint, skip, solution, back, quit)")]
        case "hint":
            return nextHint(question) ?? [LessonLine(.info, "no more hints" + (graded ? "" : ": solution shows the answer, skip runs it"))]
        case "solution":
            if graded { return [LessonLine(.info, "solution is off in graded mode")] }
            return [LessonLine(.hint, "solution: " + solutionText(question))]
        case "skip":
            if graded { return [LessonLine(.info, "skip is off in graded mode")] }
            var lines = [LessonLine(.info, "skipped; the answer is: " + referenceAnswer(question))]
            if let reference = Self.runnableAnswer(question) {
                let result = session.execute(reference)
                lines.append(LessonLine(.input, "backprop> " + reference))
                let shown = Session.lessonRenderer(session).render(result, line: reference, options: session.environment.printOptions)
                if !shown.isEmpty { lines.append(LessonLine(.output, shown)) }
                linesUsed.append(reference)
            }
            score.skipped += 1
            return lines + playOn()
        default:
            break
        }
        switch AnswerJudge.judge(text, for: question, in: session) {
        case .notAnAnswer:
            return explore(text) + [LessonLine(.info, "(that was not an answer to the question; answer it when you are ready)")]
        case let .intermediate(newSession, shown, name, target):
            session = newSession
            linesUsed.append(text)
            return shown.map { LessonLine(.output, $0) } + [LessonLine(.info, "(\(name) is kept; the question asks for \(target))")]
        case let .wrong(feedback, shown):
            score.wrongAnswers += 1
            wrongOnThisQuestion += 1
            var lines = shown.map { LessonLine(.output, $0) }
            lines.append(LessonLine(.feedback, "not quite: " + feedback))
            lines += nextHint(question) ?? []
            return lines
        case let .correct(newSession, shown):
            session = newSession
            if Self.runnableAnswer(question) != nil { linesUsed.append(text) }
            if wrongOnThisQuestion == 0 && hintsShown == 0 { score.firstTry += 1 } else { score.afterHelp += 1 }
            var lines = shown.map { LessonLine(.output, $0) }
            lines.append(LessonLine(.correct, "right" + (question.explanation.map { ": " + $0 } ?? "")))
            return lines + playOn()
        }
    }

    private mutating func nextHint(_ question: Question) -> [LessonLine]? {
        guard hintsShown < question.hints.count else { return nil }
        hintsShown += 1
        return [LessonLine(.hint, "hint \(hintsShown)/\(question.hints.count): " + question.hints[hintsShown - 1])]
    }

    /// The reference answer, as a learner would type it.
    public static func referenceAnswer(_ question: Question) -> String {
        switch question.expected {
        case let .expression(text): return text
        case let .shape(shape): return NDArray.describe(shape)
        case let .number(text, _): return text
        case let .choice(options, correct): return "\(correct + 1)  (\(options[correct]))"
        case let .definition(name): return CheckCommands.referenceDefinition(of: name) ?? "def \(name)(…)"
        }
    }

    private func referenceAnswer(_ question: Question) -> String { LessonPlayer.referenceAnswer(question) }

    /// What `skip` runs for the learner: an expression's or a definition's reference answer.
    static func runnableAnswer(_ question: Question) -> String? {
        switch question.expected {
        case let .expression(reference): return reference
        case .definition: return referenceAnswer(question)
        default: return nil
        }
    }

    private func solutionText(_ question: Question) -> String {
        question.solution ?? referenceAnswer(question)
    }

    // MARK: Playing on

    private mutating func explore(_ text: String) -> [LessonLine] {
        let result = session.execute(text)
        let shown = Session.lessonRenderer(session).render(result, line: text, options: session.environment.printOptions)
        if !result.failed { linesUsed.append(text) }
        return shown.isEmpty ? [] : [LessonLine(result.failed ? .failure : .output, shown)]
    }

    /// Plays items until one waits for the learner.
    private mutating func playOn() -> [LessonLine] {
        var lines: [LessonLine] = []
        hintsShown = 0
        wrongOnThisQuestion = 0
        while position < lesson.items.count {
            let item = lesson.items[position]
            position += 1
            switch item.kind {
            case let .narration(text):
                lines.append(LessonLine(.narration, text))
            case let .commands(commandLines):
                budget?.startBlock()
                defer { budget?.finishBlock() }
                for line in commandLines {
                    lines.append(LessonLine(.input, "backprop> " + line.text))
                    budget?.running("\(lesson.file):\(line.line): \(line.text)")
                    let result = session.execute(line.text)
                    let shown = Session.lessonRenderer(session).render(result, line: line.text, options: session.environment.printOptions)
                    if !shown.isEmpty { lines.append(LessonLine(result.failed ? .failure : .output, shown)) }
                    linesUsed.append(line.text)
                    if let budget, budget.isExceeded {
                        let report = "\(lesson.file):\(line.line): the repl block ran past its budget of \(LessonBudget.describe(budget.seconds)) at '\(line.text)'; the rest of the block was not run"
                        recordFailure(report)
                        lines.append(LessonLine(.failure, report))
                        break
                    }
                    if result.failed && !line.expectsError {
                        let message = result.diagnostics.first?.message ?? "it failed"
                        recordFailure("\(lesson.file):\(line.line): the repl line '\(line.text)' failed: \(message)")
                    } else if !result.failed && line.expectsError {
                        recordFailure("\(lesson.file):\(line.line): the repl line '\(line.text)' is marked '# error' but ran without one")
                    }
                }
            case .pause:
                waiting = .pause
                history.append(Snapshot(position: position, waiting: waiting, session: session))
                return lines
            case let .question(question):
                waiting = .question(position - 1)
                history.append(Snapshot(position: position, waiting: waiting, session: session))
                return lines + questionLines(question)
            case let .checkpoint(checkpoints):
                for checkpoint in checkpoints {
                    if let failure = CheckpointEvaluator.failure(of: checkpoint, in: session) {
                        let report = "CHECKPOINT FAILED at \(lesson.file):\(checkpoint.line): \(checkpoint.text) — but \(failure)"
                        if !checkpointFailures.contains(report) { checkpointFailures.append(report) }
                        recordFailure(report)
                        lines.append(LessonLine(.failure, report))
                    } else {
                        lines.append(LessonLine(.checkpoint, "✓ " + checkpoint.text))
                    }
                }
            }
        }
        waiting = .finished
        return lines + closingSummary()
    }

    /// Once each: `back` and `restart` play the same lines again.
    private mutating func recordFailure(_ report: String) {
        if !failures.contains(report) { failures.append(report) }
    }

    private func questionLines(_ question: Question) -> [LessonLine] {
        var lines = [LessonLine(.question, question.prompt)]
        switch question.expected {
        case let .choice(options, _):
            for (index, option) in options.enumerated() { lines.append(LessonLine(.question, "  \(index + 1). \(option)")) }
            lines.append(LessonLine(.info, "(answer with a number or the option's text)"))
        case .shape:
            lines.append(LessonLine(.info, "(answer with a shape: (4, 3), 4x3 or 4,3)"))
        default:
            break
        }
        return lines
    }

    /// After `back`: the waiting point's question again.
    private func replayPrompt() -> [LessonLine] {
        if case let .question(index) = waiting, case let .question(question) = lesson.items[index].kind {
            return questionLines(question)
        }
        return []
    }

    private func closingSummary() -> [LessonLine] {
        var lines = [LessonLine(.title, "end of \"\(lesson.title)\"")]
        let answered = score.firstTry + score.afterHelp + score.skipped
        if answered > 0 {
            lines.append(LessonLine(.info, "questions: \(score.firstTry) right first time, \(score.afterHelp) after a hint or a retry, \(score.skipped) skipped"))
        }
        let used = CommandCensus.names(in: linesUsed, session: session)
        if !used.commands.isEmpty { lines.append(LessonLine(.info, "commands used: " + used.commands.joined(separator: ", "))) }
        if !used.functions.isEmpty { lines.append(LessonLine(.info, "functions used: " + used.functions.joined(separator: ", "))) }
        if !checkpointFailures.isEmpty {
            lines.append(LessonLine(.failure, "\(checkpointFailures.count) checkpoint(s) failed: the engine disagrees with the notes"))
        }
        let otherFailures = failures.count - checkpointFailures.count
        if otherFailures > 0 {
            lines.append(LessonLine(.failure, "\(otherFailures) of the lesson's own repl lines failed: the lesson needs fixing"))
        }
        return lines
    }
}
