@preconcurrency import Glibc
import BackpropLanguage
import Progress
@preconcurrency import CLibEdit

/// libedit's history list: bounded, without consecutive repeats, mirrored to a file.
///
/// Each line is appended to the file as it is entered (one `write` of a few bytes, in libedit's
/// own format), so nothing is lost when the session ends without a goodbye: SIGTERM, SIGHUP
/// (the terminal closed), kill -9, a power cut. When the editor closes, the file is rewritten
/// to the last `capacity` lines (atomically: a temporary, then rename), so it does not grow
/// for ever. A file that cannot be written is said once, at the first line it loses.
final class LineHistory {
    let handle: OpaquePointer
    private let file: String?
    private let capacity: Int
    private var event = HistEvent()
    private var lastLine: String?
    /// Lines in the file (loaded plus appended), to know when it wants trimming.
    private var linesInFile = 0
    private var appendedLines = 0
    private var warned = false
    /// Where a warning goes; standard error, or a test's collector.
    var warn: (String) -> Void = { text in
        fflush(StandardStreams.output)
        StandardStreams.write(TextWrap.fit(text, width: TerminalSize.outputWidth) + "\n", to: StandardStreams.error)
    }

    /// libedit's first line of a history file.
    static let cookie = "_HiStOrY_V2_\n"

    init?(capacity: Int, file: String?) {
        guard let handle = history_init() else { return nil }
        self.handle = handle
        self.file = file
        self.capacity = max(capacity, 1)
        bp_history_setsize(handle, &event, Int32(clamping: self.capacity))
        bp_history_setunique(handle, &event, 1)
        if let file, LineHistory.isRegularFileOrMissing(file) {
            // Fails harmlessly on the first run, when the file does not exist yet. (A FIFO in its
            // place would block libedit's read for ever: such a file is not loaded, and the first
            // line entered says why nothing is kept.)
            let loaded = bp_history_load(handle, &event, file)
            linesInFile = Int(max(loaded, 0))
        }
    }

    deinit {
        history_end(handle)
    }

    func add(_ line: String) {
        // libedit drops a repeat of the previous line; so does the file.
        guard line != lastLine else { return }
        lastLine = line
        bp_history_enter(handle, &event, line)
        append(line)
    }

    /// Appends one entry. `O_APPEND` makes two sessions' lines interleave whole, never mixed.
    private func append(_ line: String) {
        guard let file else { return }
        if let kind = LineHistory.irregularKind(of: file) { return failed("it is \(kind), not a file") }
        // O_NONBLOCK: opening a FIFO (put there since the check) for writing would wait for a reader.
        let descriptor = open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o600)
        guard descriptor >= 0 else { return failed(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return failed("it is not a regular file") }
        let isNew = status.st_size == 0
        let bytes = Array(((isNew ? LineHistory.cookie : "") + LineHistory.encoded(line) + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                return failed(String(cString: strerror(errno)))
            }
            written += result
        }
        linesInFile += 1
        appendedLines += 1
    }

    static func isRegularFileOrMissing(_ path: String) -> Bool {
        irregularKind(of: path) == nil
    }

    /// `a directory`, `a FIFO (named pipe)`, ... for a path that exists and is not a regular file.
    static func irregularKind(of path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO (named pipe)"
        default: return "a device or a socket"
        }
    }

    private func failed(_ reason: String) {
        guard !warned, let file else { return }
        warned = true
        warn("note: history cannot be saved to \(ProgressStore.display(file)): \(reason); this session's lines are not kept after it ends")
    }

    /// A line as libedit's `strvis(VIS_WHITE)` would write it, in the octal form its `strunvis`
    /// reads back: spaces, tabs, backslashes and every byte outside printable ASCII escaped.
    static func encoded(_ line: String) -> String {
        var out = ""
        for byte in line.utf8 {
            if byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\\") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let octal = String(byte, radix: 8)
                out += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            }
        }
        return out
    }

    /// Trims the file to the last `capacity` lines if it has grown beyond them: written to a
    /// temporary beside it and renamed over it, so a kill midway leaves the old file whole.
    func save() {
        guard let file, appendedLines > 0, linesInFile > capacity, !warned else { return }
        // A symlinked history file keeps its link: appending went through it; trimming would not.
        var status = stat()
        guard lstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return }
        let temporary = file + ".tmp-\(getpid())"
        guard bp_history_save(handle, &event, temporary) >= 0, rename(temporary, file) == 0 else {
            unlink(temporary)
            return
        }
        linesInFile = capacity
        appendedLines = 0
    }
}

/// The entries of a history, oldest first (for tests and for anything that lists history).
struct HistEventReader {
    let history: LineHistory
    private var event = HistEvent()

    init(_ history: LineHistory) { self.history = history }

    mutating func all() -> [String] {
        var lines: [String] = []
        var status = bp_history_last(history.handle, &event)
        while status != -1, let text = event.str {
            lines.append(String(cString: text))
            status = bp_history_prev(history.handle, &event)
        }
        return lines
    }
}
