/// What executing a line produced, in order, before any colouring.
public enum Output: Equatable, Sendable {
    /// The value of an expression statement.
    case value(Value)
    /// Text a command wrote: prose and tables, laid out for the console's width (a line that is
    /// still too wide is wrapped at word boundaries when it is shown).
    case text(String)
    /// Text `print(...)` wrote: shown exactly as printed, never rewrapped.
    case printed(String)
    /// An error or a note about the line.
    case diagnostic(Diagnostic)
}

/// The result of executing one line.
public struct ExecutionResult: Equatable, Sendable {
    public var outputs: [Output] = []
    /// True when a statement failed (scripts exit non-zero if any line failed).
    public var failed = false
    /// True after `quit` or `exit`.
    public var shouldExit = false
    /// A command asked the front end to hand the next lines to a mode (a drill, a lesson).
    public var modeRequest: ModeRequest?

    public init() {}

    public var diagnostics: [Diagnostic] {
        outputs.compactMap { if case let .diagnostic(d) = $0 { return d } else { return nil } }
    }
}
