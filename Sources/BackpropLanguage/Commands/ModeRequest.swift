/// A command's request that the front end hand the next lines of input to a mode (a drill now,
/// lessons later) instead of the language. Such modes live in targets above the language and
/// need the terminal, so a command can only ask; the REPL or the script runner decides.
public struct ModeRequest: Equatable, Sendable {
    /// Which mode: `drill`.
    public var mode: String
    /// The command's words, for the mode to read its options from (already validated by the command).
    public var words: [String]

    public init(mode: String, words: [String]) {
        self.mode = mode
        self.words = words
    }
}
