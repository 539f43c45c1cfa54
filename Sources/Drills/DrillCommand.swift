import BackpropLanguage

/// The REPL's `drill` command. It checks its options and asks the front end to hand the next
/// lines to a drill (see `ModeRequest`); the REPL's variables are left as they are.
public enum DrillCommands {
    public static let modeName = "drill"

    public static let drill = Command(
        "drill", usage: "drill [KIND] [count N] [seed N]",
        summary: "practise shapes: questions, buggy formulas to fix, errors to predict (KIND: shapes, fix, predict)",
        example: "drill shapes count 5"
    ) { context throws(Diagnostic) in
        let words = context.spacedWords
        do throws(DrillOptionsError) {
            _ = try DrillOptions(words: words.map(\.text))
        } catch {
            let span = error.wordIndex.map { words[$0].span } ?? context.span
            throw Diagnostic(message: error.message, span: span, hint: error.hint)
        }
        context.modeRequest = ModeRequest(mode: modeName, words: words.map(\.text))
    }

    public static let all: [Command] = [drill]
}
