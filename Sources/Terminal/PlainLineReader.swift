@preconcurrency import Glibc

/// Reads lines from a non-terminal standard input (a pipe or a file): no prompt, no
/// editing, no history, so the output of `printf '...' | backprop` is only the results.
///
/// libedit would work here too, but it reads one byte per system call; buffered
/// `readLine` is several times faster on long scripts.
public final class PlainLineReader: LineReader {
    public init() {}

    public func readLine(prompt: String) -> LineInput {
        if let line = Swift.readLine(strippingNewline: true) {
            // A Ctrl-C that arrived while waiting belongs to no computation yet.
            _ = InterruptFlag.checkAndClear()
            return .line(line)
        }
        // Without SA_RESTART a Ctrl-C makes the read fail with EINTR; that is not the end.
        if InterruptFlag.checkAndClear() {
            clearerr(stdin)
            return .interrupted
        }
        return .endOfInput
    }

    public func addToHistory(_ line: String) {}

    public func close() {}
}
