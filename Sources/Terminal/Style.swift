/// ANSI styling for the REPL's output. Every helper returns its text unchanged when colour
/// is off, so callers style unconditionally and pipes or `NO_COLOR` still get plain text.
///
///     let style = Style(enabled: TerminalDetection.usesColor)
///     print(style.error("error:") + " shapes (2, 3) and (4,) do not broadcast")
public struct Style: Equatable, Sendable {
    public let isEnabled: Bool

    public init(enabled: Bool) {
        isEnabled = enabled
    }

    /// Colour exactly when `TerminalDetection.usesColor` says so.
    public static var automatic: Style { Style(enabled: TerminalDetection.usesColor) }

    /// Bold red: the word "error" and the caret under the offending column.
    public func error(_ text: String) -> String { apply("1;31", text) }
    /// Yellow: warnings and hints that something unusual happened.
    public func warning(_ text: String) -> String { apply("33", text) }
    /// Green: success lines (a finished training run, a saved file).
    public func success(_ text: String) -> String { apply("32", text) }
    /// Cyan: shapes such as `(4, 3)`, the thing learners must watch most.
    public func shape(_ text: String) -> String { apply("36", text) }
    /// Bold blue: the prompt. `LineEditor` hides the escapes from libedit's column count.
    public func prompt(_ text: String) -> String { apply("1;34", text) }
    /// Magenta: names being defined or explained (`W1`, `relu`).
    public func name(_ text: String) -> String { apply("35", text) }
    /// Faint: secondary detail such as timings and hints.
    public func dim(_ text: String) -> String { apply("2", text) }
    public func bold(_ text: String) -> String { apply("1", text) }
    public func underline(_ text: String) -> String { apply("4", text) }

    /// Wraps `text` in the Select Graphic Rendition `parameters` (e.g. "1;31") and a reset.
    public func apply(_ parameters: String, _ text: String) -> String {
        guard isEnabled, !text.isEmpty else { return text }
        return "\u{1B}[\(parameters)m\(text)\u{1B}[0m"
    }
}
