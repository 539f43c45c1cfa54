import MatrixEngine
import Testing
@testable import BackpropLanguage

/// Runs lines in a fresh session and returns the session and the rendered output of the last line.
func run(_ lines: String...) -> (session: Session, result: ExecutionResult, text: String) {
    var session = Session()
    var result = ExecutionResult()
    var text = ""
    for line in lines {
        result = session.execute(line)
        text = OutputRenderer().render(result, line: line, options: session.environment.printOptions)
    }
    return (session, result, text)
}

extension Session {
    func matrix(_ name: String) -> Matrix? { environment[name]?.asMatrix }
}

/// Text with every run of spaces and line breaks as one space: what it says, whatever the wrapping.
func flattened(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}

/// Records where a program's printed text first differs from what CPython printed (`agree` says
/// whether a line matches its expected one), and a different number of lines.
func expectPrintedLines(_ printed: String, match expectedOutput: String, of name: String,
                        agree: (_ line: String, _ expected: String) -> Bool = { $0 == $1 }) {
    let expected = expectedOutput.split(separator: "\n", omittingEmptySubsequences: false)
    let got = printed.split(separator: "\n", omittingEmptySubsequences: false)
    if let first = zip(expected, got).enumerated().first(where: { !agree(String($0.element.1), String($0.element.0)) }) {
        Issue.record("\(name): line \(first.offset + 1) is \"\(first.element.1)\", CPython printed \"\(first.element.0)\"")
    } else if expected.count != got.count {
        Issue.record("\(name): \(got.count) lines, CPython printed \(expected.count)")
    }
}

/// Runs a Python program as `backprop run file.py` does: cell by cell as CPython reads a file,
/// showing only what it prints, stopping at its first error.
func runPythonProgram(_ program: String, name: String = "program.py") -> (stdout: String, errors: [String], diagnostics: [Diagnostic]) {
    var session = Session()
    session.echoesValues = false
    session.carriesUnfinishedPrintLine = true
    var reader = CellReader(mode: .program)
    var cells: [CellReader.Cell] = []
    for line in program.split(separator: "\n", omittingEmptySubsequences: false) { cells += reader.add(String(line)) }
    if let last = reader.finish() { cells.append(last) }
    var stdout = ""
    var errors: [String] = []
    var diagnostics: [Diagnostic] = []
    cells: for cell in cells {
        let source = SourceText(cell.text, name: name, firstLineNumber: cell.firstLine)
        let result = session.execute(source)
        for output in result.outputs {
            switch output {
            case let .printed(text): stdout += text + "\n"
            case let .diagnostic(d) where d.severity == .error:
                diagnostics.append(d)
                errors.append(DiagnosticRenderer().render(d, scriptSource: source))
            default: break
            }
        }
        if result.failed { break cells }
    }
    var end = ExecutionResult()
    session.finishPrintLine(into: &end)
    for case let .printed(text) in end.outputs { stdout += text + "\n" }
    return (stdout, errors, diagnostics)
}
