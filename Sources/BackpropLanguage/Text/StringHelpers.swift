/// Small text helpers shared by every target, without Foundation (Backprop does not link it):
/// trimming, and finding or replacing a piece of text. One definition each, so the lesson
/// parser, the drills, the layout code and the interpreter cannot drift apart.

extension StringProtocol {
    /// Without the leading and trailing characters `isTrimmed` accepts.
    public func trimming(where isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = lastIndex(where: { !isTrimmed($0) })!
        return String(self[first...last])
    }

    /// Without the leading characters `isTrimmed` accepts.
    public func trimmingLeading(where isTrimmed: (Character) -> Bool) -> String {
        String(drop(while: isTrimmed))
    }

    /// Without the trailing characters `isTrimmed` accepts.
    public func trimmingTrailing(where isTrimmed: (Character) -> Bool) -> String {
        guard let last = lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(self[...last])
    }

    /// Without whitespace (`Character.isWhitespace`: spaces, tabs, line ends) at either end:
    /// what a learner typed as an answer.
    public var trimmingWhitespace: String { trimming(where: \.isWhitespace) }

    /// Without spaces and tabs at either end: a line of a lesson file, where a line end or
    /// other whitespace is kept as written.
    public var trimmingBlanks: String { trimming { $0 == " " || $0 == "\t" } }

    /// Without leading spaces (only " "): numpy's padding, a command's argument text.
    public var trimmingLeadingSpaces: String { trimmingLeading { $0 == " " } }

    /// Without trailing spaces (only " "): a laid-out line whose last column was padded.
    public var trimmingTrailingSpaces: String { trimmingTrailing { $0 == " " } }

    /// The first occurrence of `part`, compared character by character; an empty `part` is
    /// found at the start (as Python's `"abc".find("")` is 0). The parameter is a `String`,
    /// not generic, so that in a file that also imports Foundation this one is chosen over
    /// Foundation's `range(of:options:range:locale:)`.
    public func range(of part: String) -> Range<Index>? {
        guard !part.isEmpty else { return startIndex..<startIndex }
        var start = startIndex
        while start < endIndex {
            var i = start, j = part.startIndex
            while j < part.endIndex, i < endIndex, self[i] == part[j] {
                i = index(after: i)
                j = part.index(after: j)
            }
            if j == part.endIndex { return start..<i }
            start = index(after: start)
        }
        return nil
    }

    /// Every occurrence of `old` replaced by `new`, left to right, none overlapping; an empty
    /// `old` leaves the text as it is.
    public func replacingAll(_ old: String, with new: String) -> String {
        guard !old.isEmpty else { return String(self) }
        var out = ""
        var rest = self[...]
        while let range = rest.range(of: old) {
            out += rest[..<range.lowerBound]
            out += new
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
