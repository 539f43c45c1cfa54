@preconcurrency import Glibc
@preconcurrency import CLibEdit
import Progress

/// The interactive line reader: libedit with Emacs keys, persistent history, Tab completion
/// and Ctrl-C that abandons the line instead of the program.
///
/// Keys beyond libedit's Emacs defaults: Tab completes (see `Completion`), Ctrl-R searches
/// history incrementally, Ctrl-W deletes the word before the cursor. `~/.editrc` is read last,
/// so users can override any of it (`backprop:bind ...`).
public final class LineEditor: LineReader {
    /// Given the text before the cursor, says which word Tab completes and with what.
    public typealias Completer = (_ lineBeforeCursor: String) -> Completion

    let editLine: OpaquePointer
    let completer: Completer
    private let history: LineHistory
    /// The prompt libedit draws, as a C string it can hold on to between redraws.
    private var promptBuffer: UnsafeMutablePointer<CChar>?
    private var isClosed = false

    /// Fails when standard input or output is not a terminal (use `PlainLineReader` then),
    /// or when libedit cannot start.
    /// - Parameters:
    ///   - programName: the name `~/.editrc` sections refer to.
    ///   - historyFile: where history persists across sessions; nil keeps it in memory only.
    ///   - historySize: the most lines kept, in memory and in the file.
    public init?(
        programName: String,
        historyFile: String?,
        historySize: Int = 1000,
        completer: @escaping Completer = { _ in .none }
    ) {
        guard TerminalDetection.isInteractive else { return nil }
        // libedit decodes input with the C locale's multibyte rules; without this, "café"
        // arrives mangled. Only LC_CTYPE: LC_NUMERIC would change how printf writes decimals.
        setlocale(LC_CTYPE, "")
        guard let history = LineHistory(capacity: historySize, file: historyFile),
              let editLine = el_init(programName, StandardStreams.input, StandardStreams.output, StandardStreams.error)
        else { return nil }
        self.editLine = editLine
        self.history = history
        self.completer = completer
        // Ctrl-C must reach the read as EINTR (see InterruptFlag) rather than kill us. This is
        // also what lets the caller poll InterruptFlag during computations.
        InterruptFlag.install()
        configure()
    }

    deinit {
        close()
    }

    private func configure() {
        bp_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        bp_el_set_prompt_esc(editLine, { LineEditor.owning($0)?.promptBuffer }, CChar(PromptMarkup.ignore.value))
        bp_el_set_editor(editLine, "emacs")
        // libedit's own handlers put the terminal back in cooked mode before passing SIGINT
        // on, and follow window resizes.
        bp_el_set_signal(editLine, 1)
        bp_el_set_history(editLine, history.handle)
        bp_el_addfn(editLine, "backprop-complete", "Complete the word before the cursor") { editLine, _ in
            LineEditor.owning(editLine)?.completeWordBeforeCursor() ?? UInt8(CC_ERROR)
        }
        bp_el_bind(editLine, "^I", "backprop-complete")
        bp_el_bind(editLine, "^R", "em-inc-search-prev")
        bp_el_disable_interrupt_signal(editLine)
        bp_el_addfn(editLine, "backprop-interrupt", "Abandon the line (Ctrl-C)") { _, _ in
            InterruptFlag.raise()
            return UInt8(CC_EOF)
        }
        bp_el_bind(editLine, "^C", "backprop-interrupt")
        // Ctrl-D: end of input on a line of nothing but indentation too (a continuation line starts
        // indented), so it leaves a cell at `...:` as on an empty line; elsewhere it deletes the
        // character under the cursor, as libedit's own binding does.
        bp_el_addfn(editLine, "backprop-eof-or-delete", "End of input on a blank line, else delete the next character") { editLine, _ in
            guard let editLine, let info = el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
            let length = info.lastchar - info.buffer
            let line = UnsafeBufferPointer(start: info.buffer, count: length).withMemoryRebound(to: UInt8.self) {
                String(decoding: $0, as: UTF8.self)
            }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return UInt8(CC_EOF) }
            guard info.cursor < info.lastchar else { return UInt8(CC_ERROR) }
            el_cursor(editLine, 1)
            el_deletestr(editLine, 1)
            return UInt8(CC_REFRESH)
        }
        bp_el_bind(editLine, "^D", "backprop-eof-or-delete")
        // libedit's default for ^W kills the marked region; people expect the previous word.
        bp_el_bind(editLine, "^W", "ed-delete-prev-word")
        // libedit reads ~/.editrc (or $EDITRC) with a blocking read: a FIFO there would hang the start.
        let editrc = getenv("EDITRC").map { String(cString: $0) } ?? LineEditor.homeFile(named: ".editrc")
        if editrc.map(LineHistory.isRegularFileOrMissing) ?? true { bp_el_source_default(editLine) }
    }

    /// The editor behind a libedit callback, from the client data set in `configure()`.
    static func owning(_ editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = bp_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// Reads one line. ANSI colour in `prompt` is fine: it is hidden from libedit's column
    /// count. Clears `InterruptFlag` before and after: a Ctrl-C during typing belongs to the line.
    public func readLine(prompt: String) -> LineInput {
        readLine(prompt: prompt, initialText: "")
    }

    /// Reads one line that starts with `initialText` already typed (editable like typed text):
    /// a continuation line's indentation. It goes in through `el_push`, libedit's queue of
    /// input to read before the terminal's, which survives the buffer reset at the start of
    /// `el_gets` (text inserted into the buffer beforehand would not).
    public func readLine(prompt: String, initialText: String) -> LineInput {
        precondition(!isClosed, "LineEditor used after close()")
        setPrompt(prompt)
        if !initialText.isEmpty { el_push(editLine, initialText) }
        // A Ctrl-C from before this read (an unpolled computation's) must not count as one now.
        _ = InterruptFlag.checkAndClear()
        var count: Int32 = 0
        let text = el_gets(editLine, &count)
        // Ask the flag, not errno: el_gets reports Ctrl-C as EINTR (count -1) while editing,
        // but inside Ctrl-R search as plain end of file (count 0).
        let interrupted = InterruptFlag.checkAndClear()
        guard let text else {
            // Ctrl-C leaves the abandoned line on screen; Ctrl-D echoes "^D" with no newline.
            // Either way the next output must start on a fresh line.
            fputs("\n", StandardStreams.output)
            fflush(StandardStreams.output)
            return interrupted ? .interrupted : .endOfInput
        }
        var line = String(cString: text)
        if line.last == "\n" { line.removeLast() }
        return .line(line)
    }

    public func hasPendingInput(withinMilliseconds milliseconds: Int32) -> Bool {
        standardInputIsReadable(withinMilliseconds: milliseconds)
    }

    /// Adds `line` to the history (Up arrow, Ctrl-R, the file). Blank lines are skipped;
    /// a repeat of the previous entry is dropped by libedit.
    public func addToHistory(_ line: String) {
        guard !isClosed, line.contains(where: { !$0.isWhitespace }) else { return }
        history.add(line)
    }

    /// Saves the history and restores the terminal. Called by `deinit` too.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        history.save()
        el_end(editLine)
        free(promptBuffer)
        promptBuffer = nil
    }

    private func setPrompt(_ prompt: String) {
        free(promptBuffer)
        promptBuffer = strdup(PromptMarkup.bracketingEscapes(in: prompt))
    }

    /// `~/name` from `$HOME`, the usual place for a history file; nil when HOME is unset.
    public static func homeFile(named name: String) -> String? {
        guard let home = ProgressStore.home else { return nil }
        return home.hasSuffix("/") ? home + name : home + "/" + name
    }
}
