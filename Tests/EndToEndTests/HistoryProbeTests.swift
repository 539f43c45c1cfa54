import Foundation
import Testing

/// History in a real terminal when the session does not end with Ctrl-D: SIGTERM and SIGHUP
/// (the terminal window closed) must not lose the lines typed, and a history file that cannot
/// be written is said once, not lost in silence.
@Suite(.serialized) struct HistoryProbeTests {
    /// The pid of the program in the pane (`env` execs it, so it is the pane's own).
    static func pid(of tmux: TmuxSession) throws -> pid_t {
        let text = try tmux.tmux(["list-panes", "-t", tmux.name, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(pid_t(text))
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func everyLineSurvivesASignal(signal: Int32) throws {
        let tmux = try TmuxSession()
        let count = 23  // more than one of the old 20-line saves, fewer than two
        for i in 1...count {
            try tmux.type("line\(i) = \(i)")
            try tmux.press("Enter")
        }
        try tmux.type("line\(count)")
        try tmux.press("Enter")
        try tmux.waitFor("\n\(count)\n")
        kill(try Self.pid(of: tmux), signal)
        let deadline = Date().addingTimeInterval(5)
        while tmux.isAlive && Date() < deadline { usleep(30_000) }
        let history = try String(contentsOf: tmux.home.appendingPathComponent(".backprop_history"), encoding: .utf8)
        let lines = history.split(separator: "\n").map(String.init)
        #expect(lines.first == "_HiStOrY_V2_")
        for i in 1...count {
            #expect(lines.contains("line\(i)\\040=\\040\(i)"), "line \(i) lost after signal \(signal):\n\(history)")
        }
        // libedit reads the appended lines back.
        let again = try TmuxSession(home: tmux.home)
        try again.press("Up")
        try again.waitFor("backprop> line\(count)")
        try again.press("Up")
        try again.waitFor("backprop> line\(count) = \(count)")
    }

    @Test func anUnwritableHistoryFileIsSaidOnce() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-home-\(UUID().uuidString)")
        // As root a read-only file is writable; a directory in its place is not.
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".backprop_history"), withIntermediateDirectories: true)
        let tmux = try TmuxSession(home: home)
        try tmux.type("first = 1")
        try tmux.press("Enter")
        let warned = try tmux.waitFor("note: history cannot be saved to").replacingOccurrences(of: "\n", with: "")
        #expect(warned.contains(".backprop_history: it is a directory"), "\(warned)")
        try tmux.type("second = 2")
        try tmux.press("Enter")
        try tmux.type("first + second")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("\n3\n")
        #expect(screen.components(separatedBy: "history cannot be saved").count - 1 == 1, "said once:\n\(screen)")
        try tmux.press("Up")
        try tmux.waitFor("backprop> first + second", count: 2)  // history still works within the session
    }

    /// libedit reads the history file and ~/.editrc with blocking reads: FIFOs there used to hang
    /// the start before the first prompt.
    @Test func fifosInPlaceOfHistoryAndEditrcDoNotHangTheStart() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        #expect(mkfifo(home.appendingPathComponent(".backprop_history").path, 0o600) == 0)
        #expect(mkfifo(home.appendingPathComponent(".editrc").path, 0o600) == 0)
        let tmux = try TmuxSession(home: home)  // waits for the prompt
        try tmux.type("x = 41 + 1")
        try tmux.press("Enter")
        try tmux.waitFor("history cannot be saved")
        try tmux.type("x")
        try tmux.press("Enter")
        try tmux.waitFor("\n42\n")
    }
}
