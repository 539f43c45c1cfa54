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
        var out = TextWrap.fitLine(styledHeader(diagnostic) + Self.visible(diagnostic.message), width: width, continuationIndent: 2)
        out += echo(diagnostic, line: line)
        out += details(diagnostic)
        return out.joined(separator: "\n")
    }

    /// For scripts and pipes: `FILE:LINE:COL: error: message`, then the same echo and notes.
    public func render(_ diagnostic: Diagnostic, line: String, file: String, lineNumber: Int) -> String {
        let column = (diagnostic.span?.start ?? 0) + 1
        // One line, however long: tools and editors read `FILE:LINE:COL: error: message` from it.
        var out = ["\(Self.visible(file)):\(lineNumber):\(column): " + styledHeader(diagnostic) + Self.visible(diagnostic.message)]
        out += echo(diagnostic, line: line)
        out += details(diagnostic)
        return out.joined(separator: "\n")
    }

    /// The line with the span underlined, control characters shown as escapes (a NUL as `\0`)
    /// and the underline moved to match.
    private func echo(_ diagnostic: Diagnostic, line: String) -> [String] {
        guard let span = diagnostic.span, !line.isEmpty else { return [] }
        var shown = ""
        var columns: [Int] = []  // the display column of each character, and of the end
        var column = 0
        for character in line {
            columns.append(column)
            let text = Self.visible(String(character))
            shown += text
            column += text.count
        }
        columns.append(column)
        func at(_ index: Int) -> Int { index < columns.count ? columns[index] : column + (index - line.count) }
        let start = at(min(span.start, line.count))
        let end = at(min(span.end, line.count + 1))
        return ["  " + shown, "  " + underline(SourceSpan(start, end), lineLength: column)]
    }

    /// Text with control characters as escapes: a NUL byte would end the line on a terminal (and
    /// cut the rest of a C string), an escape character would drive the terminal.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\0" {
                out += "\\0"
            } else if isControl(scalar) {
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
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
        var out = diagnostic.notes.flatMap { TextWrap.fitLine("  " + Self.visible($0), width: width, continuationIndent: 4) }
        if let hint = diagnostic.hint {
            out += TextWrap.fitLine("  " + styler.style("hint:", as: .hint) + " " + Self.visible(hint), width: width, continuationIndent: 8)
        }
        return out
    }
}
