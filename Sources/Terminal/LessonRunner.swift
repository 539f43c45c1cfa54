@preconcurrency import Glibc
import Dispatch
import BackpropLanguage
import Lessons

/// Plays lessons in the terminal: `backprop lesson [NAME]`, `backprop replay NAME`, the in-REPL
/// `lesson NAME`, and the first-run tour. Progress is saved after every answer and stop.
public enum LessonRunner {
    static var catalog: LessonCatalog? { LessonCatalog() }

    /// `backprop lesson` with no name: the list with progress.
    public static func list() -> Int32 {
        guard let catalog else { return missingFolder() }
        let current = LessonProgress.read()
        print(LessonList.render(catalog: catalog, progress: current.progress, note: current.note, width: TerminalSize.outputWidth))
        return 0
    }

    /// `backprop lesson NAME`: one lesson, interactively (or from a pipe, line by line). Exits 1
    /// if a checkpoint failed (the engine disagrees with the notes) or a repl line failed.
    public static func play(name: String, graded: Bool) -> Int32 {
        guard let lesson = load(name) else { return 1 }
        let style = Style.automatic
        var reader: LineReader = PlainLineReader()
        if TerminalDetection.isInteractive,
           let editor = LineEditor(programName: "backprop", historyFile: LineEditor.homeFile(named: ".backprop_history"), completer: { _ in
               Completion(word: "", candidates: [])
           }) {
            reader = editor
        }
        defer { reader.close() }
        let outcome = play(lesson, graded: graded, reader: reader, style: style, waitsAtTheEnd: TerminalDetection.isInteractive)
        return outcome.failures.isEmpty ? 0 : 1
    }

    /// `backprop replay NAME`: the whole lesson answered with its reference answers. Exits 1 if a
    /// checkpoint fails, a repl line fails, a block runs past its budget or a reference answer is
    /// judged wrong.
    public static func replay(name: String) -> Int32 {
        guard let lesson = load(name) else { return 1 }
        let budget = LessonBudget.fromEnvironment()
        startWatchdog(budget)
        let result = LessonReplay.run(lesson, budget: budget)
        print(result.transcript, terminator: "")
        fflush(StandardStreams.output)
        for failure in result.failures { fputs("error: \(failure)\n", StandardStreams.error) }
        return result.failures.isEmpty ? 0 : 1
    }

    /// Work that cannot be stopped midway (a huge product) does not see the budget; a few
    /// seconds past it, this ends the replay with the line that ran over, rather than never.
    static func startWatchdog(_ budget: LessonBudget) {
        let grace = max(2, budget.seconds / 2)
        let thread = DispatchQueue(label: "backprop.replay-watchdog")
        thread.async {
            while true {
                usleep(100_000)
                if let overrun = budget.overrun, overrun.seconds > grace {
                    let message = "error: \(overrun.line): the repl block ran past its budget of \(Int(budget.seconds.rounded(.up))) s and cannot be stopped midway; replay stopped\n"
                    fflush(StandardStreams.output)
                    fputs(message, StandardStreams.error)
                    _exit(1)
                }
            }
        }
    }

    /// What playing a lesson left: its workspace and what failed.
    struct Outcome {
        var session: Session
        /// Failed checkpoints and repl lines, with their file:line.
        var failures: [String]
    }

