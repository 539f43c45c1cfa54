/// Expressions, with Python's operator precedence (from loosest to tightest):
///
///     lambda · x if c else y · or · and · not · comparisons (in, is) · | · ^ · & · + - ·
///     * / // % @ · unary - + ~ · ** · calls, .attr, [index]
///
/// `**` binds tighter than a unary minus on its left (`-2**2` is -4) and its right side may
/// be unary (`2**-1`).
extension Parser {
    public mutating func parseExpression() throws(Diagnostic) -> Expression {
        if isKeyword("lambda") { return try parseLambda() }
        let value = try parseOr()
        guard isKeyword("if") else { return value }
        _ = advance()
        let condition = try parseOr()
        guard isKeyword("else") else {
            throw Diagnostic(message: "expected 'else' in the conditional expression, found \(describe(current))", span: current.span,
                             hint: "write value if condition else other_value")
        }
        _ = advance()
        let otherwise = try parseExpression()
        return Expression(.conditional(value: value, condition: condition, otherwise: otherwise), .covering(value.span, otherwise.span))
    }

    /// `a, b, c` where a statement allows a bare tuple (`return A, cache`, `x, y = y, x`).
    mutating func parseExpressionList(allowingStarred: Bool = false) throws(Diagnostic) -> Expression {
        let first = try parseListItem(allowingStarred: allowingStarred)
        guard current.isSymbol(",") else { return first }
        var items = [first]
        while current.isSymbol(",") {
            _ = advance()
            guard canStartExpression else { break }
            items.append(try parseListItem(allowingStarred: allowingStarred))
        }
        return Expression(.tuple(items), .covering(first.span, previous.span))
    }

    private mutating func parseListItem(allowingStarred: Bool) throws(Diagnostic) -> Expression {
        if allowingStarred, current.isSymbol("*") {
            let star = advance()
            let inner = try parseOr()
            return Expression(.starred(inner), .covering(star.span, inner.span))
        }
        return try parseExpression()
    }

    /// False where a list of expressions must end: `=`, `:`, a closing bracket, the end of the line.
    var canStartExpression: Bool {
        switch current.kind {
        case .newline, .endOfLine, .indent, .dedent: return false
        case let .symbol(s): return ["(", "[", "{", "-", "+", "~", "*", "%"].contains(s) && !(s == "%" && inMatrixLiteral)
        case let .identifier(word): return !["in", "for", "if", "else", "and", "or"].contains(word)
        default: return true
        }
    }

    /// Fails unless every token has been used (for a lone expression such as a command's argument).
    public mutating func expectEnd() throws(Diagnostic) {
        if current.kind == .newline { _ = advance() }
        guard current.kind == .endOfLine else { throw unexpectedAfterStatement() }
    }

    private mutating func parseLambda() throws(Diagnostic) -> Expression {
        let keyword = advance()
        let parameters = try parseParameters(closing: ":", open: keyword)
        let body = try parseExpression()
        return Expression(.lambda(parameters: parameters, body: body), .covering(keyword.span, body.span))
    }

