import Plotting

/// What the front end offers a long-running command: a status line that can be redrawn
/// (a progress bar on a terminal; nothing on a pipe), the Ctrl-C flag, how plots may draw, and
/// the room output has.
public struct Console: Sendable {
    /// Redraws the one-line status (no newline); `nil` clears it.
    public var status: @Sendable (String?) -> Void
    /// True once if Ctrl-C was pressed since the last call.
    public var interruptRequested: @Sendable () -> Bool
    public var plotStyle: PlotStyle
    /// Columns a line of output may use: prose is wrapped at word boundaries to fit, tables and
    /// step reports take a narrower layout. On a terminal one less than its width (so no line
    /// ever fills the last column and wraps by itself); 80 when the output is not a terminal.
    public var width: Int
    /// The terminal's rows, when the output is one: a plot is sized to fit them, and a value
    /// typed at the prompt is summarised (numpy's `...`) rather than scroll past a screenful.
    /// Nil for pipes and scripts, which print values exactly as numpy does.
    public var screenRows: Int?

    public init(status: @escaping @Sendable (String?) -> Void, interruptRequested: @escaping @Sendable () -> Bool, plotStyle: PlotStyle,
                width: Int = Console.defaultWidth, screenRows: Int? = nil) {
        self.status = status
        self.interruptRequested = interruptRequested
        self.plotStyle = plotStyle
        self.width = width
        self.screenRows = screenRows
    }

    /// The width output is laid out in when it does not go to a terminal.
    public static let defaultWidth = 80
    /// The screen `show`, `whos` and lessons summarise for when there is no terminal to measure.
    public static let defaultScreenRows = 24

    /// For scripts, pipes and tests: no status line, never interrupted, plain ASCII plots, 80 columns.
    public static let plain = Console(status: { _ in }, interruptRequested: { false }, plotStyle: .plain)

    /// The rows a command's output may fill before it would push its own first line off the
    /// screen: the screen less the line typed and the prompt after the output.
    public var outputRows: Int { (screenRows ?? Console.defaultScreenRows) - 2 }
}
