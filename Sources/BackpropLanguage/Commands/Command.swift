/// A REPL command: a word at the start of a statement followed by plain words (`clear W1 b1`).
///
/// Commands are a table, not string matching in the loop: later parts of Backprop (the network
/// stepper, lessons, drills) register their own.
public struct Command: Sendable {
    public typealias Body = @Sendable (inout CommandContext) throws(Diagnostic) -> Void

    public let name: String
    public let aliases: [String]
    /// `clear [NAME ...]`
    public let usage: String
    public let summary: String
    public let example: String
    /// Words Tab offers after the command name (besides variable names): `planar`, `tanh`, `lr`.
    public let argumentWords: [String]
    let body: Body

    public init(_ name: String, aliases: [String] = [], usage: String, summary: String, example: String,
                argumentWords: [String] = [], body: @escaping Body) {
        self.name = name
        self.aliases = aliases
        self.usage = usage
        self.summary = summary
        self.example = example
        self.argumentWords = argumentWords
        self.body = body
    }
}

/// What a command sees and may change.
public struct CommandContext {
    public var environment: Environment
    public let arguments: [Token]
    public let argumentText: String
    public let span: SourceSpan
    public let line: String
    public let commands: CommandRegistry
    public let functions: FunctionRegistry
    public let console: Console
    public internal(set) var outputs: [Output] = []
    public var requestsExit = false
    /// Set by a command that hands the following input to a mode (see `ModeRequest`).
    public var modeRequest: ModeRequest?
    /// The cell the command is in (`line` is its text), for evaluating the argument.
    let source: SourceText
    /// The session's way of running the evaluator, so an argument evaluates as a statement does.
    let evaluation: SessionEvaluation
    /// The session's text printed without a line end, carried through the argument's evaluation.
    var pendingPrint: String

    public mutating func write(_ text: String) { outputs.append(.text(text)) }
    public mutating func show(_ value: Value) { outputs.append(.value(value)) }

    /// The argument tokens as words: a detached minus sign glued to the number after it is one
    /// negative number (`seed -1`, `noise -0.5`), so a command can say what is wrong with the
    /// value itself. (`arguments` keeps the tokens as lexed, for commands that evaluate them.)
    private static func negated(_ kind: Token.Kind) -> Token.Kind? {
        switch kind {
        case let .number(value, isInteger): return .number(-value, isInteger: isInteger)
        case let .integer(value): return value == .min ? nil : .integer(-value)
        default: return nil
        }
    }

    public var wordTokens: [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            if token.isSymbol("-"), token.hasSpaceBefore || index == 0, !token.hasSpaceAfter, index + 1 < arguments.count,
               let negated = Self.negated(arguments[index + 1].kind) {
                let number = arguments[index + 1]
                tokens.append(Token(kind: negated, span: SourceSpan(token.span.start, number.span.end),
                                    hasSpaceBefore: token.hasSpaceBefore, hasSpaceAfter: number.hasSpaceAfter))
                index += 2
            } else {
                tokens.append(token)
                index += 1
            }
        }
        return tokens
    }

    /// The argument words (identifiers, numbers and strings as typed).
    public var words: [String] {
        wordTokens.map { token in
            if case let .string(s) = token.kind { return s }
            return token.span.text(in: line)
        }
    }

    /// The arguments split at whitespace only, with their spans: names such as
    /// `logistic-regression` or `-5` stay whole, where `words` follows the expression tokens.
    public var spacedWords: [(text: String, span: SourceSpan)] {
        guard let start = arguments.first?.span.start, let last = arguments.last else { return [] }
        let characters = Array(line)
        let end = min(last.span.end, characters.count)
        var words: [(text: String, span: SourceSpan)] = []
        var index = start
        while index < end {
            if characters[index].isWhitespace { index += 1; continue }
            let wordStart = index
            while index < end && !characters[index].isWhitespace { index += 1 }
            words.append((String(characters[wordStart..<index]), SourceSpan(wordStart, index)))
        }
        return words
    }

    /// Evaluates the argument text as an expression (for commands such as `shape W1 @ X`), the way
    /// the session evaluates a statement: what it prints and warns joins the command's outputs,
    /// before what the command writes next.
    public mutating func evaluateArgument() throws(Diagnostic) -> Value {
        let end = arguments.last?.span.end ?? span.end
        let endOfLine = Token(kind: .endOfLine, span: SourceSpan(end, end + 1), hasSpaceBefore: false, hasSpaceAfter: false)
        var parser = Parser(tokens: arguments + [endOfLine])
        let expression = try parser.parseExpression()
        try parser.expectEnd()
        return try evaluation.run(source, environment: &environment, pendingPrint: &pendingPrint, outputs: &outputs) { evaluator throws(Diagnostic) in
            try evaluator.evaluate(expression)
        }
    }
}

/// The commands a session knows, looked up by name or alias.
public struct CommandRegistry: Sendable {
    public private(set) var commands: [Command] = []
    private var byName: [String: Int] = [:]

    public init(_ commands: [Command] = []) {
        for command in commands { register(command) }
    }

    public mutating func register(_ command: Command) {
        byName[command.name] = commands.count
        for alias in command.aliases { byName[alias] = commands.count }
        commands.append(command)
    }

    public func lookUp(_ name: String) -> Command? { byName[name].map { commands[$0] } }

    public var allNames: [String] { Array(byName.keys).sorted() }
}
