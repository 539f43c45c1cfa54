/// The text a span points into: one REPL cell, a script's statement, or a lesson line, with
/// where its lines start, so an offset can be shown as a line and a column. A function keeps the
/// source it was defined in, so an error inside it is shown in its own lines however much later
/// it is called.
public final class SourceText: Sendable, Equatable {
    /// How the source is named in messages: a file's path, or nil for what was typed.
    public let name: String?
    public let text: String
    public let characters: [Character]
    /// The offset at which each line starts.
    public let lineStarts: [Int]
    /// The number of the first line, in its file or REPL session (1 for a single line typed).
    public let firstLineNumber: Int

    public init(_ text: String, name: String? = nil, firstLineNumber: Int = 1) {
        self.name = name
        self.text = text
        self.firstLineNumber = firstLineNumber
        let characters = Array(text)
        self.characters = characters
        var starts = [0]
        for (index, character) in characters.enumerated() where character == "\n" { starts.append(index + 1) }
        lineStarts = starts
    }

    public static func == (a: SourceText, b: SourceText) -> Bool { a === b }

    /// Zero-based index of the line holding `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The text of the line at `index`, without its newline.
    public func line(at index: Int) -> String {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : characters.count
        if end > start, characters[end - 1] == "\r" { end -= 1 }
        return String(characters[start..<max(start, end)])
    }

    /// The line number (in the file or session) and the zero-based column of `offset`.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let index = lineIndex(of: offset)
        return (firstLineNumber + index, offset - lineStarts[index])
    }

    public var lineCount: Int { lineStarts.count }
}
