/// What a piece of output text is, so a front end can colour it (or not).
public enum TextRole: Sendable {
    case plain, error, warning, hint, shape, underline, dim, emphasis, prompt, success
}

/// Colours text by role. The language never emits escape codes itself: the terminal front end
/// supplies a styler that does, and only when colour is wanted.
public protocol TextStyler: Sendable {
    func style(_ text: String, as role: TextRole) -> String
}

/// No colour: text passes through unchanged (pipes, scripts, tests, NO_COLOR).
public struct PlainStyler: TextStyler {
    public init() {}
    public func style(_ text: String, as role: TextRole) -> String { text }
}

/// Turns a diagnostic into the lines the learner reads:
///
///     error: matrix product W1 @ X: W1 has 3 columns but X has 2 rows
///       Z1 = W1 @ X + b1
///            ^^^^^^
///       W1 is (4, 3), X is (2, 400)
///       hint: did you mean W1 @ X.T?
public struct DiagnosticRenderer {
    public var styler: any TextStyler
    /// Columns a line may use: the message, notes and hint are wrapped at word boundaries to fit;
    /// the echoed line and its underline never are (the carets must stay under their columns).
    public var width: Int

    public init(styler: any TextStyler = PlainStyler(), width: Int = Console.defaultWidth) {
        self.styler = styler
        self.width = width
    }

    /// For the REPL: the message, then the echoed line with the span underlined.
    public func render(_ diagnostic: Diagnostic, line: String) -> String {
        var out = TextWrap.fitLine(styledHeader(diagnostic) + diagnostic.message, width: width, continuationIndent: 2)
        if let span = diagnostic.span, !line.isEmpty {
            out.append("  " + line)
            out.append("  " + underline(span, lineLength: line.count))
        }
        out += details(diagnostic)
        return out.joined(separator: "\n")
    }

    /// For scripts and pipes: `FILE:LINE:COL: error: message`, then the same echo and notes.
    public func render(_ diagnostic: Diagnostic, line: String, file: String, lineNumber: Int) -> String {
        let column = (diagnostic.span?.start ?? 0) + 1
        // One line, however long: tools and editors read `FILE:LINE:COL: error: message` from it.
        var out = ["\(file):\(lineNumber):\(column): " + styledHeader(diagnostic) + diagnostic.message]
        if let span = diagnostic.span, !line.isEmpty {
            out.append("  " + line)
            out.append("  " + underline(span, lineLength: line.count))
        }
        out += details(diagnostic)
        return out.joined(separator: "\n")
    }

    private func styledHeader(_ diagnostic: Diagnostic) -> String {
        switch diagnostic.severity {
        case .error: return styler.style("error:", as: .error) + " "
        case .warning: return styler.style("note:", as: .warning) + " "
        }
    }

    private func underline(_ span: SourceSpan, lineLength: Int) -> String {
        let start = min(span.start, lineLength)
        let width = max(1, min(span.end, lineLength + 1) - start)
        return String(repeating: " ", count: start) + styler.style(String(repeating: "^", count: width), as: .underline)
    }

    private func details(_ diagnostic: Diagnostic) -> [String] {
        var out = diagnostic.notes.flatMap { TextWrap.fitLine("  " + $0, width: width, continuationIndent: 4) }
        if let hint = diagnostic.hint {
            out += TextWrap.fitLine("  " + styler.style("hint:", as: .hint) + " " + hint, width: width, continuationIndent: 8)
        }
        return out
    }
}
