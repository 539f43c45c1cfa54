@preconcurrency import Glibc

/// Keys typed while a cell runs stay in the terminal's input queue for the next prompt, where
/// libedit shows and edits them. The kernel would also echo them the moment they are typed, in
/// the middle of the cell's output (`layer 4 tanhX (2, 400) …`), so echo is off while a cell runs.
enum TerminalEcho {
    static func suppressed<T>(_ work: () -> T) -> T {
        var saved = termios()
        guard isatty(STDIN_FILENO) != 0, tcgetattr(STDIN_FILENO, &saved) == 0 else { return work() }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        // TCSANOW, not TCSAFLUSH: what was typed ahead must stay queued.
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        return work()
    }
}
