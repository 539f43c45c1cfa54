/// One answer from a `LineReader`: what the person at the keyboard (or the pipe) gave us.
public enum LineInput: Equatable, Sendable {
    /// A complete line, without its trailing newline.
    case line(String)
    /// Ctrl-C while the line was being typed: the partial line is discarded and the caller
    /// should simply ask again with a fresh prompt.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input: time to quit.
    case endOfInput
}
