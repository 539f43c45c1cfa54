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

    /// The tour plays in a workspace of its own, like every lesson: afterwards the learner's is
    /// empty, so the README's walk-through typed next builds its own network, not [2, 4, 1, 4, 1].
    @Test func firstStartPlaysTheTourThenAnEmptyREPL() throws {
        let tmux = try TmuxSession(readyText: "lesson>", tour: true)
        #expect(try tmux.screen().contains("A two-minute tour of Backprop"))
        try tmux.press("Enter")
        try tmux.waitFor("answer>")
        try tmux.type("W1 @ X")
        try tmux.press("Enter")
        try tmux.waitFor("lesson>")
        try tmux.press("Enter")  // the stepper's part of the tour: data planar, two layers, init, forward
        try tmux.waitForWords("The tour's variables and network stay in the tour")
        try tmux.waitFor("backprop>")
        let variable = try tmux.output(of: "W1")
        #expect(variable.joined(separator: "\n").contains("name 'W1' is not defined"), "\(variable)")
        #expect(try tmux.output(of: "network").joined().contains("no layers yet"))
        for line in ["data planar", "layer 4 tanh"] { _ = try tmux.output(of: line) }
        let layers = try tmux.output(of: "layer 1 sigmoid")
        #expect(layers.first == "layer_dims [2, 4, 1]   (n[0] = 2 from X)", "\(layers)")
        #expect(!layers.joined().contains("was the output layer"))
        let again = try TmuxSession(home: tmux.home)
        #expect(try !again.screen().contains("two-minute tour"))
    }

    /// The in-REPL list reads the progress file each time, as `backprop lesson` does: the tour
    /// just finished shows as done, not "new".
    @Test func theREPLsLessonListShowsTheTourJustFinished() throws {
        let tmux = try TmuxSession(readyText: "lesson>", tour: true)
        try tmux.press("Enter")
        try tmux.waitFor("answer>")
        try tmux.type("W1 @ X")
        try tmux.press("Enter")
        try tmux.waitFor("lesson>")
        try tmux.press("Enter")
        try tmux.waitFor("backprop>")
        let list = try tmux.output(of: "lesson")
        let tour = try #require(list.first { $0.hasPrefix("  tour ") }, "\(list)")
        #expect(tour.contains(" done "), "\(tour)")
        let shell = try ProcessResult.run(BinaryLocator.backprop, ["lesson"], environment: ["HOME": tmux.home.path])
        #expect(shell.standardOutput.split(separator: "\n").contains { $0.hasPrefix("  tour ") && $0.contains(" done ") })
    }

    @Test func aLessonInsideTheREPLKeepsTheLearnersWorkspace() throws {
        let tmux = try TmuxSession()
        try tmux.type("W1 = ones((2, 2)) * 7")
        try tmux.press("Enter")
        try tmux.type("lesson tour")
        try tmux.press("Enter")
        try tmux.waitFor("A two-minute tour of Backprop")
        try tmux.press("Enter")
        try tmux.waitFor("Which product of W1 and X fits")
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
        let tmux = try TmuxSession(arguments: "lesson \(file.path)", readyText: " it/s")  // the progress line
        usleep(300_000)
        try tmux.press("C-c")
        let screen = try tmux.waitFor("lesson>", timeout: 10)
        #expect(screen.contains("interrupted after"), "\(screen)")
        #expect(!screen.contains("cannot be stopped midway"))
    }
}
