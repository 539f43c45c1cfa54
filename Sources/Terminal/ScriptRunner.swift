@preconcurrency import Glibc
import BackpropLanguage

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
        var session = Session()
        return run(lines: LineSequence(file: file), name: path, session: &session)
    }

    /// Runs every line; returns the exit status.
    public static func run<Lines: Sequence>(lines: Lines, name: String, session: inout Session) -> Int32 where Lines.Element == String {
        let renderer = OutputRenderer()
        var failed = false
        var lineNumber = 0
        for line in lines {
            lineNumber += 1
            let result = session.execute(line)
            failed = failed || result.failed
            for output in result.outputs {
                let text = renderer.render(output, line: line, options: session.environment.printOptions,
                                           origin: .script(file: name, lineNumber: lineNumber))
                if case .diagnostic = output { writeError(text + "\n") } else { writeOutput(text + "\n") }
            }
            if result.shouldExit { break }
        }
        return failed ? 1 : 0
    }

    static func writeOutput(_ text: String) {
        fputs(text, StandardStreams.output)
    }

    static func writeError(_ text: String) {
        fflush(StandardStreams.output)  // keep stdout and stderr in order when both go to one terminal or file
        fputs(text, StandardStreams.error)
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
        var line = String(cString: buffer)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
