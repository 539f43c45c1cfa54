import Foundation
import Testing

/// `check` in a real terminal, as a learner uses it: paste a wrong `linear_backward`, read the
/// diagnosis, fix the line with Up-arrow editing, check again. At 80×24 and in a wide window.
@Suite(.serialized) struct CheckTerminalTests {
    static let sizes = [(80, 24), (160, 50)]

    /// The course's linear_backward with its classic mistake: dW without the 1/m.
    static let wrongLinearBackward = """
    def linear_backward(dZ, cache):
        A_prev, W, b = cache
        m = A_prev.shape[1]
        db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
        dA_prev = np.dot(W.T, dZ)
        return dA_prev, np.dot(dZ, A_prev.T), db

    """

    @Test(arguments: sizes)
    func aMissingOneOverMIsDiagnosedAndFixedWithUpArrowEditing(columns: Int, rows: Int) throws {
        let tmux = try TmuxSession(columns: columns, rows: rows)
        try tmux.paste(Self.wrongLinearBackward)
        try tmux.waitFor("return dA_prev, np.dot(dZ, A_prev.T), db")
        try tmux.press("Enter")  // the empty line that ends the cell
        try tmux.waitFor("backprop>", count: 2)
        try tmux.press("C-l")
        try tmux.type("check linear_backward")
        try tmux.press("Enter")
        var screen = try tmux.waitForWords("linear_backward: 1 of 5 cases pass.")
        #expect(TmuxSession.words(screen).contains("most likely: missing 1/m: every element of dW is m = 4 times the expected"), "\(screen)")
        #expect(TmuxSession.words(screen).contains("pass one example (m = 1)"), "\(screen)")
        // Up twice is the cell; the cursor is at its end, after `db`: step back to the product and put 1 / m * in front.
        try tmux.press("C-l")
        try tmux.press("Up")
        try tmux.press("Up")
        try tmux.waitFor("backprop> def linear_backward(dZ, cache):")
        for _ in 0..<"np.dot(dZ, A_prev.T), db".count { try tmux.press("Left") }
        try tmux.type("1 / m * ")
        screen = try tmux.waitFor("return dA_prev, 1 / m * np.dot(dZ, A_prev.T), db")
        try tmux.press("Enter")
        try tmux.waitFor("backprop>", count: 2)
        try tmux.press("C-l")
        try tmux.type("check linear_backward")
        try tmux.press("Enter")
        screen = try tmux.waitForWords("linear_backward is right on all 5 cases.")
        #expect(!screen.contains("FAIL"), "\(screen)")
    }
}