    /// The node `left op right`, counted against `maximumOperators`.
    mutating func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression) throws(Diagnostic) -> Expression {
        try countOperation(at: right.span)
        return Expression(.binary(op, left, right), .covering(left.span, right.span))
    }

    mutating func parseOr() throws(Diagnostic) -> Expression {
        var left = try parseAnd()
        while isKeyword("or") {
            _ = advance()
            let right = try parseAnd()
            left = try binary(.or, left, right)
        }
        return left
    }

    private mutating func parseAnd() throws(Diagnostic) -> Expression {
        var left = try parseNot()
        while isKeyword("and") {
            _ = advance()
            let right = try parseNot()
            left = try binary(.and, left, right)
        }
        return left
    }

    private mutating func parseNot() throws(Diagnostic) -> Expression {
        try enterNesting()
        defer { depth -= 1 }
        if isKeyword("not") {
            let token = advance()
            let operand = try parseNot()
            return Expression(.unary(.not, operand), .covering(token.span, operand.span))
        }
        return try parseComparison()
    }

    /// The comparison operator at the current token (`not in` and `is not` are two words), and how many tokens it takes.
    private var comparisonOperator: (BinaryOperator, Int)? {
        switch current.kind {
        case let .symbol(s):
            guard let op = BinaryOperator(rawValue: s), [.less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual].contains(op) else { return nil }
            return (op, 1)
        case .identifier("in"): return (.isIn, 1)
        case .identifier("not") where next.identifier == "in": return (.isNotIn, 2)
        case .identifier("is"): return next.identifier == "not" ? (.isNotIdentical, 2) : (.isIdentical, 1)
        default: return nil
        }
    }

    /// Comparisons chain as in Python: `a < b < c` is `a < b and b < c`.
    private mutating func parseComparison() throws(Diagnostic) -> Expression {
        var operand = try parseBitwiseOr()
        var chain: Expression?
        while let (op, length) = comparisonOperator {
            for _ in 0..<length { _ = advance() }
            let right = try parseBitwiseOr()
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

    private mutating func parseBitwiseOr() throws(Diagnostic) -> Expression {
        var left = try parseBitwiseXor()
        while current.isSymbol("|") {
            _ = advance()
            left = try binary(.bitwiseOr, left, try parseBitwiseXor())
        }
        return left
    }

    private mutating func parseBitwiseXor() throws(Diagnostic) -> Expression {
        var left = try parseBitwiseAnd()
        while current.isSymbol("^") {
            _ = advance()
            left = try binary(.bitwiseXor, left, try parseBitwiseAnd())
        }
        return left
    }

    private mutating func parseBitwiseAnd() throws(Diagnostic) -> Expression {
        var left = try parseShift()
        while current.isSymbol("&") {
            _ = advance()
            left = try binary(.bitwiseAnd, left, try parseShift())
        }
        return left
    }

    private mutating func parseShift() throws(Diagnostic) -> Expression {
        var left = try parseAdditive()
        while current.isSymbol("<<") || current.isSymbol(">>") {
            let op: BinaryOperator = current.isSymbol("<<") ? .leftShift : .rightShift
            _ = advance()
            left = try binary(op, left, try parseAdditive())
        }
        return left
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
        if current.isSymbol("-") || current.isSymbol("+") || current.isSymbol("~") {
            let token = advance()
            let operand = try parseUnary()
            let op: UnaryOperator = token.isSymbol("-") ? .negate : token.isSymbol("+") ? .plus : .invert
            return Expression(.unary(op, operand), .covering(token.span, operand.span))
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

    mutating func parsePostfix() throws(Diagnostic) -> Expression {
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
                let components = try parseIndexComponents()
                expression = Expression(.index(expression, components), .covering(expression.span, previous.span))
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
    mutating func parseIndexComponents() throws(Diagnostic) -> [IndexComponent] {
        var components: [IndexComponent] = []
        let saved = inMatrixLiteral
        inMatrixLiteral = false
        defer { inMatrixLiteral = saved }
        let open = previous
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
                let span = SourceSpan(startSpan.start, previous.span.end)
                components.append(.slice(start: start, stop: stop, step: step, span: span))
            } else if let start {
                components.append(.single(start))
            }
        } while current.isSymbol(",")
        guard current.isSymbol("]") else {
            if current.kind == .endOfLine {
                throw Diagnostic(message: "this '[' is never closed", span: open.span, hint: "add ']' at the end")
            }
            throw Diagnostic(message: "expected ']' to close the index, found \(describe(current))", span: current.span)
        }
        _ = advance()
        return components
    }

    mutating func parseArguments(open: Token) throws(Diagnostic) -> ([Argument], Token) {
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
            } else if current.isSymbol("*") || current.isSymbol("**") {
                let star = advance()
                let inner = try parseExpression()
                let value = Expression(.starred(inner), .covering(star.span, inner.span))
                arguments.append(Argument(label: star.isSymbol("**") ? "**" : nil, labelSpan: star.span, value: value))
            } else {
                let value = try parseExpression()
                if isKeyword("for") {
                    // f(x for x in xs): a generator argument, read as a list.
                    let comprehension = try parseComprehension(kind: .list, element: value, open: open)
                    arguments.append(Argument(label: nil, labelSpan: nil, value: comprehension))
                } else {
                    arguments.append(Argument(label: nil, labelSpan: nil, value: value))
                }
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

    /// `for target in iterable [if condition]…` after a comprehension's element.
    mutating func parseComprehension(kind: Comprehension.Kind, element: Expression, open: Token) throws(Diagnostic) -> Expression {
        var clauses: [Comprehension.Clause] = []
        while isKeyword("for") {
            _ = advance()
            let target = try parseTargetList(endingAt: "in")
            guard isKeyword("in") else {
                throw Diagnostic(message: "expected 'in' in the comprehension, found \(describe(current))", span: current.span)
            }
            _ = advance()
            let iterable = try parseOr()
            var conditions: [Expression] = []
            while isKeyword("if") {
                _ = advance()
                conditions.append(try parseOr())
            }
            clauses.append(Comprehension.Clause(target: target, iterable: iterable, conditions: conditions))
        }
        let comprehension = Comprehension(kind: kind, element: element, clauses: clauses)
        return Expression(.comprehension(comprehension), .covering(open.span, previous.span))
    }
}
