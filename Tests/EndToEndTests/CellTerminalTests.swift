import Foundation
import Testing

/// Cells in a real terminal: a pasted notebook cell with blank lines inside its `def`, recalled
/// whole with Up; IPython's `...:` prompt; print as a loop goes; Ctrl-C in a loop and at `...:`.
/// At the learner's usual 80×24 and in a wide window.
@Suite(.serialized) struct CellTerminalTests {
    static let sizes = [(80, 24), (160, 50)]

    /// A notebook cell as the course writes them: a docstring, comments, blank lines inside the
    /// `def`, then a test loop.
    static let notebookCell = """
    def layer_sizes(X, Y):
        \"\"\"
        Returns the sizes.

        X -- input dataset of shape (input size, number of examples)
        \"\"\"
        n_x = X.shape[0]  # size of input layer

        n_y = Y.shape[0]  # size of output layer
        return (n_x, n_y)

    for i in range(1, 4):
        # one line per size
        print("n_x = " + str(layer_sizes(np.zeros((i, 2)), np.zeros((1, 2)))[0]))

    """

    @Test(arguments: sizes)
    func aPastedCellRunsAsTheNotebookRunsItAndUpRecallsItWhole(columns: Int, rows: Int) throws {
        let tmux = try TmuxSession(columns: columns, rows: rows)
        try tmux.paste(Self.notebookCell)
        try tmux.waitFor("# one line per size")
        try tmux.press("Enter")  // as in IPython, the cell ends in a block: an empty line runs it
        var screen = try tmux.waitFor("n_x = 3\nbackprop>")
        #expect(screen.contains("n_x = 1\nn_x = 2\nn_x = 3\nbackprop>"), "\(screen)")
        #expect(screen.contains("     ...:     n_x = X.shape[0]  # size of input layer\n     ...:\n     ...:     n_y"), "\(screen)")
        #expect(!screen.contains("error"), "\(screen)")
        // Up recalls the whole cell as one entry; Enter runs it again.
        try tmux.press("C-l")
        try tmux.press("Up")
        screen = try tmux.waitFor("print(\"n_x = \"")
        #expect(screen.contains("backprop> def layer_sizes(X, Y):"), "\(screen)")
        try tmux.press("Enter")
        screen = try tmux.waitFor("n_x = 3\nbackprop>")
        #expect(screen.contains("n_x = 1\nn_x = 2\nn_x = 3\nbackprop>") && !screen.contains("error"), "\(screen)")
    }

    /// Typed (send-keys) rather than pasted: the same text arrives at once, and the `...:` lines carry it.
    @Test func typedAllAtOnceTheCellKeepsItsBlankLines() throws {
        let tmux = try TmuxSession()
        try tmux.type("def double(x):\n    \"\"\"Twice x.\"\"\"\n\n    y = 2 * x\n\n    return y\n\nprint(double(21))\n")
        try tmux.waitFor("     ...: print(double(21))")
        try tmux.press("Enter")  // the empty line that ends the cell
        let screen = try tmux.waitFor("\n42\nbackprop>")
        #expect(!screen.contains("error"), "\(screen)")
    }

    @Test(arguments: sizes)
    func typingABlockShowsTheContinuationPromptWithTheIndentation(columns: Int, rows: Int) throws {
        let tmux = try TmuxSession(columns: columns, rows: rows)
        try tmux.type("total = 0")
        try tmux.press("Enter")
        try tmux.waitFor("backprop>", count: 2)
        try tmux.type("for i in range(4):")
        try tmux.press("Enter")
        try tmux.waitFor("     ...:")
        try tmux.type("total += i")  // the indentation is already there
        try tmux.press("Enter")
        try tmux.waitFor("     ...:     total += i\n     ...:")
        try tmux.type("print(\"i =\", i)")
        try tmux.press("Enter")
        try tmux.waitFor("     ...:", count: 3)
        try tmux.press("Enter")
        let screen = try tmux.waitFor("i = 3\nbackprop>")
        #expect(screen.contains("     ...:     print(\"i =\", i)\n     ...:\ni = 0\ni = 1\ni = 2\ni = 3\n"), "\(screen)")
        try tmux.type("total")
        try tmux.press("Enter")
        try tmux.waitFor("\n6\nbackprop>")
    }

