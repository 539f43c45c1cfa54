/// One lexical token of Backprop source.
public struct Token: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A number literal; `isInteger` is false when it has a '.' or an exponent (`1.`, `2e3`).
        case number(Double, isInteger: Bool)
        /// An integer literal that fits in 64 bits, kept exact (a Double would round 123456789012345678).
        case integer(Int)
        /// An integer literal past 64 bits, as written (Python's int has no limit).
        case bigInteger(String)
        case identifier(String)
        case string(String)
        /// `f"…"`: the body as written (escapes not yet applied), and the offset where it starts.
        case formattedString(String, bodyOffset: Int, isRaw: Bool)
        /// An operator or punctuation mark: `+ - * / // % ** @ = += -= *= /= == != < <= > >= ( ) [ ] , ; : . ?`.
        case symbol(String)
        /// The end of a logical line (CPython's NEWLINE).
        case newline
        /// The start and end of an indented block.
        case indent, dedent
        /// The end of the source.
        case endOfLine
    }

    public var kind: Kind
    public var span: SourceSpan
    /// Whitespace directly before this token. Inside `[ ]`, whitespace separates columns
    /// (Octave style), so `[1 -2]` has two elements while `[1 - 2]` has one.
    public var hasSpaceBefore: Bool
    public var hasSpaceAfter: Bool

    public func isSymbol(_ text: String) -> Bool { kind == .symbol(text) }

    /// True at the end of a logical line or of the source: where a simple statement ends.
    public var endsStatement: Bool { kind == .newline || kind == .endOfLine }

    public var identifier: String? {
        if case let .identifier(name) = kind { return name }
        return nil
    }

    /// How the token reads in an error message.
    public var displayText: String {
        switch kind {
        case let .number(value, isInteger): return isInteger ? String(Int(exactly: value) ?? 0) : String(value)
        case let .integer(value): return String(value)
        case let .identifier(name): return name
        case let .bigInteger(digits): return digits
        case let .string(text): return "'\(text)'"
        case let .formattedString(text, _, _): return "f'\(text)'"
        case let .symbol(text): return text
        case .newline: return "end of line"
        case .indent: return "indent"
        case .dedent: return "dedent"
        case .endOfLine: return "end of line"
        }
    }
}
