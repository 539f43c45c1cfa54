/// Statements: a logical line of simple statements separated by `;`, or a compound statement
/// (`def`, `if`, `for`, `while`) whose blocks are indented (INDENT … DEDENT) or follow the `:`
/// on the same line.
extension Parser {
    /// Every statement up to the end of the source.
    mutating func parseProgram() throws(Diagnostic) -> [Statement] {
        var statements: [Statement] = []
        while current.kind != .endOfLine {
            switch current.kind {
            case .newline, .dedent:
                _ = advance()
            case .indent:
                throw Diagnostic(message: "unexpected indent", span: indentedLineSpan(), hint: "a statement at the top level starts at the left margin")
            default:
                statements += try parseLine()
            }
        }
        return statements
    }

    /// The first token of the indented line, for underlining.
    private func indentedLineSpan() -> SourceSpan { next.span }

    /// One logical line: a compound statement, or simple statements separated by `;`.
    mutating func parseLine() throws(Diagnostic) -> [Statement] {
        operatorCount = 0
        if let word = current.identifier, let compound = try parseCompound(word) { return [compound] }
        var statements: [Statement] = []
        while !current.endsStatement {
            if current.isSymbol(";") { _ = advance(); continue }
            var statement = try parseSimpleStatement()
            if current.isSymbol(";") {
                statement.isSilenced = true
                _ = advance()
            } else if !current.endsStatement {
                throw unexpectedAfterStatement()
            }
            statements.append(statement)
        }
        if current.kind == .newline { _ = advance() }
        return statements
    }

    func unexpectedAfterStatement() -> Diagnostic {
        if current.isSymbol("=") {
            return Diagnostic(message: "only a name, part of a value (A[i, j], d[key]) or a tuple of them can be assigned to", span: current.span,
                              hint: "to compare two values use '=='")
        }
        if current.isSymbol(")") || current.isSymbol("]") || current.isSymbol("}") {
            return Diagnostic(message: "unmatched '\(current.displayText)'", span: current.span)
        }
        if current.isSymbol(":") {
            return Diagnostic(message: "unexpected ':' after a complete expression", span: current.span,
                              hint: "a ':' ends the first line of a block: def, if, elif, else, for or while")
        }
        if current.kind == .indent {
            return Diagnostic(message: "unexpected indent", span: next.span, hint: "only the lines of a block (after a line ending in ':') are indented")
        }
        if let word = current.identifier, ["if", "else", "for", "in", "and", "or", "not"].contains(word) {
            return Diagnostic(message: "unexpected '\(word)' here", span: current.span)
        }
        return Diagnostic(message: "unexpected \(describe(current)) after a complete expression", span: current.span,
                          hint: "separate statements with ';' or a new line, and operands with an operator (did you forget '*' or '@'?)")
    }

    // MARK: Blocks

