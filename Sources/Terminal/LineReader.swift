@preconcurrency import Glibc

/// Where the REPL gets its lines. `LineEditor` serves a terminal, `PlainLineReader` a pipe;
/// the loop is written once against this protocol.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (if the reader shows prompts) and waits for one line.
    func readLine(prompt: String) -> LineInput
    /// Like `readLine(prompt:)`, with `initialText` already in the line as if typed (a
    /// continuation line's indentation), for readers that edit lines.
    func readLine(prompt: String, initialText: String) -> LineInput
    /// Records a line the caller chose to remember (readers without history ignore it).
    func addToHistory(_ line: String)
    /// True when more input is already waiting to be read (a paste still arriving), or arrives
    /// within `milliseconds`. Readers that cannot tell say false.
    func hasPendingInput(withinMilliseconds milliseconds: Int32) -> Bool
    /// Saves what must persist and gives the terminal back. Safe to call more than once.
    func close()
}

extension LineReader {
    public func readLine(prompt: String, initialText: String) -> LineInput {
        readLine(prompt: prompt)
    }

    public func hasPendingInput(withinMilliseconds milliseconds: Int32) -> Bool {
        false
    }
}

/// Whether standard input has bytes waiting, or gets some within `milliseconds`.
///
/// Between two reads libedit has put the terminal back in canonical mode; Linux then reports
/// everything that arrived while it was raw (a paste) as one readable line, so `poll` sees it.
func standardInputIsReadable(withinMilliseconds milliseconds: Int32) -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    while true {
        let ready = poll(&descriptor, 1, milliseconds)
        if ready < 0 && errno == EINTR { continue }
        return ready > 0 && descriptor.revents & Int16(POLLIN) != 0
    }
}
