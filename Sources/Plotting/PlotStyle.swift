/// How a plot may draw: Unicode (braille and blocks) and colour on a capable terminal,
/// plain ASCII without colour otherwise (pipes, NO_COLOR, TERM=dumb, golden files).
public struct PlotStyle: Sendable, Equatable {
    public var unicode: Bool
    public var color: Bool
    /// Columns of characters every line of the plot may use, labels included (the terminal's width).
    /// Below the few columns a plot needs to say anything, lines may run longer rather than vanish.
    public var width: Int
    /// Rows of the drawing area; the title, axis labels and legend add a few lines around it.
    public var height: Int

    public init(unicode: Bool, color: Bool, width: Int = 60, height: Int = 20) {
        self.unicode = unicode
        self.color = color
        self.width = width
        self.height = height
    }

    public static let plain = PlotStyle(unicode: false, color: false)
}
