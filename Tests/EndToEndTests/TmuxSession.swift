import Foundation

/// Drives the real `backprop` binary in a tmux pane, as a person at a terminal would:
/// keys go in with send-keys, the screen comes back with capture-pane.
final class TmuxSession {
    let socket: String
    let name = "bp"
    let home: URL

    /// Starts the binary in a fresh pane with its own HOME (so history and progress are
    /// isolated) and no colour (NO_COLOR=1) unless `colour` is true, and waits for `readyText`
    /// (the REPL's prompt by default). `keepsPaneAfterExit` leaves the last screen readable when
    /// the program ends by itself. The first-start tour is marked as seen unless `tour` is true.
    /// `launcher` goes before the binary (`sh -c 'ulimit -v 1100000 && exec "$@"' sh` runs it under a limit).
    init(arguments: String = "", home: URL? = nil, readyText: String = "backprop>", keepsPaneAfterExit: Bool = false,
         tour: Bool = false, colour: Bool = false, launcher: String = "") throws {
        socket = "backprop-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        self.home = home ?? FileManager.default.temporaryDirectory.appendingPathComponent("backprop-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: self.home, withIntermediateDirectories: true)
        let progress = self.home.appendingPathComponent(".backprop/progress.json")
        if !tour && !FileManager.default.fileExists(atPath: progress.path) {
            try FileManager.default.createDirectory(at: progress.deletingLastPathComponent(), withIntermediateDirectories: true)
            try #"{"lessons": {"lessons": {}, "tourDone": true}}"#.write(to: progress, atomically: true, encoding: .utf8)
        }
        let command = "env \(colour ? "-u NO_COLOR" : "NO_COLOR=1") HOME=\(self.home.path) TERM=xterm-256color \(launcher) \(BinaryLocator.backprop) \(arguments)"
        try tmux(["new-session", "-d", "-s", name, "-x", "110", "-y", "40", command])
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
            if last.components(separatedBy: text).count - 1 >= count { return last }
            usleep(30_000)
        }
        throw TmuxTimeout(expected: text, screen: last)
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
