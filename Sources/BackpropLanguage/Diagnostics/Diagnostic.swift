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

    public init(_ severity: Severity = .error, message: String, span: SourceSpan? = nil, notes: [String] = [], hint: String? = nil) {
        self.severity = severity
        self.message = message
        self.span = span
        self.notes = notes
        self.hint = hint
    }
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
