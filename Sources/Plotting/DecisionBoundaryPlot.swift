import MatrixEngine

/// Two-feature data as a scatter of its classes, optionally over the regions a classifier assigns
/// to each class — the course's `plot_decision_boundary`, in characters. Each character cell is
/// one grid point of the classifier and shows the class of the points inside it.
public enum DecisionBoundaryPlot {
    /// Draws the examples of `X` (2, m) with labels `Y` (1, m) (0 or 1; ≥ 0.5 counts as 1).
    ///
    /// `classifier`, when given, receives every cell centre at once as a (2, k) batch — one call,
    /// so a network runs one vectorised forward pass — and must answer (1, k) probabilities or
    /// predictions; above 0.5 is class 1. Its errors come back as `PlotError.classifierFailed`.
    /// Examples with nan or inf are left out and counted in the legend.
    public static func render(
        X: Matrix, Y: Matrix, classifier: ((Matrix) throws -> Matrix)? = nil, title: String? = nil, style: PlotStyle
    ) throws(PlotError) -> String {
        guard X.rows == 2 else { throw .pointsNeedTwoFeatures(got: X.shape) }
        guard Y.shape == Shape(1, X.columns) else { throw .labelsShape(expected: Shape(1, X.columns), got: Y.shape) }
        let examples = (0..<X.columns).compactMap { column -> (x: Double, y: Double, label: Int)? in
            let x = X[0, column], y = X[1, column], label = Y[0, column]
            guard x.isFinite, y.isFinite, label.isFinite else { return nil }
            return (x, y, label >= 0.5 ? 1 : 0)
        }
        let xRange = PlotRange(examples.map(\.x)), yRange = PlotRange(examples.map(\.y))

        let areaHeight = max(style.height, 2)
        let rowValues = (0..<areaHeight).map { yRange.high - (Double($0) + 0.5) * yRange.span / Double(areaHeight) }
        let yLabels = yRange.tickLabels(cells: areaHeight, maximumCount: max(areaHeight / 3, 1), minimumGap: 2, reversed: true)
        let labelWidth = yLabels.map(\.text.count).max() ?? 1
        let areaWidth = max(style.width - labelWidth - 2, 4)
        let columnValues = (0..<areaWidth).map { xRange.low + (Double($0) + 0.5) * xRange.span / Double(areaWidth) }
        let xLabels = xRange.tickLabels(cells: areaWidth, maximumCount: max(areaWidth / 10, 1), minimumGap: 1, reversed: false)

        var grid = CellGrid(width: areaWidth, height: areaHeight)
        let regions = try classifier.map { classifier throws(PlotError) in
            try predictedClasses(classifier, columns: columnValues, rows: rowValues)
        }
        var legend = ScatterLegend(style: style)
        if let regions {
            for row in 0..<areaHeight {
                for column in 0..<areaWidth {
                    grid[row, column] = legend.regionCell(regions[row * areaWidth + column])
                }
            }
        }

        // Which classes fall in each cell: bit 0 for label 0, bit 1 for label 1.
        var occupants = Array(repeating: 0, count: areaWidth * areaHeight)
        for example in examples {
            let column = xRange.cell(of: example.x, cells: areaWidth, reversed: false)
            let row = yRange.cell(of: example.y, cells: areaHeight, reversed: true)
            occupants[row * areaWidth + column] |= 1 << example.label
        }
        for row in 0..<areaHeight {
            for column in 0..<areaWidth where occupants[row * areaWidth + column] != 0 {
                legend.mark(&grid[row, column], classes: occupants[row * areaWidth + column])
            }
        }

        var lines: [String] = []
        if let title { lines.append(ANSI.bold(title, enabled: style.color)) }
        let labelByRow = Dictionary(yLabels.map { ($0.cell, $0.text) }, uniquingKeysWith: { first, _ in first })
        for row in 0..<areaHeight {
            let label = labelByRow[row]
            let axis = style.unicode ? (label == nil ? "│" : "┤") : "|"
            lines.append(TextLayout.padLeft(label ?? "", to: labelWidth) + " " + axis + grid.line(row, color: style.color))
        }
        let indent = String(repeating: " ", count: labelWidth + 1)
        var axis = Array(repeating: style.unicode ? "─" : "-", count: areaWidth)
        for label in xLabels { axis[label.cell] = style.unicode ? "┬" : "+" }
        lines.append(indent + (style.unicode ? "└" : "+") + axis.joined())
        let tickLabels = xLabels.map { (column: labelWidth + 2 + $0.cell - $0.text.count / 2, text: $0.text) }
        lines.append(TextLayout.labelLine(tickLabels, width: max(style.width, labelWidth + 2 + areaWidth)))
        lines += legend.lines(width: max(style.width, 20), skipped: X.columns - examples.count, noExamples: X.columns == 0)
        return TextLayout.joined(lines)
    }

    /// The classifier's class for every cell, row by row from the top; nil where it answered nan.
    private static func predictedClasses(
        _ classifier: (Matrix) throws -> Matrix, columns: [Double], rows: [Double]
    ) throws(PlotError) -> [Int?] {
        let count = columns.count * rows.count
        var coordinates = [Double](repeating: 0, count: 2 * count)
        for (row, y) in rows.enumerated() {
            for (column, x) in columns.enumerated() {
                coordinates[row * columns.count + column] = x
                coordinates[count + row * columns.count + column] = y
            }
        }
        let grid: Matrix
        do {
            grid = try Matrix(rows: 2, columns: count, elements: coordinates)
        } catch {
            preconditionFailure("internal shape mismatch: \(error)")
        }
        let predictions: Matrix
        do {
            predictions = try classifier(grid)
        } catch {
            throw .classifierFailed(error)
        }
        guard predictions.shape == Shape(1, count) else {
            throw .classifierOutputShape(expected: Shape(1, count), got: predictions.shape)
        }
        return predictions.elements.map { $0.isNaN ? nil : ($0 > 0.5 ? 1 : 0) }
    }
}

/// An axis range around the data with a margin, so points at the extremes are not on the frame.
struct PlotRange {
    let low: Double
    let high: Double
    var span: Double { high - low }

    init(_ values: [Double]) {
        guard let smallest = values.min(), let largest = values.max() else {
            (low, high) = (-1, 1)
            return
        }
        let margin = largest > smallest ? (largest - smallest) * 0.05 : max(smallest.magnitude * 0.1, 1)
        (low, high) = (smallest - margin, largest + margin)
    }

    /// The cell, out of `cells` dividing the range, that holds `value`; `reversed` counts from the
    /// high end, as rows do from the top.
    func cell(of value: Double, cells: Int, reversed: Bool) -> Int {
        let fraction = reversed ? (high - value) / span : (value - low) / span
        return AxisPosition.cell(fraction, count: cells)
    }

    /// Round values inside the range with the cells they fall in, at least `minimumGap` cells
    /// apart; the middle cell's value when no round value fits.
    func tickLabels(cells: Int, maximumCount: Int, minimumGap: Int, reversed: Bool) -> [(cell: Int, text: String)] {
        let ticks = NiceTicks(low: low, high: high, maximumCount: maximumCount)
        var labels: [(cell: Int, text: String)] = []
        for value in ticks.values {
            let cell = cell(of: value, cells: cells, reversed: reversed)
            if labels.allSatisfy({ abs($0.cell - cell) >= minimumGap }) {
                labels.append((cell, AxisNumber.format(value, decimals: ticks.decimals)))
            }
        }
        if labels.isEmpty {
            labels.append((cells / 2, AxisNumber.format((low + high) / 2, significantDigits: 3)))
        }
        return labels
    }
}
