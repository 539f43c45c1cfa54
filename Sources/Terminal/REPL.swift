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
            let offer = box.session.completion(forLineBeforeCursor: lineBeforeCursor)
            return Completion(word: offer.word, candidates: offer.candidates, suffix: offer.suffix, isHint: offer.isHint)
        } ?? PlainLineReader()
        defer { reader.close() }

        printWrapped("Backprop \(BackpropVersion.current) · numpy's notation, every shape shown. "
              + style.dim("help for help · Tab completes · Ctrl-D quits"))
        // print() inside a cell writes as it runs: a long loop's lines appear as they are produced,
        // before the cell's warnings, value or error (shown when it ends).
        box.session.printSink = { line in
            StandardStreams.write(line + "\n", to: StandardStreams.output)
            fflush(StandardStreams.output)
        }
        let prompt = style.prompt("backprop>") + " "
        // IPython's continuation prompt, its colon under the `>` so code lines up with the first line's.
        let continuationPrompt = "     " + style.prompt("...:") + " "
        playTourOnFirstStart(box: box, reader: reader, style: style)
        var cells = CellReader(mode: .interactive)
        while true {
            let continuing = cells.isContinuing
            // A continuation line starts indented as IPython's do, unless it is pasted (more input
            // is already waiting): a pasted line brings its own indentation.
            let indentation = continuing && !reader.hasPendingInput(withinMilliseconds: 0) ? cells.indentation : ""
            switch reader.readLine(prompt: continuing ? continuationPrompt : prompt, initialText: indentation) {
            case .endOfInput:
                // Ctrl-D at `...:` abandons the cell, as IPython does; at `backprop>` it quits.
                guard continuing else { return 0 }
                cells = CellReader(mode: .interactive)
            case .interrupted:
                cells = CellReader(mode: .interactive)  // Ctrl-C abandons the line and the cell it was part of
            case let .line(line):
                // From the line read to the next prompt, keys typed ahead are not echoed by the
                // kernel into the output (see TerminalEcho); the next prompt shows them.
                let outcome = TerminalEcho.suppressed { () -> CellOutcome in
                    let ready: [CellReader.Cell]
                    if line.contains("\n") {
                        ready = cells.add(lines: line)  // a cell recalled from history, run again whole
                    } else {
                        ready = cells.add(line, moreInputPending: continuing && line.allSatisfy(\.isWhitespace) && isPasting(reader))
                    }
                    for cell in ready where run(cell, box: box, reader: reader, style: style) == .exit { return .exit }
                    return .goOn
                }
                if outcome == .exit { return 0 }
            }
        }
    }

    /// Whether a blank line inside an open block is part of a paste rather than typed to end the block.
    ///
    /// A pasted notebook cell has blank lines inside its `def`s, and libedit hands us its lines one
    /// at a time, so on its own a blank line would end the block midway. What tells a paste from
    /// typing is that its next lines are already in the terminal's input queue: libedit reads a
    /// byte per read(2) and buffers nothing, so `poll` on standard input sees them. That works for
    /// every way text is pasted (a terminal's paste, `tmux paste-buffer`, `tmux send-keys -l`,
    /// type-ahead), without relying on the terminal's bracketed-paste mode, which libedit would
    /// read as keys (ESC [ 2 0 0 ~). The short wait covers a long paste the terminal writes in
    /// chunks (the kernel queue holds 4 KB); a person cannot press the next key that fast, so
    /// an Enter typed to end the block still ends it at once.
    static func isPasting(_ reader: LineReader) -> Bool {
        reader.hasPendingInput(withinMilliseconds: 30)
    }

    enum CellOutcome { case goOn, exit }

    /// Runs one cell, shows what it produced, and hands over to a drill or a lesson if it asked for one.
    static func run(_ cell: CellReader.Cell, box: SessionBox, reader: LineReader, style: Style) -> CellOutcome {
        reader.addToHistory(cell.text)  // one entry per cell: Up recalls it whole
        _ = InterruptFlag.checkAndClear()  // a Ctrl-C at the prompt must not stop the next command
        box.session.console = TerminalConsole.make(style: style)  // the window may have been resized
        let source = SourceText(cell.text, firstLineNumber: cell.firstLine)
        let result = InterruptFlag.whileComputing { box.session.execute(source) }
        let renderer = OutputRenderer(styler: AnsiStyler(style: style), console: box.session.console)
        let options = box.session.environment.printOptions
        let text = result.outputs.map { output in
            if case let .diagnostic(diagnostic) = output { return renderer.diagnostics.render(diagnostic, source: source) }
            return renderer.render(output, line: cell.text, options: options)
        }.joined(separator: "\n")
        // The terminal echoed a Ctrl-C that stopped a loop as "^C", with no line end.
        let interrupted = result.diagnostics.contains { $0.message.hasPrefix("KeyboardInterrupt") }
        if !text.isEmpty { print((interrupted ? "\n" : "") + text) }
        if result.shouldExit { return .exit }
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
        return .goOn
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
