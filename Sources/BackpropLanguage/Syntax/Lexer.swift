/// Splits one line into tokens. Comments start with `#` and run to the end of the line.
public struct Lexer {
    private let characters: [Character]
    private var position = 0

    public init(_ line: String) {
        characters = Array(line)
    }

    /// Longest match first, so `**` is not read as two `*`.
    private static let symbols = [
        "**=", "//=", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "@=",
        "+", "-", "*", "/", "%", "@", "=", "<", ">", "(", ")", "[", "]", ",", ";", ":", ".", "?", "{", "}",
    ]

    public mutating func tokenize() throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        while true {
            let spaceBefore = skipWhitespace()
            if position >= characters.count || characters[position] == "#" {
                tokens.append(Token(kind: .endOfLine, span: SourceSpan(characters.count, characters.count + 1),
                                    hasSpaceBefore: spaceBefore, hasSpaceAfter: false))
                break
            }
            var token = try nextToken()
            token.hasSpaceBefore = spaceBefore
            token.hasSpaceAfter = position >= characters.count || characters[position].isWhitespace
            tokens.append(token)
        }
        return tokens
    }

    private mutating func skipWhitespace() -> Bool {
        let start = position
        while position < characters.count, characters[position].isWhitespace { position += 1 }
        return position > start || start == 0
    }

    private mutating func nextToken() throws(Diagnostic) -> Token {
        let start = position
        let c = characters[position]
        if c.isNumber || (c == "." && position + 1 < characters.count && characters[position + 1].isNumber) {
            return try number()
        }
        if c.isLetter || c == "_" {
            while position < characters.count, characters[position].isLetter || characters[position].isNumber || characters[position] == "_" {
                position += 1
            }
            return make(.identifier(String(characters[start..<position])), from: start)
        }
        if c == "\"" || c == "'" {
            position += 1
            while position < characters.count, characters[position] != c { position += 1 }
            guard position < characters.count else {
                throw Diagnostic(message: "this string is never closed: add a \(c) at the end", span: SourceSpan(start, start + 1))
            }
            position += 1
            return make(.string(String(characters[(start + 1)..<(position - 1)])), from: start)
        }
        for symbol in Lexer.symbols where matches(symbol) {
            position += symbol.count
            return make(.symbol(symbol), from: start)
        }
        throw Diagnostic(message: "unexpected character '\(c)'" + (c == "\0" ? " (a NUL byte)" : ""), span: SourceSpan(start, start + 1))
    }

    private func matches(_ symbol: String) -> Bool {
        var index = position
        for s in symbol {
            guard index < characters.count, characters[index] == s else { return false }
            index += 1
        }
        return true
    }

    private mutating func number() throws(Diagnostic) -> Token {
        let start = position
        var isInteger = true
        func digits() { while position < characters.count, characters[position].isASCII, characters[position].isNumber { position += 1 } }
        digits()
        // A '.' followed by a letter is an attribute (`1.T` is not a thing, but `x.T` after `2.` is rare);
        // numpy-style `1.` is a float.
        if position < characters.count, characters[position] == "." {
            let next = position + 1 < characters.count ? characters[position + 1] : " "
            if !(next.isLetter && next != "e" && next != "E") {
                isInteger = false
                position += 1
                digits()
            }
        }
        if position < characters.count, characters[position] == "e" || characters[position] == "E" {
            var look = position + 1
            if look < characters.count, characters[look] == "+" || characters[look] == "-" { look += 1 }
            if look < characters.count, characters[look].isASCII, characters[look].isNumber {
                isInteger = false
                position = look
                digits()
            }
        }
        let text = String(characters[start..<position])
        guard let value = Double(text) else {
            throw Diagnostic(message: "'\(text)' is not a number", span: SourceSpan(start, position))
        }
        if position < characters.count, characters[position].isLetter || characters[position] == "_" {
            throw Diagnostic(message: "a name cannot start with a digit: '\(text)\(characters[position])...'", span: SourceSpan(start, position + 1))
        }
        if isInteger, let exact = Int(text) { return make(.integer(exact), from: start) }
        return make(.number(value, isInteger: isInteger), from: start)
    }

    private func make(_ kind: Token.Kind, from start: Int) -> Token {
        Token(kind: kind, span: SourceSpan(start, position), hasSpaceBefore: false, hasSpaceAfter: false)
    }
}
