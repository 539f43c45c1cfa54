import Foundation
import Testing

/// The real binary in a terminal: editing, history, completion, Ctrl-C, Ctrl-D.
@Suite(.serialized) struct InteractiveREPLTests {
    @Test func evaluatesAndTeachesShapeErrors() throws {
        let tmux = try TmuxSession()
        try tmux.type("W1 = np.zeros((4, 3)); X = np.ones((2, 400)); b1 = np.zeros((4, 1))")
        try tmux.press("Enter")
        try tmux.type("Z1 = W1 @ X + b1")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("rule:", timeout: 10)
        #expect(screen.contains("error: matrix product W1 @ X: W1 has 3 columns but X has 2 rows"))
        #expect(screen.contains("  Z1 = W1 @ X + b1\n       ^^^^^^\n"), "the failing product is underlined:\n\(screen)")
        try tmux.type("W1.shape")
        try tmux.press("Enter")
        try tmux.waitFor("(4, 3)")
    }

    @Test func lineEditingAndHistoryRecall() throws {
        let tmux = try TmuxSession()
        try tmux.type(" = 21 * 2")
        try tmux.press("C-a")
        try tmux.type("answer")
        try tmux.press("Enter")
        try tmux.type("answer")
        try tmux.press("Enter")
        try tmux.waitFor("\n42")
        try tmux.press("Up", "Up")
        try tmux.waitFor("backprop> answer = 21 * 2")
        try tmux.press("C-e")
        try tmux.type(" + 1")
        try tmux.press("Enter")
        try tmux.type("answer")
        try tmux.press("Enter")
        try tmux.waitFor("\n43")
    }

    @Test func tabCompletesNamesAndNumpyFunctions() throws {
        let tmux = try TmuxSession()
        try tmux.type("learning_rate = 0.5")
        try tmux.press("Enter")
        try tmux.waitFor("backprop>", count: 2)
        // "learn" alone is no name: only a completed learning_rate makes the line run, and the
        // screen cannot show "backprop> learning_rate * 4" before Tab has completed it.
        try tmux.type("learn")
        try tmux.press("Tab")
        try tmux.waitFor("backprop> learning_rate", count: 2)  // the first is the assignment's line
        try tmux.type(" * 4")
        try tmux.press("Enter")
        let completed = try tmux.waitFor("\n2.0\n")
        #expect(completed.contains("backprop> learning_rate * 4\n2.0"), "\(completed)")
        #expect(!completed.contains("error"), "\(completed)")
        try tmux.type("np.lins")
        try tmux.press("Tab")
        try tmux.type("(0, 1, 3)")
        try tmux.press("Enter")
        try tmux.waitFor("[0.  0.5 1. ]  (3,)")  // np.linspace completed and ran
        try tmux.type("np.random.ra")
        try tmux.press("Tab")
        try tmux.waitFor("np.random.rand")
        try tmux.press("Tab")
        // Several candidates (rand, randint, randn, random): the common prefix stays, the list shows.
        let screen = try tmux.waitFor("randint")
        #expect(screen.contains("randn"))
    }

    @Test func ctrlCCancelsTheLineAndKeepsTheSession() throws {
        let tmux = try TmuxSession()
        try tmux.type("kept = 7")
        try tmux.press("Enter")
        try tmux.type("this line is abandoned")
        try tmux.waitFor("abandoned")  // as a person would: see the text, then change their mind
        try tmux.press("C-c")
        try tmux.waitFor("backprop>", count: 3)  // a fresh prompt under the abandoned line
        try tmux.type("kept * 6")
        try tmux.press("Enter")
        try tmux.waitFor("\n42")
        #expect(tmux.isAlive)
    }

