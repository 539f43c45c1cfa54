import NeuralNetwork

/// Lays out a step's account in aligned columns: formula, shapes → result, note.
///
///     forward layer 1 (tanh)
///       Z1 = W1 · X + b1    (4,2)·(2,400) + (4,1) → (4,400)   b1 is broadcast across the 400 columns
///       A1 = tanh(Z1)       (4,400) → (4,400)
enum StepReportFormatter {
    /// Wider lines put their note on a line of its own.
    static let maximumWidth = 100

    static func format(_ report: StepReport) -> String {
        var lines = [report.title]
        let formulaWidth = report.equations.filter { !$0.shapes.isEmpty || $0.result != nil }.map(\.formula.count).max() ?? 0
        let shapeTexts = report.equations.map(shapeText)
        let shapeWidth = shapeTexts.map(\.count).max() ?? 0
        for (equation, shapes) in zip(report.equations, shapeTexts) {
            var line = "  " + equation.formula
            if !shapes.isEmpty {
                line += String(repeating: " ", count: max(formulaWidth - equation.formula.count, 0)) + "   " + shapes
                if let note = equation.note {
                    let aligned = line + String(repeating: " ", count: max(shapeWidth - shapes.count, 0)) + "   " + note
                    if aligned.count <= maximumWidth {
                        line = aligned
                    } else {
                        // Too wide for a terminal: the note goes under the shapes it explains.
                        lines.append(line)
                        line = String(repeating: " ", count: 2 + formulaWidth + 3) + note
                    }
                }
            } else if let note = equation.note {
                line += "   (\(note))"
            }
            lines.append(trimmedRight(line))
        }
        lines += report.notes.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    private static func shapeText(_ equation: Equation) -> String {
        switch (equation.shapes.isEmpty, equation.result) {
        case (true, nil): return ""
        case (true, let result?): return "→ \(result.compact)"
        case (false, nil): return equation.shapes
        case (false, let result?): return "\(equation.shapes) → \(result.compact)"
        }
    }

    static func trimmedRight(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
