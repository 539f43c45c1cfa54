/// Where the REPL gets its lines. `LineEditor` serves a terminal, `PlainLineReader` a pipe;
/// the loop is written once against this protocol.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (if the reader shows prompts) and waits for one line.
    func readLine(prompt: String) -> LineInput
    /// Records a line the caller chose to remember (readers without history ignore it).
    func addToHistory(_ line: String)
    /// Saves what must persist and gives the terminal back. Safe to call more than once.
    func close()
}
