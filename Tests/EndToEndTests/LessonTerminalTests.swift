import Foundation
import Testing

/// A lesson played in a real terminal: answers typed, a wrong answer with its hint, a skip, quit
/// and resume; and the first-start tour that ends in the free REPL.
@Suite(.serialized) struct LessonTerminalTests {
    @Test func playsQuitsAndResumes() throws {
        let first = try TmuxSession(arguments: "lesson logistic-regression", readyText: "lesson>")
        try first.press("Enter")
        try first.waitFor("What is the shape of X?")
        try first.type("3x2")
        try first.press("Enter")
        let wrong = try first.waitFor("hint 1/2")
        #expect(wrong.contains("not quite: (3, 2) is the transpose: rows and columns are swapped"))
        try first.type("(2, 3)")
        try first.press("Enter")
        try first.waitFor("right: X is (n_x, m) = (2, 3)")
        try first.waitFor("as a 1x1 matrix: z = ...")
        try first.type("skip")
        try first.press("Enter")
        try first.waitFor("skipped; the answer is: z = w.T @ x + b")
        try first.waitFor("Now the activation a")
        try first.type("quit")
        try first.press("Enter")
        let deadline = Date().addingTimeInterval(10)
        while first.isAlive && Date() < deadline { usleep(50_000) }  // the lesson exits; its pane closes
        #expect(!first.isAlive)

        let second = try TmuxSession(arguments: "lesson logistic-regression", home: first.home, readyText: "answer>")
        let resumed = try second.screen()
        #expect(resumed.contains("(resuming where you left off; restart starts over)"))
        #expect(resumed.contains("Now the activation a"))
        try second.type("sigmoid(z)")  // z was rebuilt: the skipped answer ran
        try second.press("Enter")
        try second.waitFor("right")
    }

    @Test func firstStartPlaysTheTourThenTheREPL() throws {
        let tmux = try TmuxSession(readyText: "lesson>", tour: true)
        #expect(try tmux.screen().contains("A two-minute tour of Backprop"))
        try tmux.type("quit")
        try tmux.press("Enter")
        try tmux.waitFor("backprop>")
        try tmux.type("W1.shape")  // the tour's variables are kept
        try tmux.press("Enter")
        try tmux.waitFor("(4, 2)")
        let again = try TmuxSession(home: tmux.home)
        #expect(try !again.screen().contains("two-minute tour"))
    }

    @Test func aLessonInsideTheREPLKeepsTheLearnersWorkspace() throws {
        let tmux = try TmuxSession()
        try tmux.type("W1 = ones((2, 2)) * 7")
        try tmux.press("Enter")
        try tmux.type("lesson tour")
        try tmux.press("Enter")
        try tmux.waitFor("A two-minute tour of Backprop")
        try tmux.press("Enter")
        try tmux.waitFor("Which product does fit?")
        try tmux.type("quit")
        try tmux.press("Enter")
        try tmux.waitFor("Back in the REPL; your variables are as you left them.")
        try tmux.type("W1.sum()")  // the tour's own W1 did not replace the learner's
        try tmux.press("Enter")
        try tmux.waitFor("28.0")
    }

    /// A lesson's own `train` stops at Ctrl-C as the REPL's does (its console used to ignore it,
    /// so the press went unanswered until the training ended).
    @Test func ctrlCStopsALessonsTraining() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bp-lesson-\(UUID().uuidString).md")
        try "# Long\n\nTraining for ever.\n\n```repl\ndata planar\nlayer 4 tanh\nlayer 1 sigmoid\ninit random seed 1\ntrain 100000000\n```\n\n---\n\nAfter.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(arguments: "lesson \(file.path)", readyText: "Ctrl-C stops")  // the progress line
        usleep(300_000)
        try tmux.press("C-c")
        let screen = try tmux.waitFor("lesson>", timeout: 10)
        #expect(screen.contains("interrupted after"), "\(screen)")
        #expect(!screen.contains("cannot be stopped midway"))
    }
}
