/// A recursive-descent parser for one line, with Python's operator precedence
/// (from loosest to tightest):
///
///     or · and · not · comparisons · + - · * / // % @ · unary - + · ** · calls, .attr, [index]
///
/// `**` binds tighter than a unary minus on its left (`-2**2` is -4) and its right side may
/// be unary (`2**-1`). Inside `[ ]` whitespace separates columns and `;` separates rows, as in
/// Octave: `[1 2 -1; 3 4 -3.2]`.
public struct Parser {
    private var tokens: [Token]
    private var position = 0
    /// True while parsing the elements of a `[ ]` literal, where whitespace matters.
    private var inMatrixLiteral = false
    /// How deeply expressions nest right now; bounded so `((((...` cannot exhaust the stack.
    private var depth = 0
    private static let maximumDepth = 200
    /// Operators, calls, attributes and subscripts in the line so far; bounded because a chain
    /// such as `1+1+…+1` or `X.T.T…` nests one level deeper per operation in the tree, which
    /// evaluation walks recursively.
    private var operatorCount = 0
    private static let maximumOperators = 1000
    private let isCommand: (String) -> Bool
    /// Which words `%word` (IPython's magic prefix) may name: every command, even one a variable hides.
    private let isMagicCommand: (String) -> Bool

    /// `isCommand` tells which leading words start a REPL command (`whos`, `clear`, `help`...).
    public init(tokens: [Token], isCommand: @escaping (String) -> Bool = { _ in false }, isMagicCommand: ((String) -> Bool)? = nil) {
        self.tokens = tokens
        self.isCommand = isCommand
        self.isMagicCommand = isMagicCommand ?? isCommand
    }

    public static func parse(_ line: String, isCommand: @escaping (String) -> Bool = { _ in false },
                             isMagicCommand: ((String) -> Bool)? = nil) throws(Diagnostic) -> [Statement] {
        var lexer = Lexer(line)
        let tokens: [Token]
        do {
            tokens = try lexer.tokenize()
        } catch {
            guard let words = commandWords(line, isCommand: isCommand) else { throw error }
            tokens = words
        }
        var parser = Parser(tokens: tokens, isCommand: isCommand, isMagicCommand: isMagicCommand)
        return try parser.parseStatements(line: line)
    }

    /// A line that is one command whose words are not all the language's tokens, such as
    /// `data load runs/2024-05/points.csv` (`2024` cannot start a name): each word lexed on its
    /// own, and a word that does not lex kept whole as a string, so the command gets it as
    /// written. nil when the line is not one command, and the lexer's error stands.
    static func commandWords(_ line: String, isCommand: (String) -> Bool) -> [Token]? {
        let characters = Array(line)
        var words: [SourceSpan] = []
        var index = 0
        while index < characters.count {
            if characters[index] == " " || characters[index] == "\t" { index += 1; continue }
            let start = index
            while index < characters.count && characters[index] != " " && characters[index] != "\t" { index += 1 }
            words.append(SourceSpan(start, index))
        }
        guard words.count >= 2, !characters.contains(";") else { return nil }
        var first = Lexer(words[0].text(in: characters))
        guard let name = try? first.tokenize(), name.count == 2, let word = name[0].identifier, isCommand(word) else { return nil }
        var tokens: [Token] = []
        for span in words {
            var lexer = Lexer(span.text(in: characters))
            let before = span.start > 0, after = span.end < characters.count
            if let lexed = try? lexer.tokenize() {
                for (offset, token) in lexed.dropLast().enumerated() {
                    var shifted = token
                    shifted.span = SourceSpan(token.span.start + span.start, token.span.end + span.start)
                    if offset == 0 { shifted.hasSpaceBefore = before }
                    if offset == lexed.count - 2 { shifted.hasSpaceAfter = after }
                    tokens.append(shifted)
                }
            } else {
                tokens.append(Token(kind: .string(span.text(in: characters)), span: span, hasSpaceBefore: before, hasSpaceAfter: after))
            }
        }
        tokens.append(Token(kind: .endOfLine, span: SourceSpan(characters.count, characters.count + 1), hasSpaceBefore: false, hasSpaceAfter: false))
        return tokens
    }

