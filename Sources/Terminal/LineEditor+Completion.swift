@preconcurrency import Glibc
@preconcurrency import CLibEdit

extension LineEditor {
    /// The Tab key: ask the completer about the text before the cursor, then insert the
    /// unique candidate's remainder or the candidates' common prefix; when there is nothing
    /// more to insert, list the candidates below and redraw the prompt and line.
    func completeWordBeforeCursor() -> UInt8 {
        guard let info = el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
        // el_line hands back the line as UTF-8 bytes, the cursor as a pointer into them.
        let beforeCursor = UnsafeBufferPointer(start: info.buffer, count: info.cursor - info.buffer)
        let lineBeforeCursor = beforeCursor.withMemoryRebound(to: UInt8.self) {
            String(decoding: $0, as: UTF8.self)
        }
        switch CompletionEdit(completer(lineBeforeCursor)) {
        case .replace(let deletingScalars, let text):
            if deletingScalars > 0 { el_deletestr(editLine, Int32(deletingScalars)) }
            return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        case .list(let candidates):
            showCandidates(candidates)
            return UInt8(CC_REDISPLAY)
        case .unchanged:
            return UInt8(CC_NORM)
        case .noMatch:
            return UInt8(CC_ERROR)  // libedit beeps
        }
    }

    /// Prints the candidates on the lines below the input. CC_REDISPLAY then draws the prompt
    /// afresh on the line after them. (With the cursor mid-way through an input that wraps
    /// over several screen lines, the redraw can overwrite the list's last line; libedit's
    /// own file completion behaves the same.)
    private func showCandidates(_ candidates: [String]) {
        let columns = bp_el_get_columns(editLine)
        let width = columns > 0 ? Int(columns) : 80
        var text = "\n"
        for line in CandidateColumns.lines(candidates, width: width - 1) {
            text += line + "\n"
        }
        fputs(text, StandardStreams.output)
        fflush(StandardStreams.output)
    }
}
