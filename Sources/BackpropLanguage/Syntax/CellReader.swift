/// Gathers input lines into cells: the text one `Session.execute` runs. A line that opens a
/// block (ends with `:`), leaves a bracket or a triple-quoted string open, or ends with `\`
/// needs more lines.
///
/// Interactively (IPython's convention) an empty line ends a block, unless the caller says more
/// input is already waiting (a pasted notebook cell, whose blank lines inside a `def` belong to
/// it); each cell's lines are numbered from 1, as IPython numbers a cell's. In a program (a file or a
/// pipe, read as CPython reads it) a block ends at the next line that starts at the left
/// margin, so blank lines inside a `def` are fine; each top-level statement is its own cell,
/// run before the next is read.
public struct CellReader {
    public enum Mode: Sendable { case interactive, program }

    /// One cell: its text and the number of its first line in the input.
    public struct Cell: Equatable, Sendable {
        public var text: String
        public var firstLine: Int
    }

    public let mode: Mode
    private var lines: [String] = []
    private var firstLine = 1
    /// The number of the last line added (the caller may number lines itself when others read some in between).
    private var lineNumber = 0
    /// Whether `lines` leave a bracket or a string open (kept, so each line is tokenized once:
    /// a long program is read in linear time).
    private var linesNeedMore = false

    public init(mode: Mode) {
        self.mode = mode
    }

    /// True while a cell is open: the prompt shows `...:`.
    public var isContinuing: Bool { !lines.isEmpty }

    /// The indentation a continuation line starts with: the last line's, one level deeper after
    /// a `:`, one level shallower after `return`, `pass`, `break`, `continue` or `raise` (as
    /// IPython's auto-indent). Inside an open bracket or string: the last line's.
    public var indentation: String {
        guard let last = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }) else { return "" }
        let leading = String(last.prefix { $0 == " " || $0 == "\t" })
        if linesNeedMore { return leading }
        if CellReader.opensBlock(last) { return leading + "    " }
        let word = String(last.dropFirst(leading.count).prefix { $0.isLetter })
        if ["return", "pass", "break", "continue", "raise"].contains(word) {
            return String(leading.dropLast(leading.hasSuffix("\t") ? 1 : min(4, leading.count)))
        }
        return leading
    }

    /// Adds a line; returns the cells it completes (in a program a line at the margin completes
    /// the cell before it and may complete itself). `moreInputPending`: interactively, a blank
    /// line does not end the block when more input is already waiting (a paste).
    public mutating func add(_ line: String, number: Int? = nil, moreInputPending: Bool = false) -> [Cell] {
        lineNumber = number ?? (mode == .interactive && lines.isEmpty ? 1 : lineNumber + 1)
        var completed: [Cell] = []
        let blank = line.allSatisfy(\.isWhitespace)
        let commentOnly = line.drop { $0 == " " || $0 == "\t" }.first == "#"
        if lines.isEmpty {
            if blank || commentOnly { return [] }
            firstLine = lineNumber
        } else if mode == .program, !blank, !commentOnly, !CellReader.isIndented(line), !CellReader.continuesBlock(line),
                  !linesNeedMore {
            completed.append(take())
            firstLine = lineNumber
        } else if mode == .interactive, blank, !moreInputPending, !linesNeedMore {
            completed.append(take())
            return completed
        }
        lines.append(line)
        // After lines that close all they open, the new line alone decides (without its
        // indentation, which means nothing to a bracket).
        linesNeedMore = linesNeedMore ? CellReader.needsMoreLines(lines.joined(separator: "\n"))
                                      : CellReader.needsMoreLines(String(line.drop { $0 == " " || $0 == "\t" }))
        if !linesNeedMore && !CellReader.isBlock(lines) {
            completed.append(take())
        }
        return completed
    }

    /// Adds several lines at once, interactively: a cell recalled from history (one entry
    /// holding its newlines) and run again. Blank lines inside it stay; at its end it is
    /// complete, unless a bracket or a string is still open.
    public mutating func add(lines text: String) -> [Cell] {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var completed: [Cell] = []
        for part in parts { completed += add(part, moreInputPending: true) }
        if isContinuing, !linesNeedMore, let rest = finish() {
            completed.append(rest)
        }
        return completed
    }

    /// The end of the input: whatever is open is a cell.
    public mutating func finish() -> Cell? {
        lines.isEmpty ? nil : take()
    }

    private mutating func take() -> Cell {
        // Blank lines kept at the end (a paste's last) are not part of the cell.
        while lines.count > 1, lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        let cell = Cell(text: lines.joined(separator: "\n"), firstLine: firstLine)
        lines = []
        linesNeedMore = false
        return cell
    }

    private static func isIndented(_ line: String) -> Bool {
        line.first == " " || line.first == "\t"
    }

    /// `else:`, `elif …:`, `except`, `finally` belong to the block before them.
    private static func continuesBlock(_ line: String) -> Bool {
        let word = line.prefix { $0.isLetter }
        return ["else", "elif", "except", "finally"].contains(String(word))
    }

    /// True when the cell's first statement is compound (so it runs only when its block ends).
    private static func isBlock(_ lines: [String]) -> Bool {
        guard let first = lines.first(where: { !$0.allSatisfy(\.isWhitespace) }) else { return false }
        let word = String(first.drop { $0 == " " }.prefix { $0.isLetter || $0 == "_" })
        return ["def", "if", "for", "while", "class", "try", "with", "async"].contains(word) || first.first == "@"
    }

    /// A line whose code ends with `:` (a comment after it aside).
    static func opensBlock(_ line: String) -> Bool {
        var tokenizer = Tokenizer(line)
        guard let tokens = try? tokenizer.tokenize() else { return false }
        let code = tokens.filter { $0.kind != .newline && $0.kind != .endOfLine && $0.kind != .indent && $0.kind != .dedent }
        return code.last?.isSymbol(":") ?? false
    }

    /// An open bracket, an unclosed triple-quoted string, or a `\` at the end.
    public static func needsMoreLines(_ text: String) -> Bool {
        if text.last == "\\" { return true }
        var tokenizer = Tokenizer(text)
        do {
            _ = try tokenizer.tokenize()
            return tokenizer.hasOpenBrackets
        } catch {
            return error.message.hasPrefix("this triple-quoted string is never closed")
        }
    }
}
