/// A recursive-descent parser for Backprop source: Python's statements and blocks (the
/// tokenizer's NEWLINE, INDENT and DEDENT), Python's expressions, Octave's matrix literals and
/// the REPL's commands. This file holds the parser's state and the token helpers; statements,
/// expressions, literals and commands each have their own file.
public struct Parser {
    var tokens: [Token]
    var position = 0
    /// True while parsing the elements of a `[ ]` Octave literal, where whitespace matters.
    var inMatrixLiteral = false
    /// How deeply expressions and blocks nest right now; bounded so `((((...` or a thousand
    /// nested `if`s cannot exhaust the stack.
    var depth = 0
    static let maximumDepth = 200
    /// Operators, calls, attributes and subscripts in the statement so far; bounded because a
    /// chain such as `1+1+…+1` or `X.T.T…` nests one level deeper per operation in the tree,
    /// which evaluation walks recursively.
    var operatorCount = 0
    static let maximumOperators = 1000
    let isCommand: (String) -> Bool
    /// Which words `%word` (IPython's magic prefix) may name: every command, even one a variable hides.
    let isMagicCommand: (String) -> Bool
    /// The text being parsed, for messages that name a line ("after 'def f(x):' on line 3").
    let source: SourceText?
    /// How many blocks enclose the statement being parsed: commands are only top-level lines.
    var blockDepth = 0

    /// `isCommand` tells which leading words start a REPL command (`whos`, `clear`, `help`...).
    public init(tokens: [Token], source: SourceText? = nil, isCommand: @escaping (String) -> Bool = { _ in false },
                isMagicCommand: ((String) -> Bool)? = nil) {
        self.tokens = tokens
        self.source = source
        self.isCommand = isCommand
        self.isMagicCommand = isMagicCommand ?? isCommand
    }

    /// The statements of `text`, a line or a whole cell or file.
    public static func parse(_ text: String, isCommand: @escaping (String) -> Bool = { _ in false },
                             isMagicCommand: ((String) -> Bool)? = nil) throws(Diagnostic) -> [Statement] {
        try parse(SourceText(text), isCommand: isCommand, isMagicCommand: isMagicCommand)
    }

    public static func parse(_ source: SourceText, isCommand: @escaping (String) -> Bool = { _ in false },
                             isMagicCommand: ((String) -> Bool)? = nil) throws(Diagnostic) -> [Statement] {
        var tokenizer = Tokenizer(characters: source.characters)
        let tokens: [Token]
        do {
            tokens = try tokenizer.tokenize()
        } catch {
            guard source.lineCount == 1, let words = commandWords(source.text, isCommand: isCommand) else { throw error }
            tokens = words
        }
        var parser = Parser(tokens: tokens, source: source, isCommand: isCommand, isMagicCommand: isMagicCommand)
        return try parser.parseProgram()
    }

    var current: Token { tokens[position] }
    var next: Token { tokens[min(position + 1, tokens.count - 1)] }
    var previous: Token { tokens[max(position - 1, 0)] }

    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    mutating func expect(_ symbol: String, _ context: @autoclosure () -> String) throws(Diagnostic) -> Token {
        guard current.isSymbol(symbol) else {
            throw Diagnostic(message: "expected '\(symbol)' \(context()), found \(describe(current))", span: current.span)
        }
        return advance()
    }

    func isKeyword(_ word: String) -> Bool { current.identifier == word }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .endOfLine, .newline: return "the end of the line"
        case .indent: return "an indented line"
        case .dedent: return "the end of the block"
        default: return "'\(token.displayText)'"
        }
    }

    /// "line 3" for messages, when the source has several lines.
    func lineName(of span: SourceSpan) -> String? {
        guard let source, source.lineCount > 1 else { return nil }
        return "line \(source.location(of: span.start).line)"
    }

    /// Counts one level of nesting; the caller decrements `depth` when it returns.
    mutating func enterNesting() throws(Diagnostic) {
        depth += 1
        guard depth <= Parser.maximumDepth else {
            throw Diagnostic(message: "this nests too deeply: simplify it or split it into several statements", span: current.span)
        }
    }

    mutating func countOperation(at span: SourceSpan) throws(Diagnostic) {
        operatorCount += 1
        guard operatorCount <= Parser.maximumOperators else {
            throw Diagnostic(message: "this statement has more than \(Parser.maximumOperators) operations: split it over several lines",
                             span: span)
        }
    }
}