    /// After a compound statement's header: `:` then an indented block, or simple statements on
    /// the same line (`if done: break`).
    mutating func parseBlock(after header: SourceSpan) throws(Diagnostic) -> [Statement] {
        let headerText = source.map { SourceSpan(header.start, current.span.start).text(in: $0.characters) }
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) } ?? ""
        guard current.isSymbol(":") else {
            throw Diagnostic(message: "expected ':' at the end of '\(headerText)', found \(describe(current))", span: current.span,
                             hint: "the first line of a block ends with ':'")
        }
        _ = advance()
        try enterNesting()
        blockDepth += 1
        defer { depth -= 1; blockDepth -= 1 }
        if current.kind != .newline {
            guard !current.endsStatement else { throw missingBlock(headerText + ":", header: header) }
            return try parseLine()
        }
        _ = advance()
        guard current.kind == .indent else { throw missingBlock(headerText + ":", header: header) }
        _ = advance()
        var body: [Statement] = []
        while current.kind != .dedent && current.kind != .endOfLine {
            if current.kind == .newline { _ = advance(); continue }
            if current.kind == .indent {
                throw Diagnostic(message: "unexpected indent", span: next.span,
                                 hint: "the lines of one block are indented alike")
            }
            body += try parseLine()
        }
        if current.kind == .dedent { _ = advance() }
        return body
    }

    private func missingBlock(_ headerText: String, header: SourceSpan) -> Diagnostic {
        let place = lineName(of: header).map { " on \($0)" } ?? ""
        return Diagnostic(message: "expected an indented block after '\(headerText)'\(place)", span: current.kind == .endOfLine ? header : current.span,
                          hint: "indent the block's lines (4 spaces is usual); write pass for a block that does nothing")
    }

    // MARK: Compound statements

    private mutating func parseCompound(_ word: String) throws(Diagnostic) -> Statement? {
        // A name that happens to be a keyword's spelling is still a keyword only where the keyword can stand.
        switch word {
        case "def": return try parseFunctionDefinition()
        case "if": return try parseIf()
        case "for": return try parseFor()
        case "while": return try parseWhile()
        case "elif", "else":
            throw Diagnostic(message: "'\(word)' without an 'if' before it", span: current.span,
                             hint: "\(word) goes at the same indentation as its if (or for, while), right after that block")
        case "class", "try", "with", "except", "finally", "async", "match":
            // `match = 3` or `match(x)` is a name: only the statement is refused.
            guard !next.isSymbol("="), !next.isSymbol("("), !next.isSymbol("."), !next.isSymbol("[") else { return nil }
            throw Parser.unsupportedStatement(word, at: current.span)
        default:
            return nil
        }
    }

    static func unsupportedStatement(_ word: String, at span: SourceSpan) -> Diagnostic {
        let instead: [String: String] = [
            "class": "Backprop has no classes: keep the values in a dict, as the course keeps parameters and grads",
            "try": "a failing line prints its error and assigns nothing, so run the lines without try; check a condition with if first",
            "except": "a failing line prints its error and assigns nothing, so run the lines without try; check a condition with if first",
            "finally": "a failing line prints its error and assigns nothing, so run the lines without try",
            "with": "Backprop has no context managers; run the lines inside on their own",
            "async": "Backprop runs one thing at a time: write the function without async",
            "match": "write the cases as if/elif/else",
            "yield": "Backprop has no generators: build a list and return it",
            "raise": "Backprop has no exceptions to raise: use assert condition, \"message\" to stop with a message",
            "import": "",
        ]
        return Diagnostic(message: "Backprop does not have Python's '\(word)'", span: span, hint: instead[word])
    }

    private mutating func parseFunctionDefinition() throws(Diagnostic) -> Statement {
        let keyword = advance()
        guard let name = current.identifier else {
            throw Diagnostic(message: "expected the function's name after 'def', found \(describe(current))", span: current.span,
                             hint: "for example: def linear_forward(A, W, b):")
        }
        let nameToken = advance()
        let open = try expect("(", "after the function's name")
        let parameters = try parseParameters(closing: ")", open: open)
        if current.isSymbol("->") {
            _ = advance()
            _ = try parseExpression()  // an annotation: documentation only
        }
        let header = SourceSpan.covering(keyword.span, current.span)
        let body = try parseBlock(after: keyword.span)
        var docstring: String?
        if case let .expression(first)? = body.first?.kind, case let .string(text) = first.kind { docstring = text }
        let definition = FunctionDefinition(name: name, nameSpan: nameToken.span, parameters: parameters, body: body,
                                            header: header, docstring: docstring)
        return Statement(kind: .functionDefinition(definition), span: SourceSpan.covering(keyword.span, body.last?.span ?? header))
    }

    /// `a, b=1, *args, c, **kwargs` up to the closing symbol (`)` for def, `:` for lambda).
    mutating func parseParameters(closing: String, open: Token) throws(Diagnostic) -> [FunctionParameter] {
        var parameters: [FunctionParameter] = []
        var keywordOnly = false
        while !current.isSymbol(closing) {
            if current.endsStatement {
                throw Diagnostic(message: closing == ")" ? "this '(' is never closed" : "expected ':' after the lambda's parameters",
                                 span: open.span, hint: closing == ")" ? "add ')' at the end of the parameters" : nil)
            }
            var kind = FunctionParameter.Kind.positional
            if current.isSymbol("*") || current.isSymbol("**") {
                kind = current.isSymbol("*") ? .variadic : .keywordVariadic
                _ = advance()
                if kind == .variadic && (current.isSymbol(",") || current.isSymbol(closing)) {
                    keywordOnly = true
                    if current.isSymbol(",") { _ = advance() }
                    continue
                }
            }
            guard let name = current.identifier else {
                throw Diagnostic(message: "expected a parameter name, found \(describe(current))", span: current.span,
                                 hint: "parameters are names, with an optional default: def f(X, Y, num_iterations=100):")
            }
            let nameToken = advance()
            if current.isSymbol(":") && closing == ")" {
                _ = advance()
                _ = try parseExpression()  // an annotation
            }
            var defaultValue: Expression?
            if current.isSymbol("=") {
                _ = advance()
                defaultValue = try parseExpression()
            } else if kind == .positional && !keywordOnly, parameters.contains(where: { $0.defaultValue != nil && $0.kind == .positional && !$0.isKeywordOnly }) {
                throw Diagnostic(message: "parameter '\(name)' without a default follows one with a default", span: nameToken.span,
                                 hint: "put the parameters with defaults last")
            }
            if parameters.contains(where: { $0.name == name }) {
                throw Diagnostic(message: "duplicate argument '\(name)' in function definition", span: nameToken.span)
            }
            parameters.append(FunctionParameter(name: name, span: nameToken.span, defaultValue: defaultValue, kind: kind,
                                                isKeywordOnly: keywordOnly && kind == .positional))
            if kind == .variadic { keywordOnly = true }
            if current.isSymbol(",") {
                _ = advance()
            } else if !current.isSymbol(closing) {
                throw Diagnostic(message: "expected ',' or '\(closing)' after parameter '\(name)', found \(describe(current))", span: current.span)
            }
        }
        _ = advance()
        return parameters
    }

    private mutating func parseIf() throws(Diagnostic) -> Statement {
        let keyword = advance()
        var branches = [ConditionalBranch(condition: try parseExpression(), body: try parseBlock(after: keyword.span))]
        var otherwise: [Statement] = []
        while true {
            if isKeyword("elif") {
                let elif = advance()
                branches.append(ConditionalBranch(condition: try parseExpression(), body: try parseBlock(after: elif.span)))
            } else if isKeyword("else") {
                let elseToken = advance()
                otherwise = try parseBlock(after: elseToken.span)
                break
            } else {
                break
            }
        }
        let last = (otherwise.last ?? branches.last?.body.last)?.span ?? keyword.span
        return Statement(kind: .conditional(branches: branches, otherwise: otherwise), span: SourceSpan.covering(keyword.span, last))
    }

    private mutating func parseFor() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let target = try parseTargetList(endingAt: "in")
        guard isKeyword("in") else {
            throw Diagnostic(message: "expected 'in' after the loop's variable, found \(describe(current))", span: current.span,
                             hint: "for example: for l in range(1, L):")
        }
        _ = advance()
        let iterable = try parseExpressionList()
        let body = try parseBlock(after: keyword.span)
        let otherwise = try parseLoopElse()
        return Statement(kind: .forLoop(target: target, iterable: iterable, body: body, otherwise: otherwise),
                         span: SourceSpan.covering(keyword.span, (otherwise.last ?? body.last)?.span ?? keyword.span))
    }

    private mutating func parseWhile() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let condition = try parseExpression()
        let body = try parseBlock(after: keyword.span)
        let otherwise = try parseLoopElse()
        return Statement(kind: .whileLoop(condition: condition, body: body, otherwise: otherwise),
                         span: SourceSpan.covering(keyword.span, (otherwise.last ?? body.last)?.span ?? keyword.span))
    }

    private mutating func parseLoopElse() throws(Diagnostic) -> [Statement] {
        guard isKeyword("else") else { return [] }
        let elseToken = advance()
        return try parseBlock(after: elseToken.span)
    }

    /// The targets of a `for` or a comprehension: postfix expressions separated by commas, up to `in`.
    mutating func parseTargetList(endingAt word: String) throws(Diagnostic) -> AssignmentPattern {
        var items: [Expression] = []
        repeat {
            if !items.isEmpty { _ = advance() }
            if isKeyword(word) { break }
            if current.isSymbol("*") {
                let star = advance()
                let inner = try parsePostfix()
                items.append(Expression(.starred(inner), .covering(star.span, inner.span)))
            } else {
                items.append(try parsePostfix())
            }
        } while current.isSymbol(",")
        let expression = items.count == 1 && !previous.isSymbol(",") ? items[0]
            : Expression(.tuple(items), .covering(items.first?.span ?? current.span, items.last?.span ?? current.span))
        return try pattern(from: expression)
    }

    // MARK: Simple statements

    mutating func parseSimpleStatement() throws(Diagnostic) -> Statement {
        let start = current
        if start.isSymbol("?") {
            _ = advance()
            return parseCommand(name: "help", nameToken: start)
        }
        // `%cost`: the command, even where the learner has a variable of that name (IPython's magics).
        if start.isSymbol("%"), let word = next.identifier, !next.hasSpaceBefore {
            guard isMagicCommand(word) else {
                throw Diagnostic(message: "%\(word) is not a Backprop command", span: SourceSpan.covering(start.span, next.span),
                                 hint: "help commands lists them; % before a command runs it even where a variable has its name")
            }
            _ = advance()
            let nameToken = advance()
            return parseCommand(name: word, nameToken: nameToken)
        }
        if let word = start.identifier, isCommand(word), blockDepth == 0 || word == "import" || word == "from", startsCommand(after: start) {
            _ = advance()
            return parseCommand(name: word, nameToken: start)
        }
        if let word = start.identifier, let statement = try parseKeywordStatement(word) { return statement }
        let first = try parseExpressionList(allowingStarred: true)
        if case let .symbol(symbol) = current.kind, let op = Parser.augmentedOperators[symbol] {
            _ = advance()
            if !isTuple(first), case .part = try pattern(from: first) {
                let value = try parseExpressionList()
                return Statement(kind: .augmentedPart(target: first, compoundOperator: op, value: value),
                                 span: SourceSpan.covering(first.span, value.span))
            }
            guard !isTuple(first), case let .target(target) = try pattern(from: first) else {
                throw Diagnostic(message: "'\(text(of: first))' cannot take \(symbol): only a name or one part (d[key], A[i]) can",
                                 span: first.span)
            }
            let value = try parseExpressionList()
            return Statement(kind: .assignment(target: target, compoundOperator: op, value: value),
                             span: SourceSpan.covering(first.span, value.span))
        }
        guard current.isSymbol("=") else {
            if case .starred = first.kind {
                throw Diagnostic(message: "can't use starred expression here", span: first.span)
            }
            return Statement(kind: .expression(first), span: first.span)
        }
        var targets = [first]
        var value = first
        while current.isSymbol("=") {
            _ = advance()
            value = try parseExpressionList(allowingStarred: true)
            targets.append(value)
        }
        targets.removeLast()
        if targets.count == 1, case .target(let target) = try pattern(from: targets[0]), !isTuple(targets[0]) {
            return Statement(kind: .assignment(target: target, compoundOperator: nil, value: value),
                             span: SourceSpan.covering(first.span, value.span))
        }
        var patterns: [AssignmentPattern] = []
        for target in targets { patterns.append(try pattern(from: target)) }
        return Statement(kind: .unpackingAssignment(targets: patterns, value: value), span: SourceSpan.covering(first.span, value.span))
    }

    static let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .divide, "**=": .power, "//=": .floorDivide,
        "@=": .matmul, "%=": .modulo, "&=": .bitwiseAnd, "|=": .bitwiseOr, "^=": .bitwiseXor, "<<=": .leftShift, ">>=": .rightShift,
    ]

    private func isTuple(_ expression: Expression) -> Bool {
        if case .tuple = expression.kind { return true }
        return false
    }

    private func text(of expression: Expression) -> String {
        source.map { expression.span.text(in: $0.characters) } ?? "this"
    }

    /// What an expression on the left of `=` assigns to.
    func pattern(from expression: Expression) throws(Diagnostic) -> AssignmentPattern {
        switch expression.kind {
        case let .name(name):
            if ["True", "False", "None"].contains(name) { throw Diagnostic(message: "cannot assign to \(name)", span: expression.span) }
            return .target(AssignmentTarget(name: name, nameSpan: expression.span, index: nil))
        case let .index(base, components):
            if case let .name(name) = base.kind {
                return .target(AssignmentTarget(name: name, nameSpan: base.span, index: components, span: expression.span))
            }
            return .part(base: base, index: components, span: expression.span)
        case let .tuple(items), let .list(items):
            var patterns: [AssignmentPattern] = []
            for item in items { patterns.append(try pattern(from: item)) }
            return .tuple(patterns, span: expression.span)
        case let .starred(inner):
            return .starred(try pattern(from: inner), span: expression.span)
        case .function:
            throw Diagnostic(message: "'np' is numpy's namespace and cannot be assigned to", span: expression.span)
        case .attribute:
            throw Diagnostic(message: "Backprop cannot assign to an attribute: values have no settable attributes", span: expression.span,
                             hint: "keep the value in a variable or a dict entry instead")
        case .call:
            throw Diagnostic(message: "cannot assign to a function call", span: expression.span,
                             hint: "to compare two values use '=='")
        case .integer, .number, .string, .boolean, .none, .bigInteger, .formattedString:
            throw Diagnostic(message: "cannot assign to a literal", span: expression.span, hint: "to compare two values use '=='")
        default:
            break
        }
        throw Diagnostic(message: "only a name, part of a value (A[i, j], d[key]) or a tuple of them can be assigned to", span: expression.span,
                         hint: "to compare two values use '=='")
    }

    /// `return`, `pass`, `break`, `continue`, `assert`, `del`, `global`, `nonlocal`, and the
    /// Python words Backprop does not have. nil when the word starts an expression after all.
    private mutating func parseKeywordStatement(_ word: String) throws(Diagnostic) -> Statement? {
        let token = current
        switch word {
        case "pass", "break", "continue":
            _ = advance()
            let kind: Statement.Kind = word == "pass" ? .pass : word == "break" ? .breakLoop : .continueLoop
            return Statement(kind: kind, span: token.span)
        case "return":
            _ = advance()
            if current.endsStatement || current.isSymbol(";") { return Statement(kind: .returnValue(nil), span: token.span) }
            let value = try parseExpressionList(allowingStarred: true)
            return Statement(kind: .returnValue(value), span: SourceSpan.covering(token.span, value.span))
        case "assert":
            _ = advance()
            let condition = try parseExpression()
            var message: Expression?
            if current.isSymbol(",") {
                _ = advance()
                message = try parseExpression()
            }
            return Statement(kind: .assertion(condition: condition, message: message),
                             span: SourceSpan.covering(token.span, (message ?? condition).span))
        case "del":
            _ = advance()
            var targets: [Expression] = []
            repeat {
                if !targets.isEmpty { _ = advance() }
                if current.endsStatement { break }
                targets.append(try parsePostfix())
            } while current.isSymbol(",")
            guard !targets.isEmpty else { throw Diagnostic(message: "del needs a name or a part to delete", span: token.span) }
            return Statement(kind: .delete(targets), span: SourceSpan.covering(token.span, targets[targets.count - 1].span))
        case "global", "nonlocal":
            _ = advance()
            var names: [String] = []
            var end = token.span
            repeat {
                if !names.isEmpty { _ = advance() }
                guard let name = current.identifier else {
                    throw Diagnostic(message: "expected a name after '\(word)', found \(describe(current))", span: current.span)
                }
                names.append(name)
                end = advance().span
            } while current.isSymbol(",")
            return Statement(kind: word == "global" ? .global(names) : .nonlocal(names), span: SourceSpan.covering(token.span, end))
        case "yield", "raise":
            throw Parser.unsupportedStatement(word, at: token.span)
        case "import", "from":
            throw Diagnostic(message: "'\(word)' goes at the start of a line", span: token.span,
                             hint: "write import numpy as np on its own line; np is always there anyway")
        default:
            return nil
        }
    }
}
