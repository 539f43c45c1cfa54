import Plotting

/// What the front end offers a long-running command: a status line that can be redrawn
/// (a progress bar on a terminal; nothing on a pipe), the Ctrl-C flag, and how plots may draw.
public struct Console: Sendable {
    /// Redraws the one-line status (no newline); `nil` clears it.
    public var status: @Sendable (String?) -> Void
    /// True once if Ctrl-C was pressed since the last call.
    public var interruptRequested: @Sendable () -> Bool
    public var plotStyle: PlotStyle

    public init(status: @escaping @Sendable (String?) -> Void, interruptRequested: @escaping @Sendable () -> Bool, plotStyle: PlotStyle) {
        self.status = status
        self.interruptRequested = interruptRequested
        self.plotStyle = plotStyle
    }

    /// For scripts, pipes and tests: no status line, never interrupted, plain ASCII plots.
    public static let plain = Console(status: { _ in }, interruptRequested: { false }, plotStyle: .plain)
}
