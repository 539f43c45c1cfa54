import MatrixEngine
import NeuralNetwork

/// The notes' forward-and-backward diagram for the live network, with the cursor on it:
///
///     iteration 1 · α = 1.2
///     X → [1] → [2] → cost → d[2] → d[1] → update
///          ✓     ✓    ^^^^
///     next: cost
///
/// A deep network's pipeline that is wider than the terminal goes on over several lines, each
/// with its marks under it.
enum PipelineView {
    static func render(_ network: Network, width: Int = Console.defaultWidth) -> String {
        guard network.depth > 0 else { return "no layers yet: layer 4 tanh, then layer 1 sigmoid" }
        let stages = StepPosition.pipeline(depth: network.depth)
        let labels = ["X"] + stages.map(label)
        let cursorIndex = stages.firstIndex(of: network.position).map { $0 + 1 }
        let doneCount = (cursorIndex ?? 1) - 1
        var rows: [(top: String, marks: String)] = [("", "")]
        for (index, text) in labels.enumerated() {
            let mark: String
            if index == cursorIndex {
                mark = String(repeating: "^", count: text.count)
            } else if index >= 1 && index <= doneCount {
                let before = (text.count - 1) / 2
                mark = String(repeating: " ", count: before) + "✓".padding(toLength: text.count - before)
            } else {
                mark = String(repeating: " ", count: text.count)
            }
            if index > 0 {
                if rows[rows.count - 1].top.count + 3 + text.count > width {
                    rows.append(("  → ", "    "))
                } else {
                    rows[rows.count - 1].top += " → "
                    rows[rows.count - 1].marks += "   "
                }
            }
            rows[rows.count - 1].top += text
            rows[rows.count - 1].marks += mark
        }
        var lines = ["iteration \(network.iteration + 1) · α = \(Matrix.formatScalar(network.learningRate))"
                     + (network.data.map { " · m = \($0.exampleCount)" } ?? "")]
        for row in rows {
            lines.append(row.top)
            let marks = row.marks.trimmingTrailingSpaces
            if !marks.isEmpty { lines.append(marks) }
        }
        var next = "next: \(network.position.description)"
        if let J = network.cost, !network.position.isForward { next += " · J = \(Matrix.formatScalar(J))" }
        if !network.isInitialized { next += " (parameters not initialised: init random)" }
        if network.data == nil { next += " (no data: data planar)" }
        lines += TextWrap.fitLine(next, width: width)
        lines.append("[l] is forward layer l, d[l] backward layer l")
        return lines.joined(separator: "\n")
    }

    static func label(_ position: StepPosition) -> String {
        switch position {
        case let .forward(l): return "[\(l)]"
        case .cost: return "cost"
        case let .backward(l): return "d[\(l)]"
        case .update: return "update"
        }
    }
}

extension String {
    /// Pads with spaces on the right to `length` characters.
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