    /// Plays `lesson` with `reader` in a workspace of its own. `waitsAtTheEnd`: a finished lesson's
    /// summary stays until Enter (the program ends after it).
    @discardableResult
    static func play(_ lesson: Lesson, graded: Bool, reader: LineReader, style: Style, waitsAtTheEnd: Bool = false) -> Outcome {
        var player = LessonPlayer(lesson: lesson, graded: graded)
        let interactive = TerminalDetection.isInteractive
        func updateConsole() {
            // Progress bars, Ctrl-C (which stops train and gradcheck) and output sized for the
            // window, as in the REPL.
            if interactive { player.console = TerminalConsole.make(style: style) } else { player.console.width = TerminalSize.outputWidth }
        }
        updateConsole()
        let saved = LessonProgress.load().lessons[lesson.name]
        var lines: [LessonLine]
        if let saved, !saved.completed, !saved.inputs.isEmpty {
            lines = player.resume(replaying: saved.inputs)
        } else if let saved, !saved.completed, saved.position > 0 {
            lines = player.fastForward(to: saved.position)
        } else {
            lines = player.start()
        }
        show(lines, style: style)
        var saving = SaveState()
        saving.save(player, style: style)
        // Answers and exploring lines are cells, as at the REPL: a `def` answer continues on `...:`.
        var cells = CellReader(mode: .interactive)
        while !player.isFinished && !player.quit {
            let continuing = cells.isContinuing
            let prompt = continuing ? String(repeating: " ", count: max(player.prompt.trimmingTrailingSpaces.count - 4, 0)) + style.prompt("...:") + " "
                                    : style.prompt(player.prompt.trimmingTrailingSpaces) + " "
            let indentation = continuing && !reader.hasPendingInput(withinMilliseconds: 0) ? cells.indentation : ""
            switch reader.readLine(prompt: prompt, initialText: indentation) {
            case .endOfInput:
                if continuing { cells = CellReader(mode: .interactive); continue }
                _ = player.handle("quit")
                print()
            case .interrupted:
                cells = CellReader(mode: .interactive)
                printWrapped(style.dim("(Ctrl-C: type quit to leave the lesson" + (saving.isSaving ? "; your progress is kept)" : ")")))
            case let .line(line):
                // Enter alone goes on past a pause: outside a block a blank line is an input of its own.
                let ready: [String] = !continuing && line.allSatisfy(\.isWhitespace) ? [line]
                    : (line.contains("\n") ? cells.add(lines: line)
                       : cells.add(line, moreInputPending: continuing && line.allSatisfy(\.isWhitespace) && REPL.isPasting(reader))).map(\.text)
                for text in ready {
                    if !text.isEmpty { reader.addToHistory(text) }
                    updateConsole()
                    show(InterruptFlag.whileComputing { player.handle(text) }, style: style)
                    saving.save(player, style: style)
                    if player.isFinished || player.quit { break }
                }
            }
        }
        saving.save(player, style: style)
        if player.quit {
            if let reason = saving.lastFailure {
                Note.show("progress could not be saved: \(reason); lesson \(lesson.name) will not resume from here", style: style)
                printWrapped(style.dim("left \"\(lesson.title)\""))
            } else {
                printWrapped(style.dim("left \"\(lesson.title)\"; progress kept: lesson \(lesson.name) resumes where you were"))
            }
        } else if player.isFinished, let reason = saving.lastFailure {
            Note.show("progress could not be saved: \(reason); the lesson will not show as done", style: style)
        }
        if waitsAtTheEnd && player.isFinished { _ = reader.readLine(prompt: style.dim("(Enter to leave)") + " ") }
        fflush(StandardStreams.output)
        return Outcome(session: player.session, failures: player.failures)
    }

    /// Saves after every answer: the first failure is said at once (and why), later ones only
    /// if the reason changes; notices (a damaged file kept as a copy) are shown as they come.
    struct SaveState {
        private(set) var lastFailure: String?
        private var reported: String?

        var isSaving: Bool { lastFailure == nil }

        mutating func save(_ player: LessonPlayer, style: Style) {
            switch LessonRunner.save(player) {
            case let .saved(notices):
                lastFailure = nil
                for notice in notices { Note.show(notice, style: style) }
            case let .notSaved(reason):
                lastFailure = reason
                if reported != reason {
                    reported = reason
                    Note.show("progress not saved: \(reason)", style: style)
                }
            }
        }
    }

    static func save(_ player: LessonPlayer) -> LessonProgress.SaveOutcome {
        LessonProgress.update { progress in
            let previous = progress.lessons[player.lesson.name]
            progress.lessons[player.lesson.name] = LessonProgress.Entry(
                position: player.isFinished ? 0 : player.resumePosition,
                completed: player.isFinished || previous?.completed == true,
                score: player.score,
                inputs: player.isFinished ? [] : player.inputs)
        }
    }

    static func show(_ lines: [LessonLine], style: Style) {
        let width = TerminalSize.outputWidth
        let styler = AnsiStyler(style: style)
        for line in lines {
            let shown = line.wrapped(width: width, styler: styler)
            func each(_ role: (String) -> String) { for text in shown { print(role(text)) } }
            switch line.role {
            case .title:
                print()
                each(style.bold)
            case .narration:
                print()
                each { $0 }
            case .input: each(style.dim)
            case .output: each { $0 }
            case .question:
                if !line.text.hasPrefix("  ") { print() }
                each(style.bold)
            case .feedback: each(style.warning)
            case .correct: each(style.success)
            case .hint: each(style.shape)
            case .checkpoint: each(style.dim)
            case .failure: each(style.error)
            case .info: each(style.dim)
            }
        }
        fflush(StandardStreams.output)
    }

    static func load(_ name: String) -> Lesson? {
        do {
            if name.hasSuffix(".md") { return try LessonCatalog.load(path: name) }
            guard let catalog else {
                _ = missingFolder()
                return nil
            }
            return try catalog.load(name)
        } catch {
            fputs("error: \(error)\n", StandardStreams.error)
            return nil
        }
    }

    static func missingFolder() -> Int32 {
        fputs("error: the lessons folder was not found; set BACKPROP_LESSONS to the folder that holds the lesson files\n", StandardStreams.error)
        return 1
    }
}
