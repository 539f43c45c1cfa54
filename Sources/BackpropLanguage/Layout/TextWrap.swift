/// Text laid out in the terminal's width: prose wrapped at word boundaries, never inside a word.
///
/// Widths count the characters a terminal shows: ANSI escape sequences count nothing, every other
/// `Character` one column (the braille, box-drawing and Greek letters Backprop prints are all
/// one column wide).
public enum TextWrap {
    /// The columns `text` takes on a terminal.
    public static func visibleWidth<S: StringProtocol>(_ text: S) -> Int {
        var width = 0
        var escape = EscapeState.none
        for character in text {
            if escape.consume(character) { continue }
            width += 1
        }
        return width
    }

    /// One paragraph (its newlines count as spaces) in lines of at most `width` columns, broken
    /// only between words. The first line starts with `indent`, the others with `continuation`
    /// (the same as `indent` by default). A word longer than a whole line gets a line of its own.
    public static func wrap(_ text: String, width: Int, indent: String = "", continuation: String? = nil) -> [String] {
        let continuation = continuation ?? indent
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        guard !words.isEmpty else { return [indent.trimmingTrailingSpaces] }
        var lines: [String] = []
        var line = indent
        var lineWidth = visibleWidth(indent)
        var lineHasWord = false
        for word in words {
            let wordWidth = visibleWidth(word)
            if lineHasWord && lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = continuation
                lineWidth = visibleWidth(continuation)
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += wordWidth
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }

    /// Items (each kept whole, `W1 (4, 2)`) joined by `separator` in lines of at most `width`
    /// columns, the first starting with `indent`, the others with `continuation`.
    public static func wrapItems(_ items: [String], width: Int, indent: String = "", continuation: String? = nil,
                                 separator: String = "   ") -> [String] {
        let continuation = continuation ?? indent
        var lines: [String] = []
        var line = indent
        var hasItem = false
        for item in items {
            if hasItem && visibleWidth(line) + separator.count + visibleWidth(item) > width {
                lines.append(line)
                line = continuation
                hasItem = false
            }
            line += (hasItem ? separator : "") + item
            hasItem = true
        }
        lines.append(line)
        return lines
    }

    /// `text` with every line wider than `width` broken at its last space that fits; the rest goes
    /// on continuation lines indented two columns more than the line itself, so they read as its
    /// continuation. Spacing inside a line is kept (it aligns columns); lines that fit are untouched.
    public static func fit(_ text: String, width: Int) -> String {
        guard width > 0, !text.isEmpty else { return text }
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out += fitLine(String(line), width: width)
        }
        return out.joined(separator: "\n")
    }

    /// One line, broken as `fit` describes.
    public static func fitLine(_ line: String, width: Int, continuationIndent: Int? = nil) -> [String] {
        guard visibleWidth(line) > width else { return [line] }
        let leading = line.prefix { $0 == " " }.count
        let indent = String(repeating: " ", count: continuationIndent ?? min(leading + 2, max(width / 2, 0)))
        var lines: [String] = []
        var rest = Substring(line)
        var prefix = ""
        while visibleWidth(prefix) + visibleWidth(rest) > width {
            guard let cut = breakIndex(in: rest, width: width - visibleWidth(prefix), after: prefix.isEmpty ? leading : 0) else { break }
            lines.append(prefix + String(rest[..<cut]).trimmingTrailingSpaces)
            rest = rest[cut...].drop { $0 == " " }
            prefix = indent
        }
        if !rest.isEmpty || lines.isEmpty { lines.append(prefix + rest) }
        return lines
    }

    /// Where to break `text` so that what comes before fits in `width` columns: the last space
    /// that allows it, past the first `after` characters (the indentation). Without one, the
    /// first space after the limit (the line runs long rather than splitting a word); nil when
    /// there is no space to break at.
    static func breakIndex(in text: Substring, width: Int, after: Int) -> Substring.Index? {
        var column = 0
        var best: Substring.Index?
        var firstBeyond: Substring.Index?
        var escape = EscapeState.none
        var position = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if !escape.consume(character) {
                if character == " ", position >= after, index > text.startIndex, text[text.index(before: index)] != " " {
                    if column <= width { best = index } else if firstBeyond == nil { firstBeyond = index; break }
                }
                column += 1
            }
            position += 1
            index = text.index(after: index)
        }
        return best ?? firstBeyond
    }

    /// Two things side by side when they fit (`left   right`), else `right` on lines of its own
    /// under `left`, indented two columns more: a formula and what it means, a usage and its summary.
    public static func besideOrBelow(_ left: String, _ right: String, width: Int, gap: Int = 3) -> [String] {
        let together = left + String(repeating: " ", count: gap) + right
        if visibleWidth(together) <= width { return [together] }
        let indent = String(repeating: " ", count: min(left.prefix { $0 == " " }.count + 2, max(width / 2, 0)))
        return fitLine(left, width: width) + wrap(right, width: width, indent: indent)
    }

    /// Tracks whether the characters seen so far are inside an ANSI escape sequence
    /// (`ESC [ … final`, or ESC and one more character).
    enum EscapeState {
        case none, started, controlSequence

        /// True when `character` belongs to an escape sequence (and takes no column).
        mutating func consume(_ character: Character) -> Bool {
            switch self {
            case .none:
                if character == "\u{1B}" { self = .started; return true }
                return false
            case .started:
                self = character == "[" ? .controlSequence : .none
                return true
            case .controlSequence:
                if let value = character.unicodeScalars.first?.value, (0x40...0x7E).contains(value) { self = .none }
                return true
            }
        }
    }
}
