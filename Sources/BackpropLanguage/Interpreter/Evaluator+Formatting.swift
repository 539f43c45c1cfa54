/// Python's string formatting: f-strings, `str.format`, `format()` and `%`.
extension Evaluator {
    mutating func formatted(_ parts: [FormattedPart]) throws(Diagnostic) -> String {
        throw Diagnostic.at(SourceSpan(0, 0), "f-strings are not ready yet")
    }

    mutating func percentFormat(_ template: String, _ arguments: Value, whole: Expression) throws(Diagnostic) -> String {
        throw Diagnostic.at(whole.span, "% formatting is not ready yet")
    }

    func format(_ value: Value, spec: String, at whole: Expression) throws(Diagnostic) -> String {
        throw Diagnostic.at(whole.span, "format is not ready yet")
    }

    mutating func formatTemplate(_ template: String, _ call: CallArguments, whole: Expression) throws(Diagnostic) -> String {
        throw Diagnostic.at(whole.span, "str.format is not ready yet")
    }
}

enum PythonFormatter {
    static func fixed(_ x: Double, precision: Int) -> String { String(x) }
}
