import Foundation
import Testing

/// Drives the real `backprop` binary in a tmux pane, as a person at a terminal would:
/// keys go in with send-keys, the screen comes back with capture-pane. The pane is 80×24, the
/// terminal a learner most often has, unless a test asks for another size.
final class TmuxSession {
    let socket: String
    let name = "bp"
    let home: URL
    let columns: Int
    let rows: Int

    /// Starts the binary in a fresh pane with its own HOME (so history and progress are
    /// isolated) and no colour (NO_COLOR=1) unless `colour` is true, and waits for `readyText`
    /// (the REPL's prompt by default). `keepsPaneAfterExit` leaves the last screen readable when
    /// the program ends by itself. The first-start tour is marked as seen unless `tour` is true.
    /// `launcher` goes before the binary (`sh -c 'ulimit -v 1100000 && exec "$@"' sh` runs it under a limit).
    init(arguments: String = "", home: URL? = nil, readyText: String = "backprop>", keepsPaneAfterExit: Bool = false,
         tour: Bool = false, colour: Bool = false, launcher: String = "", columns: Int = 80, rows: Int = 24) throws {
        socket = "backprop-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        self.columns = columns
        self.rows = rows
        self.home = home ?? FileManager.default.temporaryDirectory.appendingPathComponent("backprop-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: self.home, withIntermediateDirectories: true)
        let progress = self.home.appendingPathComponent(".backprop/progress.json")
        if !tour && !FileManager.default.fileExists(atPath: progress.path) {
            try FileManager.default.createDirectory(at: progress.deletingLastPathComponent(), withIntermediateDirectories: true)
            try #"{"lessons": {"lessons": {}, "tourDone": true}}"#.write(to: progress, atomically: true, encoding: .utf8)
        }
        let command = "env \(colour ? "-u NO_COLOR" : "NO_COLOR=1") HOME=\(self.home.path) TERM=xterm-256color LANG=C.UTF-8 \(launcher) \(BinaryLocator.backprop) \(arguments)"
        try tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
        if keepsPaneAfterExit { try tmux(["set-option", "-t", name, "remain-on-exit", "on"]) }
        try waitFor(readyText)
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try ProcessResult.run("/usr/bin/tmux", ["-L", socket] + arguments).standardOutput
    }

    /// Types text literally (no key names interpreted).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Pastes `text` as a terminal's paste does (tmux's paste buffer: every byte at once, line
    /// ends as Enter), newlines and blank lines included.
    func paste(_ text: String) throws {
        let result = try ProcessResult.run("/usr/bin/tmux", ["-L", socket, "load-buffer", "-b", "paste", "-"], input: text)
        #expect(result.status == 0, "load-buffer: \(result.standardError)")
        try tmux(["paste-buffer", "-d", "-b", "paste", "-t", name])
    }

    /// Sends named keys: "Enter", "Tab", "Up", "C-a", "C-c", "C-d", "C-r".
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// The screen with its colours and attributes as escape sequences (capture-pane -e).
    func screenWithEscapes() throws -> String {
        try tmux(["capture-pane", "-e", "-p", "-t", name])
    }

    /// Waits until the screen contains `text` (or `count` occurrences), failing after a timeout.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.components(separatedBy: text).count - 1 >= count { return checked(last) }
            usleep(30_000)
        }
        throw TmuxTimeout(expected: text, screen: last)
    }

    /// Waits until the screen says `text`, however the terminal wrapped it: runs of spaces and
    /// line breaks count as one space on both sides.
    @discardableResult
    func waitForWords(_ text: String, timeout: Double = 10) throws -> String {
        let wanted = Self.words(text)
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if Self.words(last).contains(wanted) { return checked(last) }
            usleep(30_000)
        }
        throw TmuxTimeout(expected: text, screen: last)
    }

    /// Every screen a test waits for is also checked for words the terminal broke.
    private func checked(_ screen: String) -> String {
        let broken = wordsBrokenByTheTerminal(in: screen)
        if !broken.isEmpty { Issue.record("a word broken by the terminal at \(columns) columns:\n\(broken.joined(separator: "\n"))\n\(screen)") }
        return screen
    }

    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// Everything the pane has shown, scrollback included, a screen line per line.
    func history() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name, "-S", "-5000"])
    }

    /// Types `command` at the prompt and returns the lines it printed (between its own line and
    /// the next prompt), from the scrollback, as the screen showed them.
    func output(of command: String, prompt: String = "backprop> ", timeout: Double = 30) throws -> [String] {
        try tmux(["clear-history", "-t", name])
        try tmux(["send-keys", "-t", name, "C-l"])
        usleep(100_000)
        try type(command)
        try press("Enter")
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let lines = try history().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let start = lines.lastIndex(where: { $0.hasPrefix(prompt + command.prefix(columns - prompt.count - 1)) }),
               let end = lines[(start + 1)...].firstIndex(where: { $0.hasPrefix(prompt.trimmingCharacters(in: .whitespaces)) }) {
                var body = Array(lines[(start + 1)..<end])
                // The typed line itself may have wrapped onto the next screen line.
                let typedRows = (prompt.count + command.count - 1) / columns
                body.removeFirst(min(typedRows, body.count))
                return body
            }
            usleep(50_000)
        }
        throw TmuxTimeout(expected: "the output of \(command)", screen: try history())
    }

    /// Screen lines where the terminal, not Backprop, broke a line inside a word: a line that fills
    /// every column and ends in a letter or digit, followed by one that starts with one. Backprop
    /// wraps prose one column short of the width, so a full line is always the terminal's doing.
    func wordsBrokenByTheTerminal(in screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var broken: [String] = []
        for (line, next) in zip(lines, lines.dropFirst()) where line.count >= columns {
            if let last = line.last, let first = next.first, (last.isLetter || last.isNumber), (first.isLetter || first.isNumber) {
                broken.append(line + "⏎" + next)
            }
        }
        return broken
    }

    var isAlive: Bool {
        (try? tmux(["list-panes", "-t", name, "-F", "#{pane_dead}"]))?.contains("0") == true
    }
}

struct TmuxTimeout: Error, CustomStringConvertible {
    let expected: String
    let screen: String
    var description: String { "timed out waiting for \(expected.debugDescription); screen:\n\(screen)" }
}
