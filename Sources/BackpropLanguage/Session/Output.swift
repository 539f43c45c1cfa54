/// What executing a line produced, in order, before any colouring.
public enum Output: Equatable, Sendable {
    /// The value of an expression statement.
    case value(Value)
    /// Text a command or `print` wrote.
    case text(String)
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
