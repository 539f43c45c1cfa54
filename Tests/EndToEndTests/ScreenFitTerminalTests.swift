import Foundation
import Testing

/// What a learner sees at 80×24, the terminal they most often have: every line of prose wrapped at
/// a word boundary, nothing longer than a screen, plots that fit, and the layout following the
/// window when it is resized.
@Suite(.serialized) struct ScreenFitTerminalTests {
    /// No line the terminal had to break inside a word; none reaching the last column.
    func expectFits(_ lines: [String], _ tmux: TmuxSession, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = lines.joined(separator: "\n")
        #expect(tmux.wordsBrokenByTheTerminal(in: text).isEmpty, "\(what) breaks words:\n\(text)", sourceLocation: sourceLocation)
        #expect(lines.allSatisfy { $0.count < tmux.columns }, "\(what) fills a whole line:\n\(text)", sourceLocation: sourceLocation)
    }

    @Test func helpFitsEightyColumns() throws {
        let tmux = try TmuxSession()
        for command in ["help", "help stepper", "help language", "help functions", "help train", "?np.sum", "help set_printoptions"] {
            let lines = try tmux.output(of: command)
            expectFits(lines, tmux, command)
            // The pages a learner reads first fit one screen; the references may be longer.
            if command == "help" || command == "help stepper" {
                #expect(lines.count <= tmux.rows - 2, "\(command) prints \(lines.count) lines")
            }
        }
    }

    /// Every command of the README's two walk-throughs, typed at 80×24: none prints more than a
    /// screen (the command's own line and the next prompt included), none breaks a word.
    @Test func theReadmeWalkThroughFitsTheScreen() throws {
        let tmux = try TmuxSession()
        let walkThrough = [
            "w = np.array([[1.],[2.]]); b = 2.", "X = [1 2 -1; 3 4 -3.2]; Y = np.array([[1, 0, 1]])", "m = X.shape[1]",
            "A = sigmoid(np.dot(w.T, X) + b)", "cost = -1/m * np.sum(Y*np.log(A) + (1-Y)*np.log(1-A))", "cost",
            "dw = 1/m * np.dot(X, (A - Y).T)", "dw", "Z = np.dot(w, X) + b", "np.random.seed(1); np.random.randn(2, 3)",
            "data planar", "layer 4 tanh", "layer 1 sigmoid", "init random 0.01 seed 2", "forward", "forward", "cost",
            "backward", "where", "dW2 - 1/m * dZ2 @ A1.T", "show cache 1", "backward", "show layer 1", "shapes", "network",
            "explain dW2", "explain cache[1]", "whos", "X", "A1", "train 10000 lr 1.2 every 1000", "predict", "plot boundary",
            "plot cost", "plot W1", "gradcheck", "lesson",
        ]
        for command in walkThrough {
            let lines = try tmux.output(of: command)
            #expect(lines.count <= tmux.rows - 2, "\(command) prints \(lines.count) lines:\n\(lines.joined(separator: "\n"))")
            expectFits(lines, tmux, command)
        }
    }

    @Test func showCacheFullPrintsEveryNumber() throws {
        let tmux = try TmuxSession(columns: 100, rows: 40)
        for line in ["data planar", "layer 4 tanh", "layer 1 sigmoid", "init random 0.01 seed 2", "forward"] { _ = try tmux.output(of: line) }
        let summary = try tmux.output(of: "show cache 1")
        #expect(summary.last == "(... summarised to fit the screen: show cache 1 full prints every number)")
        let full = try tmux.output(of: "show cache 1 full")
        #expect(full.count > 200, "all 800 numbers of A0 and 1600 of Z1")
        #expect(!full.joined().contains("..."))
    }

    @Test func plotsFitTheWindowOrSayItIsTooSmall() throws {
        let tmux = try TmuxSession()
        for line in ["data planar", "layer 4 tanh", "layer 1 sigmoid", "init random 0.01 seed 2", "train 1000 lr 1.2"] {
            _ = try tmux.output(of: line)
        }
        let plot = try tmux.output(of: "plot boundary")
        #expect(plot.first?.hasPrefix("planar: 400 examples") == true, "the title is on the screen:\n\(plot.joined(separator: "\n"))")
        #expect(plot.count <= tmux.rows - 2)
        let small = try TmuxSession(columns: 40, rows: 10)
        _ = try small.output(of: "data planar")
        let refused = TmuxSession.words(try small.output(of: "plot data").joined(separator: " "))
        #expect(refused.contains("the window is too small for a plot"), "\(refused)")
    }

    /// SIGWINCH: after the window narrows, output is laid out for the new width.
    @Test func aResizedWindowRewrapsTheOutput() throws {
        let tmux = try TmuxSession()
        let wide = try tmux.output(of: "help stepper")
        #expect(wide.contains { $0.count > 62 })
        try tmux.tmux(["resize-window", "-t", tmux.name, "-x", "60", "-y", "24"])
        usleep(200_000)
        let narrow = try tmux.output(of: "help stepper")
        #expect(narrow.allSatisfy { $0.count < 60 }, "\(narrow.joined(separator: "\n"))")
        #expect(tmux.wordsBrokenByTheTerminal(in: narrow.joined(separator: "\n")).isEmpty)
    }

    /// The tour's narration is reflowed at word boundaries, its Markdown rendered.
    @Test func theTourReadsWellAtEightyColumns() throws {
        let tmux = try TmuxSession(readyText: "lesson>", tour: true)
        var screens = [try tmux.screen()]
        try tmux.press("Enter")
        screens.append(try tmux.waitFor("answer>"))
        try tmux.type("X.T @ W1.T")
        try tmux.press("Enter")
        screens.append(try tmux.waitForWords("your value is (3, 4) but the answer is (4, 3)"))
        try tmux.type("W1 @ X")
        try tmux.press("Enter")
        screens.append(try tmux.waitForWords("right lesson>"))
        try tmux.press("Enter")
        screens.append(try tmux.waitFor("backprop>"))
        let history = try tmux.history()
        #expect(history.contains("From here: help lists everything"), "\(history)")
        #expect(!history.contains("`"), "no raw Markdown backticks")
        for screen in screens + [history] { #expect(tmux.wordsBrokenByTheTerminal(in: screen).isEmpty, "\(screen)") }
    }
}
