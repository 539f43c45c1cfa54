@preconcurrency import Glibc
import BackpropLanguage
import Plotting

/// The `Console` of an interactive session: a status line redrawn in place on standard output,
/// Ctrl-C read from `InterruptFlag`, and plots as rich as the terminal allows.
enum TerminalConsole {
    static func make(style: Style) -> Console {
        let width = max(40, min(TerminalDetection.columns - 12, 100))
        let plotStyle = PlotStyle(unicode: TerminalDetection.usesUnicode, color: style.isEnabled, width: width, height: 20)
        return Console(
            status: { text in
                // \r and "erase line" redraw the one status line; nil leaves a clean line for output.
                let line = "\r\u{1B}[2K" + (text ?? "")
                fputs(line, StandardStreams.output)
                fflush(StandardStreams.output)
            },
            interruptRequested: { InterruptFlag.checkAndClear() },
            plotStyle: plotStyle)
    }
}

extension TerminalDetection {
    /// The terminal's width in columns (80 when it cannot be asked).
    public static var columns: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

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
