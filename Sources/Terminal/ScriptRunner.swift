@preconcurrency import Glibc
import BackpropLanguage
import Drills
import Lessons

/// Runs lines non-interactively (a file, or stdin when it is not a terminal): no prompts, no
/// colour, values on stdout, diagnostics on stderr as `FILE:LINE:COL: message`. The exit status
/// is 1 if any statement failed, so scripts can be checked in CI.
public enum ScriptRunner {
    /// `backprop run FILE`.
    public static func run(path: String) -> Int32 {
        guard let file = fopen(path, "r") else {
            let reason = String(cString: strerror(errno))
            writeError("backprop: cannot open '\(path)': \(reason)\n")
            return 2
        }
        defer { fclose(file) }
        // fopen opens a directory too; reading it fails at once, which would look like an empty script.
        var status = stat()
        if fstat(fileno(file), &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            writeError("backprop: cannot run '\(path)': it is a directory\n")
            return 2
        }
        var session = REPL.makeSession()
        // A .py file is a Python program: as CPython, it shows only what it prints and stops at its first error.
        let isPython = path.hasSuffix(".py")
        session.echoesValues = !isPython
        return run(lines: LineSequence(file: file), name: path, session: &session, stopsAtFirstError: isPython)
    }

    /// Runs every line; returns the exit status. A `drill` or `lesson` line hands the following
    /// lines to the drill or lesson as answers until it ends.
    /// `stopsAtFirstError`: as CPython runs a program (a `.py` file); otherwise (Backprop's scripts
    /// and pipes) the next statements still run and the exit status says one failed.
    public static func run<Lines: Sequence>(lines: Lines, name: String, session: inout Session,
                                            stopsAtFirstError: Bool = false) -> Int32 where Lines.Element == String {
        // A script's output is laid out for the terminal it prints to, or 80 columns in a file or pipe.
        session.console.width = TerminalSize.outputWidth
        let renderer = OutputRenderer(width: session.console.width)
        let reader = SequenceLineReader(lines.makeIterator())
        // Read as CPython reads a file: each top-level statement (a def with its block, a loop…)
        // is one cell, run before the next line is read, so a `drill` line's answers follow it.
        var cells = CellReader(mode: .program)
        session.printSink = { line in writeOutput(line + "\n") }
        session.carriesUnfinishedPrintLine = true
        defer {
            var ending = ExecutionResult()
            session.finishPrintLine(into: &ending)
        }
        var failed = false
        var atEnd = false
        while !atEnd {
            var ready: [CellReader.Cell]
            if case let .line(line) = reader.readLine(prompt: "") {
                ready = cells.add(line, number: reader.linesRead)
            } else {
                atEnd = true
                ready = cells.finish().map { [$0] } ?? []
            }
            for cell in ready {
                let source = SourceText(cell.text, name: name, firstLineNumber: cell.firstLine)
                let result = session.execute(source)
                failed = failed || result.failed
                for output in result.outputs {
                    if case let .diagnostic(diagnostic) = output {
                        writeError(renderer.diagnostics.render(diagnostic, scriptSource: source) + "\n")
                    } else {
                        writeOutput(renderer.render(output, line: cell.text, options: session.environment.printOptions) + "\n")
                    }
                }
                if result.shouldExit || (stopsAtFirstError && result.failed) { return failed ? 1 : 0 }
                if let request = result.modeRequest, request.mode == DrillCommands.modeName,
                   let options = try? DrillOptions(words: request.words) {
                    fflush(StandardStreams.output)
                    if DrillRunner.run(options: options, reader: reader, style: Style(enabled: false), echoesAnswers: true) { return failed ? 1 : 0 }
                }
                if let request = result.modeRequest, request.mode == LessonCommand.modeName,
                   let lessonName = request.words.first, let lesson = LessonRunner.load(lessonName) {
                    fflush(StandardStreams.output)
                    let outcome = LessonRunner.play(lesson, graded: request.words.contains("graded"), reader: reader, style: Style(enabled: false))
                    failed = failed || !outcome.failures.isEmpty
                }
            }
        }
        return failed ? 1 : 0
    }

    static func writeOutput(_ text: String) {
        StandardStreams.write(text, to: StandardStreams.output)
    }

    static func writeError(_ text: String) {
        fflush(StandardStreams.output)  // keep stdout and stderr in order when both go to one terminal or file
        StandardStreams.write(text, to: StandardStreams.error)
    }
}

/// The lines of a C `FILE`, without their newlines (Foundation-free, for start-up time).
struct LineSequence: Sequence, IteratorProtocol {
    let file: UnsafeMutablePointer<FILE>

    mutating func next() -> String? {
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let length = getline(&buffer, &capacity, file)
        guard length >= 0, let buffer else { return nil }
        // By length, not up to the first NUL: a NUL byte must reach the lexer (and its message).
        var line = String(decoding: UnsafeRawBufferPointer(start: buffer, count: length), as: UTF8.self)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}

/// A sequence of lines as a `LineReader`, so a drill started by a script reads its answers
/// from the script's following lines.
final class SequenceLineReader<Lines: IteratorProtocol>: LineReader where Lines.Element == String {
    private var lines: Lines
    /// Lines handed out so far: the number of the last one, for `FILE:LINE:` messages.
    private(set) var linesRead = 0

    init(_ lines: Lines) {
        self.lines = lines
    }

    func readLine(prompt: String) -> LineInput {
        guard let line = lines.next() else { return .endOfInput }
        linesRead += 1
        return .line(line)
    }

    func addToHistory(_ line: String) {}

    func close() {}
}
