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

    /// For the REPL: the calls an error passed through (a function's traceback), the message,
    /// then the echoed line with the span underlined. `line` is what was run: one line or a cell.
    public func render(_ diagnostic: Diagnostic, line: String) -> String {
        render(diagnostic, source: SourceText(line))
    }

    public func render(_ diagnostic: Diagnostic, source: SourceText) -> String {
        var out = traceback(diagnostic, in: source, file: nil)
        out += TextWrap.fitLine(styledHeader(diagnostic) + Self.visible(diagnostic.message), width: width, continuationIndent: 2)
        out += echo(diagnostic, in: diagnostic.source ?? source, labelled: (diagnostic.source ?? source).lineCount > 1 || !diagnostic.traceback.isEmpty)
        out += details(diagnostic)
        return out.joined(separator: "\n")
    }

    /// For scripts and pipes: `FILE:LINE:COL: error: message`, then the same echo and notes.
    /// `lineNumber` is the number of the text's first line in the file.
    public func render(_ diagnostic: Diagnostic, line: String, file: String, lineNumber: Int) -> String {
        render(diagnostic, scriptSource: SourceText(line, name: file, firstLineNumber: lineNumber))
    }

    public func render(_ diagnostic: Diagnostic, scriptSource source: SourceText) -> String {
        let file = source.name ?? "<stdin>"
        let origin = diagnostic.source ?? source
        let location = origin.location(of: diagnostic.span?.start ?? 0)
        // One line, however long: tools and editors read `FILE:LINE:COL: error: message` from it.
        var out = traceback(diagnostic, in: source, file: file)
        out.append("\(Self.visible(origin.name ?? file)):\(location.line):\(location.column + 1): " + styledHeader(diagnostic) + Self.visible(diagnostic.message))
        out += echo(diagnostic, in: origin, labelled: false)
        out += details(diagnostic)
        return out.joined(separator: "\n")
    }

    /// Python's traceback, outermost call first: each call's line, its code with the call
    /// underlined; a call repeated more than three times in a row (a runaway recursion) is counted, not listed.
    private func traceback(_ diagnostic: Diagnostic, in source: SourceText, file: String?) -> [String] {
        guard !diagnostic.traceback.isEmpty else { return [] }
        var out = [styler.style("Traceback (most recent call last):", as: .dim)]
        var previous: TracebackEntry?
        var repeats = 0
        func flushRepeats() {
            if repeats > 3 { out.append("  [Previous line repeated \(repeats - 3) more time\(repeats - 3 == 1 ? "" : "s")]") }
            repeats = 0
        }
        for entry in diagnostic.traceback {
            if let previous, previous == entry {
                repeats += 1
                if repeats > 3 { continue }
            } else {
                flushRepeats()
            }
            previous = entry
            let location = entry.source.location(of: entry.span.start)
            let place = (entry.source.name ?? file).map { "\(Self.visible($0)), " } ?? ""
            out.append("  \(place)line \(location.line), in \(entry.function)")
            out += echo(span: entry.span, in: entry.source, dedented: true).map { "  " + $0 }
        }
        flushRepeats()
        if let function = diagnostic.function {
            let location = (diagnostic.source ?? source).location(of: diagnostic.span?.start ?? 0)
            let place = ((diagnostic.source ?? source).name ?? file).map { "\(Self.visible($0)), " } ?? ""
            out.append("  \(place)line \(location.line), in \(function)")
        }
        return out
    }

    /// The line holding the span, with the span underlined; `labelled` names the line's number
    /// (in a cell of several lines, or a function defined earlier).
    private func echo(_ diagnostic: Diagnostic, in source: SourceText, labelled: Bool) -> [String] {
        guard let span = diagnostic.span, !source.text.isEmpty else { return [] }
        let lines = echo(span: span, in: source)
        guard labelled, !lines.isEmpty, diagnostic.traceback.isEmpty else { return lines }
        return ["  line \(source.location(of: span.start).line):"] + lines
    }

    /// `dedented` drops the line's indentation (a traceback shows each frame's code at one margin).
    private func echo(span: SourceSpan, in source: SourceText, dedented: Bool = false) -> [String] {
        let index = source.lineIndex(of: min(span.start, max(0, source.characters.count - 1)))
        var line = source.line(at: index)
        guard !line.isEmpty || source.lineCount == 1 else { return [] }
        var lineStart = source.lineStarts[index]
        if dedented {
            let indentation = line.prefix { $0 == " " || $0 == "\t" }.count
            line = String(line.dropFirst(indentation))
            lineStart += indentation
        }
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
        let lineCount = line.count
        func at(_ index: Int) -> Int { index < columns.count ? columns[index] : column + (index - lineCount) }
        let start = at(min(max(0, span.start - lineStart), lineCount))
        let end = at(min(max(0, span.end - lineStart), lineCount + 1))
        guard !line.isEmpty else { return [] }
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
