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
        print(LessonList.render(catalog: catalog, progress: LessonProgress.load()))
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
        _ = play(lesson, graded: graded, reader: reader, style: style)
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

    /// Plays `lesson` with `reader`; returns the workspace it ended with (the tour hands it to the REPL).
    @discardableResult
    static func play(_ lesson: Lesson, graded: Bool, reader: LineReader, style: Style) -> Session {
        var player = LessonPlayer(lesson: lesson, graded: graded)
        let saved = LessonProgress.load().lessons[lesson.name]
        var lines: [LessonLine]
        if let saved, !saved.completed, saved.position > 0 {
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
                print(style.dim("(Ctrl-C: type quit to leave the lesson; your progress is kept)"))
            case let .line(line):
                if !line.isEmpty { reader.addToHistory(line) }
                show(player.handle(line), style: style)
                save(player)
            }
        }
        save(player)
        if player.quit { print(style.dim("left \"\(lesson.title)\"; lesson \(lesson.name) resumes where you were")) }
        return player.session
    }

    static func save(_ player: LessonPlayer) {
        LessonProgress.update { progress in
            let previous = progress.lessons[player.lesson.name]
            progress.lessons[player.lesson.name] = LessonProgress.Entry(
                position: player.isFinished ? 0 : player.resumePosition,
                completed: player.isFinished || previous?.completed == true,
                score: player.score)
        }
    }

    static func show(_ lines: [LessonLine], style: Style) {
        for line in lines {
            switch line.role {
            case .title: print("\n" + style.bold(line.text))
            case .narration: print("\n" + line.text)
            case .input: print(style.dim(line.text))
            case .output: print(line.text)
            case .question: print((line.text.hasPrefix("  ") ? "" : "\n") + style.bold(line.text))
            case .feedback: print(style.warning(line.text))
            case .correct: print(style.success(line.text))
            case .hint: print(style.shape(line.text))
            case .checkpoint: print(style.dim(line.text))
            case .failure: print(style.error(line.text))
            case .info: print(style.dim(line.text))
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
