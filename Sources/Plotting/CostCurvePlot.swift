/// One recorded cost: the course records it every 100 iterations, so iterations need not be consecutive.
public struct CostPoint: Sendable, Equatable {
    public var iteration: Int
    public var cost: Double

    public init(iteration: Int, cost: Double) {
        self.iteration = iteration
        self.cost = cost
    }
}

/// The learning curve: cost against iteration, the picture that tells whether gradient descent
/// is working (falling), too slow (flat) or diverging (rising, nan).
public enum CostCurvePlot {
    /// A line chart of `points` in their order, with the highest and lowest cost and a few round
    /// values labelled on the y axis, round iterations on the x axis, and a line summarising
    /// first, last and lowest cost. Points whose cost is nan or inf are left out and counted.
    public static func render(_ points: [CostPoint], title: String = "cost", style: PlotStyle) -> String {
        var lines = [ANSI.bold(title, enabled: style.color)]
        let finite = points.filter { $0.cost.isFinite }
        guard let first = finite.first, let last = finite.last else {
            lines.append(points.isEmpty ? "(no costs to plot yet)" : "(nothing to plot: every cost is nan or inf)")
            lines += notDrawnNote(points).map { [$0] } ?? []
            return TextLayout.joined(lines)
        }

        let lowest = finite.map(\.cost).min() ?? first.cost, highest = finite.map(\.cost).max() ?? first.cost
        // A flat series still needs a range to draw in: centre it.
        let pad = highest > lowest ? 0 : max(lowest.magnitude * 0.1, 0.5)
        let low = lowest - pad, high = highest + pad
        let firstIteration = finite.map(\.iteration).min() ?? 0, lastIteration = finite.map(\.iteration).max() ?? 0

        let dotsPerRow = style.unicode ? 4 : 1, dotsPerColumn = style.unicode ? 2 : 1
        let areaHeight = max(style.height, 2)
        let yLabels = yAxisLabels(low: low, high: high, lowest: lowest, highest: highest, rows: areaHeight, dotsPerRow: dotsPerRow)
        let labelWidth = yLabels.values.map(\.count).max() ?? 1
        let areaWidth = max(style.width - labelWidth - 2, 4)

        var canvas = DotCanvas(columns: areaWidth, rows: areaHeight, unicode: style.unicode)
        func xDot(_ iteration: Int) -> Int {
            guard lastIteration > firstIteration else { return canvas.dotWidth / 2 }
            let fraction = (Double(iteration) - Double(firstIteration)) / (Double(lastIteration) - Double(firstIteration))
            return AxisPosition.dot(fraction, count: canvas.dotWidth)
        }
        func dot(_ point: CostPoint) -> (x: Int, y: Int) {
            (xDot(point.iteration), AxisPosition.dot((high - point.cost) / (high - low), count: canvas.dotHeight))
        }
        var previous: CostPoint?
        for point in points {
            if point.cost.isFinite {
                canvas.line(from: dot(previous ?? point), to: dot(point))
                previous = point
            } else {
                previous = nil  // a gap where the cost was not finite
            }
        }

        var grid = CellGrid(width: areaWidth, height: areaHeight)
        for row in 0..<areaHeight {
            for column in 0..<areaWidth {
                if let character = canvas.character(row: row, column: column) {
                    grid[row, column] = Cell(character: character, foreground: PlotColor.curve)
                }
            }
        }
        for row in 0..<areaHeight {
            let label = yLabels[row]
            let axis = style.unicode ? (label == nil ? "│" : "┤") : "|"
            lines.append(TextLayout.padLeft(label ?? "", to: labelWidth) + " " + axis + grid.line(row, color: style.color))
        }

        let ticks = xAxisTicks(first: firstIteration, last: lastIteration, areaWidth: areaWidth)
        let tickColumns = ticks.map { xDot($0) / dotsPerColumn }
        var axis = Array(repeating: style.unicode ? "─" : "-", count: areaWidth)
        for column in tickColumns where column < areaWidth { axis[column] = style.unicode ? "┬" : "+" }
        let indent = String(repeating: " ", count: labelWidth + 1)
        lines.append(indent + (style.unicode ? "└" : "+") + axis.joined())
        let tickLabels = zip(tickColumns, ticks).map { column, tick in
            (column: labelWidth + 2 + column - String(tick).count / 2, text: String(tick))
        }
        lines.append(TextLayout.labelLine(tickLabels, width: max(style.width, labelWidth + 2 + areaWidth)))

        let arrow = style.unicode ? "→" : "->"
        var summary = ["iteration \(first.iteration) \(arrow) \(last.iteration)", "cost \(AxisNumber.format(first.cost)) \(arrow) \(AxisNumber.format(last.cost))"]
        if lowest < last.cost { summary.append("lowest \(AxisNumber.format(lowest))") }
        if highest == lowest, finite.count > 1 { summary[1] += " (constant)" }
        if finite.count == 1 { summary = ["one cost so far", "\(AxisNumber.format(first.cost)) at iteration \(first.iteration)"] }
        lines += TextLayout.wrap(summary.map { ($0, $0) }, width: style.width, separator: ", ")
        if let note = notDrawnNote(points) { lines.append(note) }
        return TextLayout.joined(lines)
    }

    /// Labels by row: the highest cost on the top row, the lowest on the bottom row, and round
    /// values between them on the rows they fall in, keeping a free row between labels.
    private static func yAxisLabels(
        low: Double, high: Double, lowest: Double, highest: Double, rows: Int, dotsPerRow: Int
    ) -> [Int: String] {
        func row(of value: Double) -> Int {
            AxisPosition.dot((high - value) / (high - low), count: rows * dotsPerRow) / dotsPerRow
        }
        var labels = [row(of: highest): AxisNumber.format(highest)]
        guard highest > lowest else { return labels }
        labels[row(of: lowest)] = AxisNumber.format(lowest)
        let ticks = NiceTicks(low: lowest, high: highest, maximumCount: max(rows / 4, 1))
        for value in ticks.values {
            let tickRow = row(of: value)
            if labels.keys.allSatisfy({ abs($0 - tickRow) >= 2 }) {
                labels[tickRow] = AxisNumber.format(value, decimals: ticks.decimals)
            }
        }
        return labels
    }

    /// Whole-number iterations at round values, about one per ten columns, the first always included.
    private static func xAxisTicks(first: Int, last: Int, areaWidth: Int) -> [Int] {
        guard last > first else { return [first] }
        let nice = NiceTicks(low: Double(first), high: Double(last), maximumCount: max(areaWidth / 10, 1))
        let whole = nice.values.compactMap { Int(exactly: $0) }
        return whole.contains(first) ? whole : [first] + whole
    }

    private static func notDrawnNote(_ points: [CostPoint]) -> String? {
        let skipped = points.filter { !$0.cost.isFinite }
        guard let firstSkipped = skipped.first else { return nil }
        let what = Set(skipped.map { $0.cost.isNaN ? "nan" : "inf" }).sorted().joined(separator: " or ")
        let count = skipped.count == 1 ? "1 cost" : "\(skipped.count) costs"
        return "(\(count) not drawn: \(what), first at iteration \(firstSkipped.iteration))"
    }
}
