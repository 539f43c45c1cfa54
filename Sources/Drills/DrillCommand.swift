import BackpropLanguage

/// The REPL's `drill` command. It checks its options and asks the front end to hand the next
/// lines to a drill (see `ModeRequest`); the REPL's variables are left as they are.
public enum DrillCommands {
    public static let modeName = "drill"

    public static let drill = Command(
        "drill", usage: "drill [shapes] [fix] [predict] [count N] [seed N]",
        summary: "shape-debugging practice: shapes of W, b, Z, A and their gradients, fixing buggy formulas, predicting errors",
        example: "drill shapes count 5"
    ) { context throws(Diagnostic) in
        let words = context.argumentText.split(whereSeparator: \.isWhitespace).map(String.init)
        do throws(DrillOptionsError) {
            _ = try DrillOptions(words: words)
        } catch {
            throw Diagnostic(message: error.message, span: context.span, hint: error.hint)
        }
        context.modeRequest = ModeRequest(mode: modeName, words: words)
    }

    public static let all: [Command] = [drill]
}
