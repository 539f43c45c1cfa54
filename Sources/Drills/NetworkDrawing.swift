import NeuralNetwork

/// Draws an architecture as the notes do: `layer_dims`, then the layers as columns of units,
/// input on the left, ŷ on the right.
///
///     layer_dims = [3, 4, 1]   L = 2   m = 500 examples: X is (n[0], m)
///            [0]     [1]     [2]
///            x       relu    sigmoid
///            n=3     n=4     n=1
///             ○       ○
///             ○       ○       ○ → ŷ
///             ○       ○
///                     ○
///
/// Columns taller than `maximumRows` show their first units and a ⋮ (the count is above them).
public enum NetworkDrawing {
    public static let maximumRows = 6
    /// Wide enough for the longest activation name (`leaky_relu`) and a gap.
    static func columnWidth(_ a: DrillNetwork) -> Int {
        max(8, (a.activations.map(\.name.count).max() ?? 0) + 2)
    }

    public static func draw(_ architecture: DrillNetwork) -> String {
        var lines = [headline(architecture)]
        let width = columnWidth(architecture)
        let labels = ["x"] + architecture.activations.map(\.name)
        lines.append(row((0...architecture.depth).map { "[\($0)]" }, width: width))
        lines.append(row(labels, width: width))
        lines.append(row(architecture.units.map { "n=\($0)" }, width: width))
        let height = min(architecture.units.max()!, maximumRows)
        var grid = [[String]](repeating: [String](repeating: "", count: architecture.units.count), count: height)
        for (column, n) in architecture.units.enumerated() {
            let shown = min(n, maximumRows)
            let top = (height - shown) / 2
            for i in 0..<shown {
                grid[top + i][column] = (n > maximumRows && i == shown - 1) ? " ⋮" : " ○"
            }
        }
        // ŷ leaves the output column at its middle unit.
        let outputCount = min(architecture.units[architecture.depth], maximumRows)
        let outputRow = (height - outputCount) / 2 + (outputCount - 1) / 2
        grid[outputRow][architecture.depth] += " → ŷ"
        for cells in grid { lines.append(row(cells, width: width)) }
        return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n")
    }

    static func headline(_ a: DrillNetwork) -> String {
        let data = a.isSingleExample
            ? "one example: x is (n[0], 1) = (\(a.units[0]), 1)"
            : "m = \(a.examples) examples: X is (n[0], m) = (\(a.units[0]), \(a.examples))"
        return "layer_dims = \(a.layerDims)   L = \(a.depth)   \(data)"
    }

    private static func row(_ cells: [String], width: Int) -> String {
        "    " + cells.map { $0.padding(to: width) }.joined()
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    var trailingSpacesRemoved: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
