/// The glyphs and colours of a class scatter, and the legend listing those actually drawn.
struct ScatterLegend {
    let style: PlotStyle
    private var drewBoth = false
    private var drewUnknownRegion = false
    private var drewRegions = false

    init(style: PlotStyle) {
        self.style = style
    }

    private var glyphs: (class0: Character, class1: Character, both: Character) {
        style.unicode ? ("●", "▲", "◆") : ("o", "x", "*")
    }

    private var regionShades: (class0: Character, class1: Character, unknown: Character) {
        if style.color { return (" ", " ", "?") }
        return style.unicode ? (" ", "░", "?") : (" ", ".", "?")
    }

    /// The background of a cell the classifier put in `region` (nil: it answered nan).
    mutating func regionCell(_ region: Int?) -> Cell {
        drewRegions = true
        switch region {
        case 0: return Cell(character: regionShades.class0, background: PlotColor.class0Region)
        case 1: return Cell(character: regionShades.class1, background: PlotColor.class1Region)
        default:
            drewUnknownRegion = true
            return Cell(character: regionShades.unknown, foreground: PlotColor.marker)
        }
    }

    /// Draws the examples in a cell over its region: `classes` has bit 0 for label 0, bit 1 for label 1.
    mutating func mark(_ cell: inout Cell, classes: Int) {
        switch classes {
        case 1:
            cell.character = glyphs.class0
            cell.foreground = PlotColor.class0Point
        case 2:
            cell.character = glyphs.class1
            cell.foreground = PlotColor.class1Point
        default:
            drewBoth = true
            cell.character = glyphs.both
            cell.foreground = PlotColor.marker
        }
    }

    /// One line for the points and one for the regions, each wrapped to `width`.
    func lines(width: Int, skipped: Int, noExamples: Bool) -> [String] {
        var points: [(plain: String, styled: String)] = []
        func glyph(_ character: Character, _ color: UInt8, _ text: String) -> (plain: String, styled: String) {
            ("\(character) \(text)", ANSI.colored(String(character), foreground: color, enabled: style.color) + " \(text)")
        }
        points.append(glyph(glyphs.class0, PlotColor.class0Point, "label 0"))
        points.append(glyph(glyphs.class1, PlotColor.class1Point, "label 1"))
        if drewBoth { points.append(glyph(glyphs.both, PlotColor.marker, "both")) }
        var lines = TextLayout.wrap(points, width: width)
        if drewRegions {
            func region(_ shade: Character, _ color: UInt8, _ text: String) -> (plain: String, styled: String) {
                style.color
                    ? ("   \(text)", ANSI.colored("  ", background: color, enabled: true) + " \(text)")
                    : ("'\(shade)' \(text)", "'\(shade)' \(text)")
            }
            var regions = [
                region(regionShades.class0, PlotColor.class0Region, "predicted 0"),
                region(regionShades.class1, PlotColor.class1Region, "predicted 1"),
            ]
            if drewUnknownRegion { regions.append(glyph(regionShades.unknown, PlotColor.marker, "prediction nan")) }
            lines += TextLayout.wrap(regions, width: width)
        }
        if noExamples { lines.append("(no examples to draw)") }
        if skipped > 0 { lines.append("(\(skipped) \(skipped == 1 ? "example" : "examples") with nan or inf not drawn)") }
        return lines
    }
}
