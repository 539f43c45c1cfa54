@preconcurrency import Glibc
import BackpropLanguage
import Drills
import Lessons

/// The interactive loop: read a line, execute it, show what it produced, keep the session.
///
/// When standard input is not a terminal (a pipe, `backprop < script.bp`) it runs the input as
/// a script instead: no prompts, no colour, non-zero exit if any statement failed.
public enum REPL {
    public static func runFromStandardInput() -> Int32 {
        var session = makeSession()
        guard TerminalDetection.isInteractive else {
            return ScriptRunner.run(lines: StandardInputLines(), name: "<stdin>", session: &session)
        }
        return runInteractively(session: session)
    }

    /// The language's commands plus the front end's own, `drill` and `lesson`, which take over the input.
    public static func makeSession() -> Session {
        var session = Session()
        for command in DrillCommands.all { session.register(command) }
        session.register(LessonCommand.make(catalog: LessonRunner.catalog))
        return session
    }

    /// Holds the session so the completion callback sees the current variables.
    final class SessionBox {
        var session: Session
        init(_ session: Session) { self.session = session }
    }

    static func runInteractively(session: Session) -> Int32 {
        let style = Style.automatic
        var session = session
        session.console = TerminalConsole.make(style: style)
        let box = SessionBox(session)
        let historyFile = LineEditor.homeFile(named: ".backprop_history")
        let reader: LineReader = LineEditor(programName: "backprop", historyFile: historyFile) { lineBeforeCursor in
            let completion = box.session.completions(forLineBeforeCursor: lineBeforeCursor)
            return Completion(word: completion.word, candidates: completion.candidates)
        } ?? PlainLineReader()
        defer { reader.close() }

        printWrapped("Backprop \(BackpropVersion.current) · numpy's notation, every shape shown. "
              + style.dim("help for help · Tab completes · Ctrl-D quits"))
        let prompt = style.prompt("backprop>") + " "
        playTourOnFirstStart(box: box, reader: reader, style: style)
        while true {
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                return 0
            case .interrupted:
                continue
            case let .line(line):
                guard line.contains(where: { !$0.isWhitespace }) else { continue }
                reader.addToHistory(line)
                _ = InterruptFlag.checkAndClear()  // a Ctrl-C at the prompt must not stop the next command
                box.session.console = TerminalConsole.make(style: style)  // the window may have been resized
                let result = InterruptFlag.whileComputing { box.session.execute(line) }
                let renderer = OutputRenderer(styler: AnsiStyler(style: style), console: box.session.console)
                let text = renderer.render(result, line: line, options: box.session.environment.printOptions)
                if !text.isEmpty { print(text) }
                if result.shouldExit { return 0 }
                if let request = result.modeRequest, request.mode == DrillCommands.modeName,
                   let options = try? DrillOptions(words: request.words) {
                    DrillRunner.run(options: options, reader: reader, style: style, echoesAnswers: false)
                    printWrapped(style.dim("Back in the REPL; your variables are as you left them."))
                }
                if let request = result.modeRequest, request.mode == LessonCommand.modeName,
                   let name = request.words.first, let lesson = LessonRunner.load(name) {
                    LessonRunner.play(lesson, graded: request.words.contains("graded"), reader: reader, style: style)
                    printWrapped(style.dim("Back in the REPL; your variables are as you left them."))
                }
            }
        }
    }
}

extension REPL {
    /// The first interactive start plays the short tour (lessons/00-tour.md), which ends in the
    /// free REPL. Like every lesson it plays in a workspace of its own: the learner's starts empty,
    /// with no network, so the README's walk-through typed next builds exactly its network.
    /// Quitting it counts as done: it is never shown again.
    static func playTourOnFirstStart(box: SessionBox, reader: LineReader, style: Style) {
        guard !LessonProgress.load().tourDone, let catalog = LessonRunner.catalog, catalog.names.contains("tour"),
              let tour = try? catalog.load("tour") else { return }
        switch LessonProgress.update({ $0.tourDone = true }) {
        case let .saved(notices):
            for notice in notices { Note.show(notice, style: style) }
        case let .notSaved(reason):
            Note.show("progress not saved: \(reason); the tour will start again next time", style: style)
        }
        printWrapped(style.dim("First time here: a two-minute tour. Enter goes on; quit leaves it for the free REPL."))
        LessonRunner.play(tour, graded: false, reader: reader, style: style)
        printWrapped(style.dim("The tour's variables and network stay in the tour: your own workspace starts empty."))
    }
}

/// Colours the language's text roles with ANSI escapes (a no-op when colour is off).
struct AnsiStyler: TextStyler {
    let style: Style

    func style(_ text: String, as role: TextRole) -> String {
        switch role {
        case .plain: return text
        case .error: return style.error(text)
        case .warning: return style.warning(text)
        case .hint: return style.success(text)
        case .shape: return style.shape(text)
        case .underline: return style.error(text)
        case .dim: return style.dim(text)
        case .emphasis: return style.bold(text)
        case .prompt: return style.prompt(text)
        case .success: return style.success(text)
        }
    }
}

/// Standard input's lines, read plainly (libedit reads a byte per system call; this does not).
struct StandardInputLines: Sequence, IteratorProtocol {
    mutating func next() -> String? {
        Swift.readLine(strippingNewline: true)
    }
}
