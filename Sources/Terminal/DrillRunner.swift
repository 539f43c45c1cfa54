@preconcurrency import Glibc
import BackpropLanguage
import Drills
import Progress

/// Runs a drill from a line reader: `backprop drill` on its own, or the REPL's `drill` command,
/// which hands the REPL's reader over until the drill ends and then returns to the prompt with
/// the REPL's variables untouched. Progress is saved after every answer.
public enum DrillRunner {
    /// `backprop drill [--seed N] [--count N] [--kind K]`: prompts and line editing on a
    /// terminal; on a pipe, one answer per line, each echoed after its prompt so the output
    /// reads as a transcript.
    public static func runStandalone(options: DrillOptions) -> Int32 {
        let interactive = TerminalDetection.isInteractive
        let style = interactive ? Style.automatic : Style(enabled: false)
        let reader: LineReader = (interactive ? LineEditor(programName: "backprop", historyFile: nil) : nil) ?? PlainLineReader()
        defer { reader.close() }
        let inputEnded = run(options: options, reader: reader, style: style, echoesAnswers: !interactive)
        if interactive && !inputEnded {
            // The score would vanish with the program (a terminal tab that closes, a screen that
            // clears): it stays until the learner has read it, as a lesson's summary does.
            _ = reader.readLine(prompt: style.dim("(Enter to leave)") + " ")
        }
        return 0
    }

    /// Runs one drill to its end, `quit`, or the end of input. Returns true when the input ended.
    @discardableResult
    static func run(options: DrillOptions, reader: LineReader, style: Style, echoesAnswers: Bool) -> Bool {
        let store = ProgressStore.inHome()
        var session = DrillSession(options: options, record: DrillRecord.load(from: store), styler: AnsiStyler(style: style))
        var saved = DrillRecord.load(from: store)
        var saveFailed = false
        func save() {
            guard session.record != saved, !saveFailed else { return }
            guard let store else {
                saveFailed = true
                Note.show("progress not saved: \(ProgressStore.noHomeReason)", style: style)
                return
            }
            do {
                for notice in try session.record.save(to: store) { Note.show(notice, style: style) }
                saved = session.record
            } catch {
                saveFailed = true
                Note.show("progress not saved: \(error.message)", style: style)
            }
        }

        // A line to fix goes into the history, so ↑ brings it back to edit rather than retype.
        var offeredLine: String?
        func offerLineToFix() {
            guard !echoesAnswers, case let .fix(question)? = session.current, offeredLine != question.buggyLine else { return }
            offeredLine = question.buggyLine
            reader.addToHistory(question.buggyLine)
            write(style.dim("(↑ brings the line back to edit)"))
        }

        write(session.start())
        offerLineToFix()
        save()
        var inputEnded = false
        reading: while !session.isFinished {
            let prompt = session.prompt
            switch reader.readLine(prompt: style.prompt(String(prompt.dropLast())) + " ") {
            case .endOfInput:
                write((echoesAnswers ? "" : "\n") + session.summary)
                inputEnded = true
                break reading
            case .interrupted:
                write(style.dim("(Ctrl-C: type quit to end the drill; your score so far is kept)"))
            case let .line(line):
                if echoesAnswers { write(prompt + line) }
                let text = session.respond(to: line)
                save()
                if !text.isEmpty { write(text) }
                offerLineToFix()
            }
        }
        save()
        if let store, !saveFailed, session.answered > 0 {
            write(style.dim("Progress saved in \(store.displayPath)."))
        } else if saveFailed, session.answered > 0 {
            Note.show("this drill's answers were not saved (see above why)", style: style)
        }
        return inputEnded
    }

    /// Prints drill text wrapped at word boundaries to the terminal's width.
    static func write(_ text: String) {
        StandardStreams.write(TextWrap.fit(text, width: TerminalSize.outputWidth) + "\n", to: StandardStreams.output)
        fflush(StandardStreams.output)
    }
}
