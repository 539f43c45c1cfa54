import MatrixEngine

/// Turns an execution result into the text a learner reads, coloured by a styler.
public struct OutputRenderer {
    public var styler: any TextStyler
    public var diagnostics: DiagnosticRenderer

    public init(styler: any TextStyler = PlainStyler()) {
        self.styler = styler
        self.diagnostics = DiagnosticRenderer(styler: styler)
    }

    /// Where the line came from: the REPL (echo the line) or a script (`FILE:LINE:COL:` prefixes).
    public enum Origin {
        case interactive
        case script(file: String, lineNumber: Int)
    }

    public func render(_ result: ExecutionResult, line: String, options: PrintOptions, origin: Origin = .interactive) -> String {
        result.outputs.map { render($0, line: line, options: options, origin: origin) }.joined(separator: "\n")
    }

    public func render(_ output: Output, line: String, options: PrintOptions, origin: Origin = .interactive) -> String {
        switch output {
        case let .value(value): return display(value, options: options)
        case let .text(text): return text
        case let .diagnostic(diagnostic):
            switch origin {
            case .interactive: return diagnostics.render(diagnostic, line: line)
            case let .script(file, lineNumber): return diagnostics.render(diagnostic, line: line, file: file, lineNumber: lineNumber)
            }
        }
    }

    /// A value as the REPL shows it: numpy's printout, and for a matrix its shape after the last line.
    public func display(_ value: Value, options: PrintOptions) -> String {
        let text = ValueFormatter.printed(value, options: options)
        guard case let .array(a) = value, !a.isNumpyScalar else { return text }
        let type = a.dtype == .float64 ? "" : " " + a.dtype.rawValue
        return text + "  " + styler.style(a.shapeDescription + type, as: .shape)
    }
}
