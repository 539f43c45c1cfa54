/// The primary expressions: numbers, strings and f-strings, names, `np.` paths, parentheses and
/// tuples, Python lists and dicts (and their comprehensions), and Octave's matrix literals.
extension Parser {
    mutating func parsePrimary() throws(Diagnostic) -> Expression {
        let token = current
        switch token.kind {
        case let .integer(value):
            _ = advance()
            return Expression(.integer(value), token.span)
        case let .bigInteger(digits):
            _ = advance()
            return Expression(.bigInteger(digits), token.span)
        case let .number(value, isInteger):
            _ = advance()
            return Expression(.number(value, isInteger: isInteger), token.span)
        case .string, .formattedString:
            return try parseStrings()
        case let .identifier(name):
            if ["def", "class", "return", "for", "while", "if", "elif", "else", "import", "from", "pass", "break", "continue",
                "global", "nonlocal", "del", "assert", "try", "except", "with", "yield", "raise", "in", "is", "and", "or"].contains(name),
               !next.isSymbol("=") {
                throw Diagnostic(message: "'\(name)' is a Python keyword and cannot be used as a value here", span: token.span,
                                 hint: ["if", "for", "while", "def"].contains(name) ? "'\(name)' starts a line of its own" : nil)
            }
            _ = advance()
            switch name {
            case "True", "true": return Expression(.boolean(true), token.span)
            case "False", "false": return Expression(.boolean(false), token.span)
            case "None": return Expression(.none, token.span)
            case "np" where current.isSymbol("."), "numpy" where current.isSymbol("."): return try parseNumpyPath(prefix: token)
            default: return Expression(.name(name), token.span)
            }
        case .symbol("("):
            return try parseParenthesized()
        case .symbol("["):
            return try parseBracketDisplay()
        case .symbol("{"):
            return try parseBraceDisplay()
        case .endOfLine, .newline:
            throw Diagnostic(message: "the line ends where a value was expected", span: token.span)
        case .indent, .dedent:
            throw Diagnostic(message: "expected a value, found \(describe(token))", span: token.span)
        case let .symbol(s):
            if s == ")" || s == "]" || s == "}" {
                throw Diagnostic(message: "unmatched '\(s)'", span: token.span)
            }
            throw Diagnostic(message: "expected a value, found '\(s)'", span: token.span)
        }
    }

