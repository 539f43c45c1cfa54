import MatrixEngine
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
