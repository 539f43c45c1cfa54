import MatrixEngine

/// Turns an execution result into the text a learner reads, coloured by a styler and laid out in
/// `width` columns.
public struct OutputRenderer {
    public var styler: any TextStyler
    public var diagnostics: DiagnosticRenderer
    /// Columns a line may use (see `Console.width`).
    public var width: Int
    /// When set, a matrix value is summarised (numpy's `...`) to at most this many lines.
    public var valueRows: Int?

    public init(styler: any TextStyler = PlainStyler(), width: Int = Console.defaultWidth, valueRows: Int? = nil) {
        self.styler = styler
        self.width = width
        self.valueRows = valueRows
        self.diagnostics = DiagnosticRenderer(styler: styler, width: width)
    }

    /// The renderer for what a session's console offers: its width, and on a terminal values
    /// summarised to a screenful.
    public init(styler: any TextStyler = PlainStyler(), console: Console) {
        self.init(styler: styler, width: console.width, valueRows: console.screenRows.map { _ in console.outputRows })
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
        case let .text(text): return TextWrap.fit(text, width: width)
        case let .printed(text): return text
        case let .diagnostic(diagnostic):
            switch origin {
            case .interactive: return diagnostics.render(diagnostic, line: line)
            case let .script(file, lineNumber): return diagnostics.render(diagnostic, line: line, file: file, lineNumber: lineNumber)
            }
        }
    }

    /// A value as the REPL shows it: numpy's printout, and for a matrix its shape after the last
    /// line (on a line of its own when it would not fit there).
    public func display(_ value: Value, options: PrintOptions) -> String {
        switch value {  // as IPython echoes them: dtype('float64'), 'float64'
        case .dtype, .string: return ValueFormatter.representation(value, options: options)
        default: break
        }
        guard case let .array(a) = value, !a.isNumpyScalar else { return ValueFormatter.printed(value, options: options) }
        let text = valueRows.map { ValueFormatter.fitted(a.value, options: options, lines: $0, width: width) } ?? a.value.formatted(options)
        let shapeText = a.shapeDescription + (a.dtype == .float64 ? "" : " " + a.dtype.rawValue)
        let shape = styler.style(shapeText, as: .shape)
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        if TextWrap.visibleWidth(lastLine) + 2 + shapeText.count > width {
            return text + "\n  " + shape
        }
        return text + "  " + shape
    }
}
