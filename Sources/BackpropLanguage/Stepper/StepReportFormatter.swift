import NeuralNetwork

/// Lays out a step's account in aligned columns: formula, shapes → result, note.
///
///     forward layer 1 (tanh)
///       Z1 = W1 · X + b1    (4,2)·(2,400) + (4,1) → (4,400)   b1 is broadcast across the 400 columns
///       A1 = tanh(Z1)       (4,400) → (4,400)
///
/// When that is wider than the terminal, a note goes under the shapes it explains; when even the
/// formula and its shapes do not fit side by side, each formula gets a line and its shapes and note
/// the line below. Formulas and shapes are never broken; only notes wrap, at word boundaries.
enum StepReportFormatter {
    static func format(_ report: StepReport, width: Int = Console.defaultWidth) -> String {
        let formulaWidth = report.equations.filter { !$0.shapes.isEmpty || $0.result != nil }.map(\.formula.count).max() ?? 0
        let shapeTexts = report.equations.map(shapeText)
        let shapeWidth = shapeTexts.map(\.count).max() ?? 0
        func pad(_ text: String, _ length: Int) -> String { text + String(repeating: " ", count: max(length - text.count, 0)) }

        func aligned(_ equation: Equation, _ shapes: String) -> String {
            var line = "  " + equation.formula
            if !shapes.isEmpty {
                line = pad(line, 2 + formulaWidth) + "   " + shapes
                if let note = equation.note { line = pad(line, 2 + formulaWidth + 3 + shapeWidth) + "   " + note }
            } else if let note = equation.note {
                line += "   (\(note))"
            }
            return line.trimmingTrailingSpaces
        }
        let wide = zip(report.equations, shapeTexts).map(aligned)

        var lines = TextWrap.fitLine(report.title, width: width)
        let noteColumn = 2 + formulaWidth + 3
        let shapesFit = zip(report.equations, shapeTexts).allSatisfy { equation, shapes in
            shapes.isEmpty || noteColumn + shapes.count <= width
        }
        if wide.allSatisfy({ $0.count <= width }) {
            lines += wide
        } else if shapesFit && width - noteColumn >= 24 {
            // Each note that does not fit goes under the shapes it explains.
            for (equation, shapes) in zip(report.equations, shapeTexts) {
                let line = aligned(equation, shapes)
                if line.count <= width || shapes.isEmpty {
                    lines += TextWrap.fitLine(line, width: width)
                    continue
                }
                lines.append((pad("  " + equation.formula, 2 + formulaWidth) + "   " + shapes).trimmingTrailingSpaces)
                if let note = equation.note {
                    lines += TextWrap.wrap(note, width: width, indent: String(repeating: " ", count: noteColumn))
                }
            }
        } else {
            // The formula on its line, its shapes and note on the next.
            for (equation, shapes) in zip(report.equations, shapeTexts) {
                guard !shapes.isEmpty else {
                    lines += TextWrap.fitLine(aligned(equation, shapes), width: width)
                    continue
                }
                lines += TextWrap.fitLine("  " + equation.formula, width: width)
                let indent = "      "
                if let note = equation.note {
                    lines += TextWrap.besideOrBelow(indent + shapes, note, width: width)
                } else {
                    lines += TextWrap.fitLine(indent + shapes, width: width)
                }
            }
        }
        lines += report.notes.flatMap { TextWrap.fitLine("  " + $0, width: width) }
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
}