    private var current: Token { tokens[position] }
    private var next: Token { tokens[min(position + 1, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func expect(_ symbol: String, _ context: @autoclosure () -> String) throws(Diagnostic) -> Token {
        guard current.isSymbol(symbol) else {
            throw Diagnostic(message: "expected '\(symbol)' \(context()), found \(describe(current))", span: current.span)
        }
        return advance()
    }

    private func describe(_ token: Token) -> String {
        token.kind == .endOfLine ? "the end of the line" : "'\(token.displayText)'"
    }

    // MARK: Statements

    mutating func parseStatements(line: String) throws(Diagnostic) -> [Statement] {
        var statements: [Statement] = []
        while current.kind != .endOfLine {
            if current.isSymbol(";") { _ = advance(); continue }
            var statement = try parseStatement(line: line)
            if current.isSymbol(";") {
                statement.isSilenced = true
                _ = advance()
            } else if current.kind != .endOfLine {
                throw unexpectedAfterStatement()
            }
            statements.append(statement)
        }
        return statements
    }

    private func unexpectedAfterStatement() -> Diagnostic {
        if current.isSymbol("=") {
            return Diagnostic(message: "only a name (or part of a matrix, A[i, j]) can be assigned to", span: current.span,
                              hint: "to compare two values use '=='")
        }
        if current.isSymbol(")") || current.isSymbol("]") {
            return Diagnostic(message: "unmatched '\(current.displayText)'", span: current.span)
        }
        if current.isSymbol(",") {
            return Diagnostic(message: "a tuple needs its parentheses in Backprop: (a, b)", span: current.span,
                              hint: "wrap the values in parentheses, or separate statements with ';'")
        }
        return Diagnostic(message: "unexpected \(describe(current)) after a complete expression", span: current.span,
                          hint: "separate statements with ';' and operands with an operator (did you forget '*' or '@'?)")
    }

    private mutating func parseStatement(line: String) throws(Diagnostic) -> Statement {
        let start = current
        if start.isSymbol("?") {
            _ = advance()
            return parseCommand(name: "help", nameToken: start, line: line)
        }
        if let word = start.identifier, let instead = Parser.pythonStatementsNotYetRun[word],
           next.kind != .endOfLine || ["pass", "break", "continue", "return", "else"].contains(word), !next.isSymbol("="), !next.isSymbol("(") || word == "assert" {
            throw Diagnostic(message: "Backprop does not run Python's '\(word)' statement yet", span: start.span, hint: instead)
        }
        // `%cost`: the command, even where the learner has a variable of that name (IPython's magics).
        if start.isSymbol("%"), let word = next.identifier, !next.hasSpaceBefore {
            guard isMagicCommand(word) else {
                throw Diagnostic(message: "%\(word) is not a Backprop command", span: SourceSpan.covering(start.span, next.span),
                                 hint: "help commands lists them; % before a command runs it even where a variable has its name")
            }
            _ = advance()
            let nameToken = advance()
            return parseCommand(name: word, nameToken: nameToken, line: line)
        }
        if let word = start.identifier, isCommand(word), startsCommand(after: start) {
            _ = advance()
            return parseCommand(name: word, nameToken: start, line: line)
        }
        if let name = start.identifier {
            let saved = position, savedCount = operatorCount
            _ = advance()
            var index: [IndexComponent]?
            var targetSpan = start.span
            if current.isSymbol("[") && !current.hasSpaceBefore {
                _ = advance()
                index = try parseIndexComponents()
                targetSpan = SourceSpan.covering(start.span, tokens[position - 1].span)
            }
            let compound: [String: BinaryOperator] = ["+=": .add, "-=": .subtract, "*=": .multiply, "/=": .divide,
                                                      "**=": .power, "//=": .floorDivide, "@=": .matmul]
            if case let .symbol(symbol) = current.kind, symbol == "=" || compound[symbol] != nil {
                _ = advance()
                let value = try parseExpression()
                let target = AssignmentTarget(name: name, nameSpan: start.span, index: index, span: targetSpan)
                return Statement(kind: .assignment(target: target, compoundOperator: compound[symbol], value: value),
                                 span: SourceSpan.covering(start.span, value.span), isSilenced: false)
            }
            position = saved
            operatorCount = savedCount  // the index is parsed again, as part of an expression
        }
        let expression = try parseExpression()
        return Statement(kind: .expression(expression), span: expression.span, isSilenced: false)
    }

    /// Python's statements that Backprop does not run yet, with what to do instead: a clear word
    /// rather than a parse error that guesses at a missing operator.
    static let pythonStatementsNotYetRun: [String: String] = [
        "def": "type the function's lines one at a time with its arguments as variables: its formulas work as written",
        "for": "write the loop's body for each value by hand, or use the stepper (forward, backward, train N) for the course's loops",
        "while": "run the body's lines by hand, or train N for gradient descent",
        "if": "compute the condition on its own line: it prints True or False",
        "elif": "compute the condition on its own line: it prints True or False",
        "else": "compute the condition on its own line: it prints True or False",
        "return": "the value of the last line is shown: type the expression itself",
        "assert": "type the condition itself, such as W1.shape == (4, 2): it prints True or False",
        "class": "Backprop has no classes; values are numbers, arrays and tuples",
        "lambda": "write the expression with the variable's value directly",
        "try": "a failing line changes nothing in Backprop, so it can simply be run",
        "with": "Backprop has no context managers; run the lines inside on their own",
        "yield": "Backprop has no generators",
        "raise": "Backprop's own errors name what went wrong; there is nothing to raise",
        "global": "every variable in Backprop is already global",
        "del": "clear NAME removes a variable",
        "pass": "an empty line does nothing already",
        "break": "Backprop has no loops yet",
        "continue": "Backprop has no loops yet",
    ]

    /// A command word starts a command unless what follows makes it an expression (`help = 3`, `clear(1)`).
    private func startsCommand(after word: Token) -> Bool {
        let following = next
        switch following.kind {
        case .endOfLine: return true
        case .symbol(let s): return s == ";" || s == "?" || (s == "-" && !following.hasSpaceAfter && following.hasSpaceBefore)
        default: return following.hasSpaceBefore
        }
    }

    private mutating func parseCommand(name: String, nameToken: Token, line: String) -> Statement {
        var arguments: [Token] = []
        while current.kind != .endOfLine && !current.isSymbol(";") {
            arguments.append(advance())
        }
        let end = arguments.last?.span.end ?? nameToken.span.end
        let text = arguments.isEmpty ? "" : SourceSpan(arguments[0].span.start, end).text(in: line)
        return Statement(kind: .command(name: name, arguments: arguments, argumentText: text),
                         span: SourceSpan(nameToken.span.start, end), isSilenced: false)
    }

    // MARK: Expressions

    /// Counts one level of nesting; the caller decrements `depth` when it returns.
    private mutating func enterNesting() throws(Diagnostic) {
        depth += 1
        guard depth <= Parser.maximumDepth else {
            throw Diagnostic(message: "this expression nests too deeply: simplify it or split it into several statements", span: current.span)
        }
    }

    /// The node `left op right`, counted against `maximumOperators`.
    private mutating func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression) throws(Diagnostic) -> Expression {
        try countOperation(at: right.span)
        return Expression(.binary(op, left, right), .covering(left.span, right.span))
    }

    private mutating func countOperation(at span: SourceSpan) throws(Diagnostic) {
        operatorCount += 1
        guard operatorCount <= Parser.maximumOperators else {
            throw Diagnostic(message: "this line has more than \(Parser.maximumOperators) operations: split it over several lines",
                             span: span)
        }
    }

    public mutating func parseExpression() throws(Diagnostic) -> Expression {
        try parseOr()
    }

    /// Fails unless every token has been used (for a lone expression such as a command's argument).
    public mutating func expectEnd() throws(Diagnostic) {
        guard current.kind == .endOfLine else { throw unexpectedAfterStatement() }
    }

    private mutating func parseOr() throws(Diagnostic) -> Expression {
        var left = try parseAnd()
        while current.identifier == "or" {
            _ = advance()
            let right = try parseAnd()
            left = try binary(.or, left, right)
        }
        return left
    }

    private mutating func parseAnd() throws(Diagnostic) -> Expression {
        var left = try parseNot()
        while current.identifier == "and" {
            _ = advance()
            let right = try parseNot()
            left = try binary(.and, left, right)
        }
        return left
    }

    private mutating func parseNot() throws(Diagnostic) -> Expression {
        try enterNesting()
        defer { depth -= 1 }
        if current.identifier == "not" {
            let token = advance()
            let operand = try parseNot()
            return Expression(.unary(.not, operand), .covering(token.span, operand.span))
        }
        return try parseComparison()
    }

    /// Comparisons chain as in Python: `a < b < c` is `a < b and b < c`.
    private mutating func parseComparison() throws(Diagnostic) -> Expression {
        var operand = try parseAdditive()
        var chain: Expression?
        while case let .symbol(s) = current.kind, let op = BinaryOperator(rawValue: s),
              [.less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual].contains(op) {
            _ = advance()
            let right = try parseAdditive()
            let comparison = try binary(op, operand, right)
            if let earlier = chain {
                chain = try binary(.and, earlier, comparison)
            } else {
                chain = comparison
            }
            operand = right
        }
        return chain ?? operand
    }

    /// In a matrix literal, `1 -2` is two elements: a sign with space before and none after starts a new one.
    private var startsNewLiteralElement: Bool {
        inMatrixLiteral && current.hasSpaceBefore && !current.hasSpaceAfter
    }

    private mutating func parseAdditive() throws(Diagnostic) -> Expression {
        var left = try parseMultiplicative()
        while current.isSymbol("+") || current.isSymbol("-"), !startsNewLiteralElement {
            let op: BinaryOperator = current.isSymbol("+") ? .add : .subtract
            _ = advance()
            let right = try parseMultiplicative()
            left = try binary(op, left, right)
        }
        return left
    }

    private mutating func parseMultiplicative() throws(Diagnostic) -> Expression {
        var left = try parseUnary()
        while case let .symbol(s) = current.kind, let op = BinaryOperator(rawValue: s),
              [.multiply, .divide, .floorDivide, .modulo, .matmul].contains(op) {
            _ = advance()
            let right = try parseUnary()
            left = try binary(op, left, right)
        }
        return left
    }

    private mutating func parseUnary() throws(Diagnostic) -> Expression {
        try enterNesting()
        defer { depth -= 1 }
        if current.isSymbol("-") || current.isSymbol("+") {
            let token = advance()
            let operand = try parseUnary()
            return Expression(.unary(token.isSymbol("-") ? .negate : .plus, operand), .covering(token.span, operand.span))
        }
        return try parsePower()
    }

    private mutating func parsePower() throws(Diagnostic) -> Expression {
        let base = try parsePostfix()
        if current.isSymbol("**") {
            _ = advance()
            let exponent = try parseUnary()
            return try binary(.power, base, exponent)
        }
        return base
    }

    private mutating func parsePostfix() throws(Diagnostic) -> Expression {
        var expression = try parsePrimary()
        while true {
            // In a literal, `a (1)` or `a [1]` with a space starts a new element.
            if inMatrixLiteral && current.hasSpaceBefore && (current.isSymbol("(") || current.isSymbol("[")) { break }
            if current.isSymbol("(") || current.isSymbol("[") || current.isSymbol(".") { try countOperation(at: current.span) }
            if current.isSymbol("(") {
                let open = advance()
                let (arguments, close) = try parseArguments(open: open)
                expression = Expression(.call(callee: expression, arguments: arguments), .covering(expression.span, close.span))
            } else if current.isSymbol("[") {
                _ = advance()
                let saved = inMatrixLiteral
                inMatrixLiteral = false
                let components = try parseIndexComponents()
                inMatrixLiteral = saved
                expression = Expression(.index(expression, components), .covering(expression.span, tokens[position - 1].span))
            } else if current.isSymbol(".") {
                _ = advance()
                guard let name = current.identifier else {
                    throw Diagnostic(message: "expected a name after '.', found \(describe(current))", span: current.span,
                                     hint: "attributes are written like X.T or X.shape")
                }
                let nameToken = advance()
                expression = Expression(.attribute(expression, name: name), .covering(expression.span, nameToken.span))
            } else {
                break
            }
        }
        return expression
    }

    /// After `[`: components separated by commas, up to and including `]`.
    private mutating func parseIndexComponents() throws(Diagnostic) -> [IndexComponent] {
        var components: [IndexComponent] = []
        let saved = inMatrixLiteral
        inMatrixLiteral = false
        defer { inMatrixLiteral = saved }
        var first = true
        repeat {
            if !first {
                _ = advance()  // the ',' between components
                if current.isSymbol("]") { break }  // `A[0,]`, as numpy allows
            }
            first = false
            if current.isSymbol(",") || current.isSymbol("]") {
                throw Diagnostic(message: "expected an index or a slice, found \(describe(current))", span: current.span,
                                 hint: "for example A[0, :] or A[:, 1:3]")
            }
            let startSpan = current.span
            var start: Expression?
            if !current.isSymbol(":") {
                start = try parseExpression()
            }
            if current.isSymbol(":") {
                _ = advance()
                var stop: Expression?, step: Expression?
                if !current.isSymbol(":") && !current.isSymbol(",") && !current.isSymbol("]") { stop = try parseExpression() }
                if current.isSymbol(":") {
                    _ = advance()
                    if !current.isSymbol(",") && !current.isSymbol("]") { step = try parseExpression() }
                }
                let span = SourceSpan(startSpan.start, tokens[position - 1].span.end)
                components.append(.slice(start: start, stop: stop, step: step, span: span))
            } else if let start {
                components.append(.single(start))
            }
        } while current.isSymbol(",")
        guard current.isSymbol("]") else {
            throw Diagnostic(message: "expected ']' to close the index, found \(describe(current))", span: current.span)
        }
        _ = advance()
        return components
    }

    private mutating func parseArguments(open: Token) throws(Diagnostic) -> ([Argument], Token) {
        let saved = inMatrixLiteral
        inMatrixLiteral = false
        defer { inMatrixLiteral = saved }
        var arguments: [Argument] = []
        while !current.isSymbol(")") {
            if current.kind == .endOfLine {
                throw Diagnostic(message: "this '(' is never closed", span: open.span, hint: "add ')' at the end")
            }
            if let label = current.identifier, next.isSymbol("=") {
                let labelToken = advance()
                _ = advance()
                arguments.append(Argument(label: label, labelSpan: labelToken.span, value: try parseExpression()))
            } else {
                arguments.append(Argument(label: nil, labelSpan: nil, value: try parseExpression()))
            }
            if current.isSymbol(",") {
                _ = advance()
            } else if !current.isSymbol(")") {
                if current.kind == .endOfLine {
                    throw Diagnostic(message: "this '(' is never closed", span: open.span, hint: "add ')' at the end")
                }
                throw Diagnostic(message: "expected ',' or ')' in the argument list, found \(describe(current))", span: current.span)
            }
        }
        return (arguments, advance())
    }

    private mutating func parsePrimary() throws(Diagnostic) -> Expression {
        let token = current
        switch token.kind {
        case let .integer(value):
            _ = advance()
            return Expression(.integer(value), token.span)
        case let .number(value, isInteger):
            _ = advance()
            return Expression(.number(value, isInteger: isInteger), token.span)
        case let .string(text):
            _ = advance()
            return Expression(.string(text), token.span)
        case let .identifier(name):
            _ = advance()
            switch name {
            case "True", "true": return Expression(.boolean(true), token.span)
            case "False", "false": return Expression(.boolean(false), token.span)
            case "None": return Expression(.none, token.span)
            case "np", "numpy": return try parseNumpyPath(prefix: token)
            default: return Expression(.name(name), token.span)
            }
        case .symbol("("):
            return try parseParenthesized()
        case .symbol("["):
            return try parseMatrixLiteral()
        case .endOfLine:
            throw Diagnostic(message: "the line ends where a value was expected", span: token.span)
        case let .symbol(s):
            if s == ")" || s == "]" {
                throw Diagnostic(message: "unmatched '\(s)'", span: token.span)
            }
            throw Diagnostic(message: "expected a value, found '\(s)'", span: token.span)
        }
    }

    /// `np.sum`, `np.random.randn`, `np.pi`: the path after the prefix names a function or constant.
    private mutating func parseNumpyPath(prefix: Token) throws(Diagnostic) -> Expression {
        guard current.isSymbol(".") else {
            throw Diagnostic(message: "'\(prefix.displayText)' is numpy's namespace, not a value", span: prefix.span,
                             hint: "write a function after it, like np.sum(A) or np.zeros((4, 1))")
        }
        var parts: [String] = []
        var end = prefix.span
        while current.isSymbol(".") {
            _ = advance()
            guard let part = current.identifier else {
                throw Diagnostic(message: "expected a name after '.', found \(describe(current))", span: current.span)
            }
            end = advance().span
            parts.append(part)
            // Only `random`, `linalg` and `random.xxx` nest; anything after the function is an attribute.
            if !(parts.count == 1 && (part == "random" || part == "linalg")) { break }
        }
        return Expression(.function(path: parts.joined(separator: "."), hadPrefix: true), .covering(prefix.span, end))
    }

    /// `(expr)` or a tuple `(a, b)`, `(a,)`, `()`.
    private mutating func parseParenthesized() throws(Diagnostic) -> Expression {
        let open = advance()
        let saved = inMatrixLiteral
        inMatrixLiteral = false
        defer { inMatrixLiteral = saved }
        var elements: [Expression] = []
        var sawComma = false
        while !current.isSymbol(")") {
            if current.kind == .endOfLine {
                throw Diagnostic(message: "this '(' is never closed", span: open.span, hint: "add ')' at the end")
            }
            elements.append(try parseExpression())
            if current.isSymbol(",") {
                sawComma = true
                _ = advance()
            } else if !current.isSymbol(")") {
                if current.kind == .endOfLine {
                    throw Diagnostic(message: "this '(' is never closed", span: open.span, hint: "add ')' at the end")
                }
                throw Diagnostic(message: "expected ')' or ',' but found \(describe(current))", span: current.span,
                                 hint: "did you forget an operator such as '*' or '@'?")
            }
        }
        let close = advance()
        let span = SourceSpan.covering(open.span, close.span)
        if elements.count == 1 && !sawComma {
            var inner = elements[0]
            inner.span = span
            return inner
        }
        return Expression(.tuple(elements), span)
    }

    /// `[1 2 -1; 3 4 -3.2]`, `[1, 2, 3]`, `[[1, 2], [3, 4]]`, `[A B]`, `[A; B]`.
    private mutating func parseMatrixLiteral() throws(Diagnostic) -> Expression {
        let open = advance()
        let saved = inMatrixLiteral
        inMatrixLiteral = true
        defer { inMatrixLiteral = saved }
        var rows: [[Expression]] = [[]]
        var separatedByCommas = false
        var separatedBySpaces = false
        while !current.isSymbol("]") {
            switch current.kind {
            case .endOfLine:
                throw Diagnostic(message: "this '[' is never closed", span: open.span, hint: "add ']' at the end")
            case .symbol(";"):
                _ = advance()
                rows.append([])
                continue
            case .symbol(","):
                separatedByCommas = true
                _ = advance()
                continue
            default:
                if !rows[rows.count - 1].isEmpty && !tokens[position - 1].isSymbol(",") {
                    guard current.hasSpaceBefore || current.isSymbol("[") else {
                        throw Diagnostic(message: "expected ',', ';' or ']' in the matrix, found \(describe(current))", span: current.span)
                    }
                    separatedBySpaces = true
                }
                rows[rows.count - 1].append(try parseExpression())
            }
        }
        let close = advance()
        if rows.count > 1 && rows.last?.isEmpty == true { rows.removeLast() }  // `[1 2;]`
        let allNested = rows.count == 1 && !rows[0].isEmpty && rows[0].allSatisfy {
            if case .matrixLiteral = $0.kind { return true }
            return false
        }
        let isNestedList = allNested && (separatedByCommas || rows[0].count == 1) && !separatedBySpaces
        return Expression(.matrixLiteral(rows: rows, isNestedList: isNestedList), .covering(open.span, close.span))
    }
}
