@preconcurrency import Glibc
import BackpropLanguage
import Lessons

/// Plays lessons in the terminal: `backprop lesson [NAME]`, `backprop replay NAME`, the in-REPL
/// `lesson NAME`, and the first-run tour. Progress is saved after every answer and stop.
public enum LessonRunner {
    static var catalog: LessonCatalog? { LessonCatalog() }

    /// `backprop lesson` with no name: the list with progress.
    public static func list() -> Int32 {
        guard let catalog else { return missingFolder() }
        print(LessonList.render(catalog: catalog, progress: LessonProgress.load(), width: TerminalSize.outputWidth))
        return 0
    }

    /// `backprop lesson NAME`: one lesson, interactively (or from a pipe, line by line).
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
        play(lesson, graded: graded, reader: reader, style: style, waitsAtTheEnd: TerminalDetection.isInteractive)
        return 0
    }

    /// `backprop replay NAME`: the whole lesson answered with its reference answers. Exits 1 if a
    /// checkpoint fails or a reference answer is judged wrong.
    public static func replay(name: String) -> Int32 {
        guard let lesson = load(name) else { return 1 }
        let result = LessonReplay.run(lesson)
        print(result.transcript, terminator: "")
        for failure in result.failures { fputs("error: \(failure)\n", StandardStreams.error) }
        return result.failures.isEmpty ? 0 : 1
    }

    /// Plays `lesson` with `reader` in a workspace of its own; returns the workspace it ended with.
    /// `waitsAtTheEnd`: a finished lesson's summary stays until Enter (the program ends after it).
    @discardableResult
    static func play(_ lesson: Lesson, graded: Bool, reader: LineReader, style: Style, waitsAtTheEnd: Bool = false) -> Session {
        var player = LessonPlayer(lesson: lesson, graded: graded)
        let interactive = TerminalDetection.isInteractive
        func updateConsole() {
            // Progress bars, Ctrl-C and output sized for the window, as in the REPL.
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
        save(player)
        while !player.isFinished && !player.quit {
            switch reader.readLine(prompt: style.prompt(player.prompt.trimmingTrailingSpace) + " ") {
            case .endOfInput:
                _ = player.handle("quit")
                print()
            case .interrupted:
                printWrapped(style.dim("(Ctrl-C: type quit to leave the lesson; your progress is kept)"))
            case let .line(line):
                if !line.isEmpty { reader.addToHistory(line) }
                updateConsole()
                show(player.handle(line), style: style)
                save(player)
            }
        }
        save(player)
        if player.quit { printWrapped(style.dim("left \"\(lesson.title)\"; lesson \(lesson.name) resumes where you were")) }
        if waitsAtTheEnd && player.isFinished { _ = reader.readLine(prompt: style.dim("(Enter to leave)") + " ") }
        return player.session
    }

    static func save(_ player: LessonPlayer) {
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

extension String {
    var trimmingTrailingSpace: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
