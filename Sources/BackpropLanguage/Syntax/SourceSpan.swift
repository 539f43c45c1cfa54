/// A range of columns in one input line, zero-based and half-open: `start..<end`.
/// Diagnostics underline it; the evaluator uses it to name an operand by its source text.
public struct SourceSpan: Equatable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = Swift.max(start, end)
    }

    public static func covering(_ first: SourceSpan, _ last: SourceSpan) -> SourceSpan {
        SourceSpan(Swift.min(first.start, last.start), Swift.max(first.end, last.end))
    }

    /// The text of `line` that this span covers.
    public func text(in line: String) -> String {
        text(in: Array(line))
    }

    /// The text of a line already split into characters.
    public func text(in characters: [Character]) -> String {
        let lower = Swift.min(start, characters.count), upper = Swift.min(end, characters.count)
        return String(characters[lower..<upper])
    }
}