    @Test func printedLinesComeBeforeTheCellsError() throws {
        let tmux = try TmuxSession()
        try tmux.paste("for i in range(2):\n    print(\"step\", i)\n    W = np.ones((2, 3)) @ np.ones((2, 3))\n\n")
        let screen = try tmux.waitFor("rule:")
        #expect(screen.contains("step 0\nTraceback") || screen.contains("step 0\nerror"), "\(screen)")
        #expect(!screen.contains("step 1"), "\(screen)")
    }

    /// print inside a loop appears while the loop runs; Ctrl-C stops it between iterations with
    /// Python's KeyboardInterrupt, the loop's variables kept, and the REPL goes on.
    @Test(arguments: sizes)
    func aLoopPrintsAsItGoesAndCtrlCStopsIt(columns: Int, rows: Int) throws {
        let tmux = try TmuxSession(columns: columns, rows: rows)
        try tmux.paste("n = 0\nwhile True:\n    if n == 0:\n        print(\"started\")\n    n += 1\n\n")
        var screen = try tmux.waitFor("started")
        usleep(200_000)
        screen = try tmux.screen()
        #expect(screen.components(separatedBy: "backprop>").count - 1 == 2, "the loop still runs:\n\(screen)")
        try tmux.press("C-c")
        screen = try tmux.waitFor("KeyboardInterrupt")
        #expect(screen.contains("error: KeyboardInterrupt: stopped by Ctrl-C"), "\(screen)")
        try tmux.type("n > 1")
        try tmux.press("Enter")
        try tmux.waitFor("\nTrue\nbackprop>")
        try tmux.type("while True: pass")
        try tmux.press("Enter")
        try tmux.waitFor("     ...:")
        try tmux.press("Enter")
        usleep(300_000)
        try tmux.press("C-c")
        try tmux.waitFor("KeyboardInterrupt", count: 2)
        #expect(tmux.isAlive)
    }

    @Test func ctrlCAndCtrlDAtTheContinuationPromptAbandonTheCell() throws {
        let tmux = try TmuxSession()
        try tmux.type("for i in range(3):")
        try tmux.press("Enter")
        try tmux.waitFor("     ...:")
        try tmux.type("print(\"never\")")
        try tmux.waitFor("never")
        try tmux.press("C-c")
        try tmux.waitFor("backprop>", count: 2)
        try tmux.type("x = [1,")
        try tmux.press("Enter")
        try tmux.waitFor("     ...:")
        try tmux.press("C-d")
        try tmux.waitFor("backprop>", count: 3)
        try tmux.type("while False:")  // Ctrl-D on a line of only the carried indentation
        try tmux.press("Enter")
        try tmux.waitFor("     ...:", count: 2)
        try tmux.press("C-d")
        try tmux.waitFor("backprop>", count: 4)
        try tmux.type("1 + 1")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("\n2\nbackprop>")
        #expect(!screen.contains("\nnever") && !screen.contains("error"), "\(screen)")
        #expect(tmux.isAlive)
    }

    /// `cost` is the learner's variable once defined; `%cost` still runs the stepper's command.
    @Test(arguments: sizes)
    func aCostVariableAndThePercentCommand(columns: Int, rows: Int) throws {
        let tmux = try TmuxSession(columns: columns, rows: rows)
        try tmux.type("cost = 3")
        try tmux.press("Enter")
        try tmux.waitFor("backprop>", count: 2)
        try tmux.type("cost")
        try tmux.press("Enter")
        try tmux.waitFor("backprop> cost\n3\n")
        try tmux.type("%cost")
        try tmux.press("Enter")
        try tmux.waitForWords("error: there is no data")
    }

    @Test func tabCompletesOnAContinuationLine() throws {
        let tmux = try TmuxSession()
        try tmux.type("parameters = {\"W1\": 5, \"b1\": 2}")
        try tmux.press("Enter")
        try tmux.waitFor("backprop>", count: 2)
        try tmux.type("def weight(scale):")
        try tmux.press("Enter")
        try tmux.waitFor("     ...:")
        try tmux.type("return scale * parameters[\"W")
        try tmux.press("Tab")
        try tmux.waitFor("parameters[\"W1\"]")
        try tmux.press("Enter")
        try tmux.waitFor("     ...:", count: 2)
        try tmux.press("Enter")
        try tmux.waitFor("backprop>", count: 3)
        try tmux.type("weight(")
        try tmux.press("Tab")
        try tmux.waitFor("\nweight(scale)\n")  // the signature, shown below
        try tmux.type("2)")
        try tmux.press("Enter")
        try tmux.waitFor("\n10\nbackprop>")
    }
}
