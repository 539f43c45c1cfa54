@preconcurrency import Glibc

/// What kind of terminal (if any) we are talking to. Computed on demand: each answer is a
/// system call or an environment lookup, cheap, and never needed before it is asked for.
public enum TerminalDetection {
    /// Both ends are a person at a terminal: use the line editor, prompts and history.
    public static var isInteractive: Bool {
        isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
    }

    /// Whether to colour standard output, following https://no-color.org and `TERM=dumb`.
    public static var usesColor: Bool {
        usesColor(
            stdoutIsTerminal: isatty(STDOUT_FILENO) != 0,
            noColor: environment("NO_COLOR"),
            term: environment("TERM")
        )
    }

    /// The colour decision as a pure function of its inputs, so it can be tested.
    /// - Parameters:
    ///   - noColor: the value of `NO_COLOR`, nil when unset; any non-empty value disables colour.
    ///   - term: the value of `TERM`, nil when unset.
    public static func usesColor(stdoutIsTerminal: Bool, noColor: String?, term: String?) -> Bool {
        guard stdoutIsTerminal else { return false }
        if let noColor, !noColor.isEmpty { return false }
        return term != "dumb"
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