    @Test func ctrlRSearchesHistory() throws {
        let tmux = try TmuxSession()
        try tmux.type("alpha = 0.009")
        try tmux.press("Enter")
        try tmux.type("beta = 2")
        try tmux.press("Enter")
        try tmux.press("C-r")
        try tmux.type("alp")
        try tmux.waitFor("alpha = 0.009", count: 2)
        try tmux.press("Enter")
        try tmux.type("alpha")
        try tmux.press("Enter")
        try tmux.waitFor("\n0.009")
    }

    @Test func ctrlDExitsAndHistorySurvivesARestart() throws {
        let first = try TmuxSession()
        try first.type("remembered = 123")
        try first.press("Enter")
        try first.waitFor("backprop>", count: 2)
        try first.press("C-d")
        let deadline = Date().addingTimeInterval(5)
        while first.isAlive && Date() < deadline { usleep(50_000) }
        let history = try String(contentsOf: first.home.appendingPathComponent(".backprop_history"), encoding: .utf8)
        #expect(history.contains("remembered"))

        let second = try TmuxSession(home: first.home)
        try second.press("Up")
        try second.waitFor("backprop> remembered = 123")
    }
}

/// Ctrl-C during work that cannot stop midway (one long chain of products) used to show
/// nothing for two presses and exit at the third: the first press now says so at once.
@Suite(.serialized) struct UnstoppableComputationTests {
    @Test func theFirstCtrlCExplainsThatTheComputationCannotStop() throws {
        let tmux = try TmuxSession()
        try tmux.type("A = ones((2500, 2500))")
        try tmux.press("Enter")
        try tmux.waitFor("backprop>", count: 2)
        try tmux.type("B = " + Array(repeating: "A", count: 24).joined(separator: " @ "))
        try tmux.press("Enter")
        usleep(300_000)
        try tmux.press("C-c")
        let screen = try tmux.waitFor("cannot be stopped midway", timeout: 5)
        #expect(screen.replacingOccurrences(of: "\n", with: "").contains("press Ctrl-C twice more to leave Backprop"), "\(screen)")
        #expect(tmux.isAlive)
        // Apart, as a person presses them: two signals sent at once may arrive as one.
        for _ in 0..<2 {
            try tmux.press("C-c")
            usleep(200_000)
        }
        let deadline = Date().addingTimeInterval(5)
        while tmux.isAlive && Date() < deadline { usleep(30_000) }
        #expect(!tmux.isAlive, "two more presses leave")
    }

    /// A command that polls (train) answers Ctrl-C itself: no explanation is printed.
    @Test func aPollingCommandIsNotExplained() throws {
        let tmux = try TmuxSession()
        for line in ["data planar", "layer 4 tanh", "layer 1 sigmoid", "init random seed 1", "train 100000000"] {
            try tmux.type(line)
            try tmux.press("Enter")
        }
        usleep(400_000)
        try tmux.press("C-c")
        let screen = try tmux.waitFor("interrupted after")
        usleep(500_000)
        #expect(!(try tmux.screen()).contains("cannot be stopped midway"), "\(screen)")
    }
}

/// The issue's own case, scaled to a 1.1 GB limit: the third matrix cannot fit, and the REPL
/// answers with an error and a prompt, its variables intact, instead of aborting.
@Suite(.serialized) struct MemoryLimitTerminalTests {
    @Test func aMatrixBeyondUlimitIsAnErrorAndThePromptLives() throws {
        let tmux = try TmuxSession(launcher: "sh -c 'ulimit -v 1100000 && exec \"$0\"'")
        try tmux.type("A = zeros((7000, 7000)); B = A + 1")
        try tmux.press("Enter")
        try tmux.waitFor("backprop>", count: 2, timeout: 20)
        try tmux.type("C = A + B")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("hint: clear variables", timeout: 20)
        #expect(screen.contains("error: A + B: a (7000, 7000) matrix needs 392 MB, but only"), "\(screen)")
        try tmux.type("B[0, 0] + A.shape[0]")
        try tmux.press("Enter")
        try tmux.waitFor("7001.0")
        #expect(tmux.isAlive)
    }
}
