@preconcurrency import Glibc
import BackpropLanguage
import Plotting
import Synchronization

/// The `Console` of an interactive session: a status line redrawn in place on standard output,
/// Ctrl-C read from `InterruptFlag`, the terminal's size, and plots as rich as the terminal allows.
enum TerminalConsole {
    /// Made afresh for every line the learner types, so output follows the window's size.
    static func make(style: Style) -> Console {
        let size = TerminalSize.current
        let width = TerminalSize.outputWidth
        // Plots are sized again to the rows by the plot command; this is the most they take.
        let plotStyle = PlotStyle(unicode: TerminalDetection.usesUnicode, color: style.isEnabled, width: min(width, 100), height: 20)
        return Console(
            status: { text in
                // \r and "erase line" redraw the one status line; nil leaves a clean line for output.
                let line = "\r\u{1B}[2K" + (text ?? "")
                fputs(line, StandardStreams.output)
                fflush(StandardStreams.output)
            },
            interruptRequested: { InterruptFlag.checkAndClear() },
            plotStyle: plotStyle,
            width: width,
            screenRows: size.rows)
    }
}

/// The terminal's size, asked of the kernel once and again after each SIGWINCH (a resized window).
public enum TerminalSize {
    public struct Size: Sendable, Equatable {
        public var columns: Int
        /// Nil when standard output is not a terminal.
        public var rows: Int?
    }

    /// The size now: 80 columns and no rows when standard output is not a terminal.
    public static var current: Size {
        installResizeHandler()
        if changed.exchange(false, ordering: .relaxed) || cached.withLock({ $0 == nil }) {
            let size = measure()
            cached.withLock { $0 = size }
            return size
        }
        return cached.withLock { $0! }
    }

    /// Columns a line of output may use in a terminal `columns` wide: one fewer, so that no line
    /// fills the last column (a full line makes some terminals wrap, and makes a word cut by the
    /// terminal indistinguishable from one that ends there).
    public static func lineWidth(columns: Int) -> Int {
        max(columns - 1, 20)
    }

    /// Columns output may use now: `lineWidth` of a terminal, 80 for a pipe or a file.
    public static var outputWidth: Int {
        let size = current
        return size.rows == nil ? Console.defaultWidth : lineWidth(columns: size.columns)
    }

    static func measure() -> Size {
        guard isatty(STDOUT_FILENO) != 0 else { return Size(columns: Console.defaultWidth, rows: nil) }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return Size(columns: 80, rows: 24) }
        return Size(columns: Int(size.ws_col), rows: size.ws_row > 0 ? Int(size.ws_row) : 24)
    }

    /// Marks the cached size stale on SIGWINCH. SA_RESTART: a resize must never interrupt a read.
    /// (While libedit reads a line it has its own handler, which passes the signal on to this one.)
    static func installResizeHandler() {
        guard !installed.exchange(true, ordering: .relaxed) else { return }
        changed.store(false, ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in changed.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(SA_RESTART)
        sigaction(SIGWINCH, &action, nil)
    }
}

private let changed = Atomic<Bool>(false)
private let installed = Atomic<Bool>(false)
private let cached = Mutex<TerminalSize.Size?>(nil)

extension TerminalDetection {
    /// The terminal's width in columns (80 when it cannot be asked).
    public static var columns: Int { TerminalSize.current.columns }

    /// Braille and block characters need a UTF-8 locale and a terminal that is not `dumb`.
    public static var usesUnicode: Bool {
        guard isatty(STDOUT_FILENO) != 0, variable("TERM") != "dumb" else { return false }
        let locale = variable("LC_ALL") ?? variable("LC_CTYPE") ?? variable("LANG") ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    private static func variable(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}

/// Prints a line of the front end's own (a banner, a note) wrapped at word boundaries to the terminal.
func printWrapped(_ text: String) {
    print(TextWrap.fit(text, width: TerminalSize.outputWidth))
}
