/// f-strings: the body split into text and `{expression!conversion:spec}` fields (FStringParser,
/// CPython's rules), each field's expression parsed where it stands in the source, so an error
/// inside it is underlined there.
extension Parser {
    mutating func formattedParts(_ body: String, offset: Int, isRaw: Bool) throws(Diagnostic) -> [FormattedPart] {
        let pieces: [FStringPart]
        do {
            pieces = try FStringParser.parse(body, raw: isRaw)
        } catch {
            let at = offset + Parser.characterOffset(error.offset ?? 0, in: body)
            throw Diagnostic(message: "f-string: \(error.message)", span: SourceSpan(at, at + 1))
        }
        return try formattedParts(pieces, body: body, offset: offset, isRaw: isRaw)
    }

    private mutating func formattedParts(_ pieces: [FStringPart], body: String, offset: Int, isRaw: Bool) throws(Diagnostic) -> [FormattedPart] {
        var parts: [FormattedPart] = []
        for piece in pieces {
            switch piece {
            case let .literal(text):
                parts.append(.literal(isRaw ? text : Tokenizer.unescape(text)))
            case let .field(field):
                let start = offset + Parser.characterOffset(field.expressionOffset, in: body)
                let expression = try Parser.fieldExpression(field.expression, at: start, source: source)
                let spec = try field.spec.map { nested throws(Diagnostic) in try formattedParts(nested, body: body, offset: offset, isRaw: isRaw) } ?? []
                parts.append(.field(expression, conversion: field.conversion.map(Character.init), spec: spec, debugText: field.debugText))
            }
        }
        return parts
    }

    /// The offset in characters of a position FStringParser gives in Unicode scalars.
    private static func characterOffset(_ scalars: Int, in body: String) -> Int {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: body.unicodeScalars.prefix(scalars))
        return String(view).count
    }

    /// A field's expression, tokenized on its own and placed at `start` in the source.
    private static func fieldExpression(_ text: String, at start: Int, source: SourceText?) throws(Diagnostic) -> Expression {
        // CPython compiles the field as if parenthesised, so it may span lines and hold spaces.
        var tokenizer = Tokenizer("(" + text + ")")
        var tokens: [Token]
        do {
            tokens = try tokenizer.tokenize()
        } catch {
            var shifted = error
            shifted.span = error.span.map { SourceSpan($0.start + start - 1, $0.end + start - 1) }
            throw shifted
        }
        for index in tokens.indices {
            tokens[index].span = SourceSpan(tokens[index].span.start + start - 1, tokens[index].span.end + start - 1)
        }
        guard tokens.contains(where: { ![.newline, .endOfLine].contains($0.kind) && !$0.isSymbol("(") && !$0.isSymbol(")") }) else {
            throw Diagnostic(message: "f-string: empty expression not allowed", span: SourceSpan(start, start + 1))
        }
        var parser = Parser(tokens: tokens, source: source)
        let expression = try parser.parseExpressionList()
        try parser.expectEnd()
        return expression
    }
}
