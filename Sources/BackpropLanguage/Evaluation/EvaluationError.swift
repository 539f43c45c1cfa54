/// Shorthands for building diagnostics during evaluation.
extension Diagnostic {
    static func at(_ span: SourceSpan, _ message: String, notes: [String] = [], hint: String? = nil) -> Diagnostic {
        Diagnostic(message: message, span: span, notes: notes, hint: hint)
    }
}
