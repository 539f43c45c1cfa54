import MatrixEngine

/// An error (or warning) for the learner, pointing into the line they typed.
///
/// Messages speak at the level the learner thinks (operands, shapes, rules), never in Swift
/// terms. `span` is what gets underlined; `notes` are the extra lines that teach: each operand's
/// shape, the rule that decides, a suggested fix.
public struct Diagnostic: Error, Equatable, Sendable {
    public enum Severity: Sendable, Equatable { case error, warning }

    public var severity: Severity
    public var message: String
    /// The columns to underline in the echoed line, or nil when the whole statement is meant.
    public var span: SourceSpan?
    public var notes: [String]
    /// A suggested fix, shown as `hint: ...`.
    public var hint: String?
    /// Notes of one topic are shown once per statement (the rank-1 note, say, however many rank-1
    /// arrays the statement makes).
    public var topic: String?
    /// The source `span` points into when it is not the one being run: the body of a function
    /// defined earlier. nil means the text the caller renders.
    public var source: SourceText?
    /// The function the error happened in, when it happened in one.
    public var function: String?
    /// The calls the error passed through, outermost first (Python's traceback).
    public var traceback: [TracebackEntry] = []

    public init(_ severity: Severity = .error, message: String, span: SourceSpan? = nil, notes: [String] = [], hint: String? = nil) {
        self.severity = severity
        self.message = message
        self.span = span
        self.notes = notes
        self.hint = hint
    }
}

/// One call an error passed through: where the call was written and the function it was in.
public struct TracebackEntry: Equatable, Sendable {
    public var source: SourceText
    public var span: SourceSpan
    /// `<module>` for a call at the top level.
    public var function: String
}

extension Diagnostic {
    /// What to do when a matrix does not fit in memory.
    public static let memoryHint = "clear variables you no longer need (clear NAME), or work with smaller matrices; the session's variables are as they were"
}

extension MatrixError {
    public var isInsufficientMemory: Bool {
        if case .insufficientMemory = self { return true }
        return false
    }
}
