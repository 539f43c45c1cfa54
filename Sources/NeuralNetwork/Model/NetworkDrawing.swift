/// Draws a network as the notes do: its layers as columns of units, the input on the left and ŷ
/// on the right, each column labelled underneath with its number, activation and size n[l].
///
///             ○       ○
///             ○       ○       ○ → ŷ
///             ○       ○
///                     ○
///            [0]     [1]     [2]
///            x       relu    sigmoid
///            n=3     n=4     n=1
///
/// The drills draw their random networks with it, and the stepper's `network` and `where` the
/// learner's, with the layer the cursor is at marked. A column taller than `maximumRows` shows
/// its first units and a ⋮ (its n is underneath); a network wider than the terminal shows its
/// first and last layers with the ones between elided ("… 3 layers …").
public enum NetworkDrawing {
    public static let maximumRows = 6

    /// A mark under one column: `^ next: forward`.
    public struct Mark: Sendable, Equatable {
        public var layer: Int
        public var text: String

        public init(layer: Int, text: String) {
            self.layer = layer
            self.text = text
        }
    }

    /// `units` is n[0]...n[L] (nil for an n[0] not known yet), `activations` g[1]...g[L].
    public static func draw(units: [Int?], activations: [Activation], mark: Mark? = nil, width: Int = 80,
                            maximumRows: Int = NetworkDrawing.maximumRows) -> [String] {
        precondition(units.count == activations.count + 1 && !units.isEmpty)
        let depth = activations.count
        let columnWidth = max(8, (activations.map(\.name.count).max() ?? 0) + 2, (units.map { "n=\($0.map(String.init) ?? "?")".count }.max() ?? 0) + 2)
        let margin = "    "
        // Which layers get a column; nil is the elision column standing for the ones left out.
        var shown: [Int?] = Array(0...depth)
        let fitting = max((width - margin.count - 4) / columnWidth, 3)
        if shown.count > fitting {
            let tail = (fitting - 1) / 2, head = fitting - 1 - tail
            shown = Array(0..<head) + [nil] + Array((depth - tail + 1)...depth)
        }
        let elided = depth + 1 - shown.compactMap { $0 }.count
        let drawnRows = units.map { min($0 ?? 1, maximumRows) }
        let height = max(drawnRows.max() ?? 1, 1)

        var grid = [[String]](repeating: [String](repeating: "", count: shown.count), count: height)
        for (column, layer) in shown.enumerated() {
            guard let layer else {
                grid[(height - 1) / 2][column] = " …"
                continue
            }
            let n = units[layer]
            let count = drawnRows[layer]
            let top = (height - count) / 2
            for i in 0..<count {
                if n == nil { grid[top + i][column] = " ?"; continue }
                grid[top + i][column] = (n! > maximumRows && i == count - 1) ? " ⋮" : " ○"
            }
        }
        // ŷ leaves the output column at its middle unit.
        let outputCount = drawnRows[depth]
        let outputRow = (height - outputCount) / 2 + (outputCount - 1) / 2
        grid[outputRow][shown.count - 1] += " → ŷ"

        func row(_ cells: [String]) -> String {
            (margin + cells.map { $0.padding(to: columnWidth) }.joined()).trailingSpacesRemoved
        }
        var lines = grid.map(row)
        lines.append(row(shown.map { $0.map { "[\($0)]" } ?? "…" }))
        lines.append(row(shown.map { layer in layer.map { $0 == 0 ? "x" : activations[$0 - 1].name } ?? "\(elided) layers" }))
        lines.append(row(shown.map { layer in layer.map { "n=\(units[$0].map(String.init) ?? "?")" } ?? "" }))
        if let mark {
            if let column = shown.firstIndex(of: mark.layer) {
                lines.append((String(repeating: " ", count: margin.count + column * columnWidth) + "^ " + mark.text).trailingSpacesRemoved)
            } else {
                lines.append(margin + "(layer \(mark.layer), not drawn: " + mark.text + ")")
            }
        }
        return lines
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