    /// `np.sum`, `np.random.randn`, `np.pi`: the path after the prefix names a function or constant.
    private mutating func parseNumpyPath(prefix: Token) throws(Diagnostic) -> Expression {
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

    /// `(expr)`, a tuple `(a, b)`, `(a,)`, `()`, or a generator `(x for x in xs)` (read as a list).
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
            if current.isSymbol("*") {
                let star = advance()
                let inner = try parseOr()
                elements.append(Expression(.starred(inner), .covering(star.span, inner.span)))
            } else {
                elements.append(try parseExpression())
            }
            if elements.count == 1, !sawComma, isKeyword("for") {
                let comprehension = try parseComprehension(kind: .list, element: elements[0], open: open)
                let close = try expect(")", "to close the generator")
                return Expression(comprehension.kind, .covering(open.span, close.span))
            }
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

    /// What a `[` opens, read from the tokens up to its `]`: a `;` at its top level makes an Octave
    /// matrix (`[1 2; 3 4]`), a `,` or a `for` a Python list or comprehension (`[1, 2]`,
    /// `[[1, 2], [3, 4]]`); without either, elements separated by spaces are an Octave row (`[1 2 3]`,
    /// `[A B]`) and one element is a list of one.
    private func bracketHoldsPythonList() -> Bool {
        var level = 0, sawComma = false, sawFor = false
        for token in tokens[(position + 1)...] {
            switch token.kind {
            case .symbol("("), .symbol("["), .symbol("{"): level += 1
            case .symbol(")"), .symbol("}"): level -= 1
            case .symbol("]"):
                if level == 0 { return sawComma || sawFor }
                level -= 1
            case .symbol(";") where level == 0: return false
            case .symbol(",") where level == 0: sawComma = true
            case .identifier("for") where level == 0: sawFor = true
            case .endOfLine: return sawComma || sawFor
            default: break
            }
        }
        return sawComma || sawFor
    }

    private mutating func parseBracketDisplay() throws(Diagnostic) -> Expression {
        guard bracketHoldsPythonList() else { return try parseMatrixLiteral() }
        let open = advance()
        let saved = inMatrixLiteral
        inMatrixLiteral = false
        defer { inMatrixLiteral = saved }
        var elements: [Expression] = []
        while !current.isSymbol("]") {
            if current.kind == .endOfLine {
                throw Diagnostic(message: "this '[' is never closed", span: open.span, hint: "add ']' at the end")
            }
            if current.isSymbol("*") {
                let star = advance()
                let inner = try parseOr()
                elements.append(Expression(.starred(inner), .covering(star.span, inner.span)))
            } else {
                elements.append(try parseExpression())
            }
            if elements.count == 1, isKeyword("for") {
                let comprehension = try parseComprehension(kind: .list, element: elements[0], open: open)
                let close = try expect("]", "to close the list comprehension")
                return Expression(comprehension.kind, .covering(open.span, close.span))
            }
            if current.isSymbol(",") {
                _ = advance()
            } else if !current.isSymbol("]") {
                if current.kind == .endOfLine {
                    throw Diagnostic(message: "this '[' is never closed", span: open.span, hint: "add ']' at the end")
                }
                throw Diagnostic(message: "expected ',' or ']' in the list, found \(describe(current))", span: current.span)
            }
        }
        let close = advance()
        return Expression(.list(elements), .covering(open.span, close.span))
    }

    /// `{"W1": W1, "b1": b1}`, `{}`, `{k: v for k, v in d.items()}`.
    private mutating func parseBraceDisplay() throws(Diagnostic) -> Expression {
        let open = advance()
        let saved = inMatrixLiteral
        inMatrixLiteral = false
        defer { inMatrixLiteral = saved }
        var entries: [DictionaryEntry] = []
        while !current.isSymbol("}") {
            if current.kind == .endOfLine {
                throw Diagnostic(message: "this '{' is never closed", span: open.span, hint: "add '}' at the end")
            }
            let key = try parseExpression()
            guard current.isSymbol(":") else {
                throw Diagnostic(message: "Backprop has no sets: '{' opens a dict of key: value pairs", span: current.span,
                                 hint: "for a collection of values use a list: [a, b, c]")
            }
            _ = advance()
            let value = try parseExpression()
            if entries.isEmpty, isKeyword("for") {
                let comprehension = try parseComprehension(kind: .dictionary(key: key), element: value, open: open)
                let close = try expect("}", "to close the dict comprehension")
                return Expression(comprehension.kind, .covering(open.span, close.span))
            }
            entries.append(DictionaryEntry(key: key, value: value))
            if current.isSymbol(",") {
                _ = advance()
            } else if !current.isSymbol("}") {
                if current.kind == .endOfLine {
                    throw Diagnostic(message: "this '{' is never closed", span: open.span, hint: "add '}' at the end")
                }
                throw Diagnostic(message: "expected ',' or '}' in the dict, found \(describe(current))", span: current.span)
            }
        }
        let close = advance()
        return Expression(.dictionary(entries), .covering(open.span, close.span))
    }

    /// `[1 2 -1; 3 4 -3.2]`, `[A B]`, `[A; B]`, `[1, 2; 3, 4]`.
    private mutating func parseMatrixLiteral() throws(Diagnostic) -> Expression {
        let open = advance()
        let saved = inMatrixLiteral
        inMatrixLiteral = true
        defer { inMatrixLiteral = saved }
        var rows: [[Expression]] = [[]]
        while !current.isSymbol("]") {
            switch current.kind {
            case .endOfLine:
                throw Diagnostic(message: "this '[' is never closed", span: open.span, hint: "add ']' at the end")
            case .symbol(";"):
                _ = advance()
                rows.append([])
                continue
            case .symbol(","):
                _ = advance()
                continue
            default:
                if !rows[rows.count - 1].isEmpty && !previous.isSymbol(",") {
                    guard current.hasSpaceBefore || current.isSymbol("[") else {
                        throw Diagnostic(message: "expected ',', ';' or ']' in the matrix, found \(describe(current))", span: current.span)
                    }
                }
                rows[rows.count - 1].append(try parseExpression())
            }
        }
        let close = advance()
        let span = SourceSpan.covering(open.span, close.span)
        // `[]` and `[x]` are Python's lists of none and of one.
        if rows.count == 1 && rows[0].count <= 1 { return Expression(.list(rows[0]), span) }
        if rows.count > 1 && rows.last?.isEmpty == true { rows.removeLast() }  // `[1 2;]`
        return Expression(.matrixLiteral(rows: rows, isNestedList: false), span)
    }

    /// One string, or several written side by side (`"a" "b"` is `"ab"`, as in Python); f-strings among them.
    private mutating func parseStrings() throws(Diagnostic) -> Expression {
        let first = current
        var parts: [FormattedPart] = []
        var isFormatted = false
        while true {
            switch current.kind {
            case let .string(text):
                parts.append(.literal(text))
            case let .formattedString(body, offset, isRaw):
                isFormatted = true
                parts += try formattedParts(body, offset: offset, isRaw: isRaw)
            default:
                let span = SourceSpan.covering(first.span, previous.span)
                if !isFormatted {
                    let text = parts.map { if case let .literal(t) = $0 { return t } else { return "" } }.joined()
                    return Expression(.string(text), span)
                }
                return Expression(.formattedString(parts), span)
            }
            _ = advance()
        }
    }
}
