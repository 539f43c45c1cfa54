import MatrixEngine

/// A matrix as a picture: one cell per element, shaded by value — how to see at a glance that
/// weights are tiny and symmetric, that a gradient vanished, or what an image vector holds.
public enum HeatMapPlot {
    /// Each element is a cell, two characters wide when the matrix fits, coloured from the
    /// 256-colour viridis ramp, or shaded ` ░▒▓█` (Unicode) or ` .:-=+*#%@` (ASCII) from the lowest
    /// value to the highest. Rows and columns are numbered (from 0, as in numpy). A matrix larger
    /// than the style's width or height is shown in blocks, each the mean of the elements it covers;
    /// a block with nan or inf is marked, not averaged. The legend gives the range of the shading.
    public static func render(_ matrix: Matrix, title: String? = nil, style: PlotStyle) -> String {
        let shapeText = "(\(matrix.rows), \(matrix.columns))"
        var lines = [ANSI.bold(title.map { "\($0) \(shapeText)" } ?? shapeText, enabled: style.color)]
        guard matrix.rows > 0, matrix.columns > 0 else {
            lines.append("(empty matrix: nothing to draw)")
            return TextLayout.joined(lines)
        }

        let rowLabelWidth = String(matrix.rows - 1).count
        let available = max(style.width - rowLabelWidth - 1, 2)
        let cellWidth = matrix.columns * 2 <= available ? 2 : 1
        let blocks = MatrixBlocks(matrix, maximumRows: max(style.height, 1), maximumColumns: available / cellWidth)
        let finite = blocks.values.filter(\.isFinite)
        let low = finite.min() ?? 0, high = finite.max() ?? 0
        let ramp = ShadeRamp(style: style)

        var grid = CellGrid(width: blocks.columns * cellWidth, height: blocks.rows)
        for row in 0..<blocks.rows {
            for column in 0..<blocks.columns {
                let cell = ramp.cell(for: blocks[row, column], low: low, high: high)
                for offset in 0..<cellWidth { grid[row, column * cellWidth + offset] = cell }
            }
        }

        lines.append(columnIndexLine(blocks: blocks, cellWidth: cellWidth, indent: rowLabelWidth + 1))
        for row in 0..<blocks.rows {
            lines.append(TextLayout.padLeft(String(row * blocks.rowsPerBlock), to: rowLabelWidth) + " " + grid.line(row, color: style.color))
        }

        var legend = finite.isEmpty
            ? "no finite values"
            : (low == high ? "every \(blocks.isSummarised ? "block mean" : "value") is \(AxisNumber.format(low))"
                : "scale \(AxisNumber.format(low)) \(ramp.legend) \(AxisNumber.format(high))")
        if finite.count < blocks.values.count {
            legend += "   " + ANSI.colored(String(ramp.markCharacter), foreground: PlotColor.marker, enabled: style.color) + " nan or inf"
        }
        lines.append(legend)
        if blocks.isSummarised {
            let elements = matrix.elements.filter(\.isFinite)
            let times = style.unicode ? "×" : "x"
            var notes = [("each cell: mean of a \(blocks.rowsPerBlock)\(times)\(blocks.columnsPerBlock) block")]
            if let smallest = elements.min(), let largest = elements.max() {
                notes.append("values from \(AxisNumber.format(smallest)) to \(AxisNumber.format(largest))")
            }
            lines += TextLayout.wrap(notes.map { ($0, $0) }, width: style.width, separator: "; ")
        }
        return TextLayout.joined(lines)
    }

    /// Column numbers above the cells, every 1, 2, 5, 10, … cells so the numbers never touch;
    /// for blocks, the first column each block covers.
    private static func columnIndexLine(blocks: MatrixBlocks, cellWidth: Int, indent: Int) -> String {
        let widest = String((blocks.columns - 1) * blocks.columnsPerBlock).count
        let steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        let step = steps.first { $0 * cellWidth >= widest + 1 } ?? 1000
        let labels = stride(from: 0, to: blocks.columns, by: step).map { column in
            (column: indent + column * cellWidth, text: String(column * blocks.columnsPerBlock))
        }
        return TextLayout.labelLine(labels, width: indent + blocks.columns * cellWidth + widest)
    }
}

/// Value-to-cell shading for heat maps: colour backgrounds, or characters getting denser with the value.
struct ShadeRamp {
    let style: PlotStyle

    private var characters: [Character] {
        style.unicode ? [" ", "░", "▒", "▓", "█"] : Array(" .:-=+*#%@")
    }

    private var levelCount: Int { style.color ? PlotColor.sequential.count : characters.count }

    var markCharacter: Character { style.unicode ? "×" : "?" }

    /// The ramp from low to high, for the legend.
    var legend: String {
        if style.color {
            return PlotColor.sequential.map { ANSI.colored(" ", background: $0, enabled: true) }.joined()
        }
        return "[" + String(characters) + "]"
    }

    func cell(for value: Double, low: Double, high: Double) -> Cell {
        guard value.isFinite else { return Cell(character: markCharacter, foreground: PlotColor.marker) }
        // Halved when high − low overflows (a range such as −1e308 … 1e308); only then, since
        // halving would merge neighbouring subnormal bounds.
        let fraction: Double
        if !(high > low) {
            fraction = 0.5
        } else if (high - low).isFinite {
            fraction = (value - low) / (high - low)
        } else {
            fraction = (value / 2 - low / 2) / (high / 2 - low / 2)
        }
        let level = AxisPosition.cell(fraction, count: levelCount)
        return style.color ? Cell(character: " ", background: PlotColor.sequential[level]) : Cell(character: characters[level])
    }
}
