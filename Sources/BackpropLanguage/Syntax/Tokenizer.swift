import BigInt

/// Splits source text into tokens as CPython's tokenizer does: a NEWLINE ends each logical line,
/// INDENT and DEDENT mark where blocks open and close (an indentation stack), and inside
/// brackets line ends are only whitespace. Comments start with `#`. A line ending in `\`
/// continues on the next.
public struct Tokenizer {
    private let characters: [Character]
    private var position = 0
    /// Open brackets: while any is open, a line end does not end the statement.
    private var openBrackets: [(symbol: Character, offset: Int)] = []
    /// The indentation of each open block, outermost first (CPython's indent stack).
    private var indents = [0]
    private var tokens: [Token] = []
    /// True once the current logical line has a token (so a NEWLINE is due at its end).
    private var lineHasTokens = false

    /// True after `tokenize` when a bracket was left open (the statement goes on in more lines).
    public var hasOpenBrackets: Bool { !openBrackets.isEmpty }

    public init(_ source: String) {
        characters = Array(source)
    }

    public init(characters: [Character]) {
        self.characters = characters
    }

    /// Longest match first, so `**` is not read as two `*`.
    private static let symbols = [
        "**=", "//=", "<<=", ">>=", "->", "<<", ">>", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "@=", "%=", "&=", "|=", "^=",
        "+", "-", "*", "/", "%", "@", "=", "<", ">", "(", ")", "[", "]", ",", ";", ":", ".", "?", "{", "}",
        "&", "|", "^", "~",
    ]
    /// Each symbol with its characters, read once: iterating a string's characters for every
    /// symbol at every operator was a third of the time a long file took to read.
    private static let symbolCharacters = symbols.map { (symbol: $0, characters: Array($0)) }

    public mutating func tokenize() throws(Diagnostic) -> [Token] {
        var atLineStart = true
        while true {
            if atLineStart && openBrackets.isEmpty {
                try readIndentation()
                atLineStart = false
            }
            let spaceBefore = skipSpaces()
            guard position < characters.count else { break }
            let c = characters[position]
            if c == "#" {
                while position < characters.count, characters[position] != "\n" { position += 1 }
                continue
            }
            if c == "\\", position + 1 < characters.count, characters[position + 1] == "\n" || characters[position + 1] == "\r" {
                position += characters[position + 1] == "\r" && position + 2 < characters.count && characters[position + 2] == "\n" ? 3 : 2
                continue
            }
            if c == "\n" || c == "\r" {
                position += 1
                if c == "\r", position < characters.count, characters[position] == "\n" { position += 1 }
                if openBrackets.isEmpty {
                    endLogicalLine(at: position - 1)
                    atLineStart = true
                }
                continue
            }
            var token = try nextToken()
            token.hasSpaceBefore = spaceBefore
            token.hasSpaceAfter = position >= characters.count || characters[position].isWhitespace
            tokens.append(token)
            lineHasTokens = true
        }
        if openBrackets.isEmpty { endLogicalLine(at: characters.count) }
        for _ in indents.dropFirst() { tokens.append(marker(.dedent, at: characters.count)) }
        tokens.append(Token(kind: .endOfLine, span: SourceSpan(characters.count, characters.count + 1), hasSpaceBefore: true, hasSpaceAfter: false))
        return tokens
    }

    private mutating func endLogicalLine(at offset: Int) {
        guard lineHasTokens else { return }
        tokens.append(marker(.newline, at: offset))
        lineHasTokens = false
    }

    private func marker(_ kind: Token.Kind, at offset: Int) -> Token {
        Token(kind: kind, span: SourceSpan(offset, offset), hasSpaceBefore: true, hasSpaceAfter: true)
    }

    /// At the start of a line: a blank or comment-only line is skipped; otherwise its indentation
    /// opens a block (INDENT) or closes blocks (a DEDENT each) against the stack.
    private mutating func readIndentation() throws(Diagnostic) {
        while true {
            let lineStart = position
            var width = 0
            while position < characters.count, characters[position] == " " || characters[position] == "\t" || characters[position] == "\u{0C}" {
                width = characters[position] == "\t" ? (width / 8 + 1) * 8 : width + 1
                position += 1
            }
            guard position < characters.count else { return }
            let c = characters[position]
            if c == "#" || c == "\n" || c == "\r" || (c == "\\" && position + 1 < characters.count && characters[position + 1] == "\n") {
                // Nothing on this line counts: skip to the next line.
                while position < characters.count, characters[position] != "\n" { position += 1 }
                if position < characters.count { position += 1 }
                continue
            }
            if width > indents[indents.count - 1] {
                indents.append(width)
                tokens.append(marker(.indent, at: position))
            } else {
                while width < indents[indents.count - 1] {
                    indents.removeLast()
                    tokens.append(marker(.dedent, at: position))
                }
                guard width == indents[indents.count - 1] else {
                    throw Diagnostic(message: "unindent does not match any outer indentation level", span: SourceSpan(lineStart, position),
                                     hint: "indent this line as far as a line of the block it belongs to")
                }
            }
            return
        }
    }

    /// Spaces and tabs within a line; true when there were any (or at a line's first token).
    private mutating func skipSpaces() -> Bool {
        let start = position
        while position < characters.count {
            let c = characters[position]
            if c == " " || c == "\t" || c == "\u{0C}" || (!openBrackets.isEmpty && (c == "\n" || c == "\r")) {
                position += 1
            } else if !openBrackets.isEmpty && c == "#" {
                while position < characters.count, characters[position] != "\n" { position += 1 }
            } else if !openBrackets.isEmpty && c == "\\" && position + 1 < characters.count && characters[position + 1] == "\n" {
                position += 2
            } else {
                break
            }
        }
        return position > start || start == 0 || characters[start - 1].isWhitespace
    }

    private mutating func nextToken() throws(Diagnostic) -> Token {
        let start = position
        let c = characters[position]
        if c.isDigitOrNumber || (c == "." && position + 1 < characters.count && characters[position + 1].isDigitOrNumber) {
            return try number()
        }
        if c.isLetterOfAName || c == "_" {
            while position < characters.count, characters[position].isLetterOfAName || characters[position].isDigitOrNumber || characters[position] == "_" {
                position += 1
            }
            let word = Tokenizer.text(characters[start..<position])
            if position < characters.count, characters[position] == "\"" || characters[position] == "'",
               let prefix = StringPrefix(word) {
                return try string(from: start, prefix: prefix)
            }
            return make(.identifier(word), from: start)
        }
        if c == "\"" || c == "'" {
            return try string(from: start, prefix: StringPrefix("")!)
        }
        for (symbol, symbolCharacters) in Tokenizer.symbolCharacters where symbolCharacters[0] == c && matches(symbolCharacters) {
            position += symbolCharacters.count
            try track(bracket: symbol, at: start)
            return make(.symbol(symbol), from: start)
        }
        throw Diagnostic(message: "unexpected character '\(c)'" + (c == "\0" ? " (a NUL byte)" : ""), span: SourceSpan(start, start + 1))
    }

    private mutating func track(bracket symbol: String, at offset: Int) throws(Diagnostic) {
        switch symbol {
        case "(", "[", "{":
            openBrackets.append((symbol.first!, offset))
        case ")", "]", "}":
            let opening: Character = symbol == ")" ? "(" : symbol == "]" ? "[" : "{"
            if let last = openBrackets.last, last.symbol != opening {
                throw Diagnostic(message: "closing '\(symbol)' does not match the opening '\(last.symbol)'", span: SourceSpan(offset, offset + 1),
                                 notes: ["the '\(last.symbol)' it would close is at column \(last.offset + 1) of its line"])
            }
            if !openBrackets.isEmpty { openBrackets.removeLast() }
        default:
            break
        }
    }

    private func matches(_ symbol: [Character]) -> Bool {
        var index = position
        for s in symbol {
            guard index < characters.count, characters[index] == s else { return false }
            index += 1
        }
        return true
    }

    /// What a letter prefix makes of a string: `r` keeps backslashes, `f` is an f-string.
    private struct StringPrefix {
        var isRaw = false
        var isFormatted = false
        var isBytes = false

        init?(_ word: String) {
            for letter in word.lowercased() {
                switch letter {
                case "r" where !isRaw: isRaw = true
                case "f" where !isFormatted && !isBytes: isFormatted = true
                case "b" where !isBytes && !isFormatted: isBytes = true
                case "u" where word.count == 1: break
                default: return nil
                }
            }
        }
    }

    /// A string literal: '…', "…", '''…''' or """…""" (which may span lines), after its prefix.
    private mutating func string(from start: Int, prefix: StringPrefix) throws(Diagnostic) -> Token {
        let quote = characters[position]
        let isTriple = position + 2 < characters.count && characters[position + 1] == quote && characters[position + 2] == quote
        position += isTriple ? 3 : 1
        let bodyStart = position
        var body: [Character] = []
        while true {
            guard position < characters.count else {
                throw Diagnostic(message: isTriple ? "this triple-quoted string is never closed: add \(String(repeating: quote, count: 3)) at its end"
                                                   : "this string is never closed: add a \(quote) at the end", span: SourceSpan(start, bodyStart))
            }
            let c = characters[position]
            if c == "\\", position + 1 < characters.count {
                body.append(c)
                body.append(characters[position + 1])
                position += 2
                continue
            }
            if !isTriple && (c == "\n" || c == "\r") {
                throw Diagnostic(message: "this string is never closed on its line: add a \(quote) at the end", span: SourceSpan(start, position),
                                 hint: "a string that spans lines needs triple quotes: \(String(repeating: quote, count: 3))…\(String(repeating: quote, count: 3))")
            }
            if c == quote {
                if !isTriple { position += 1; break }
                if position + 2 < characters.count, characters[position + 1] == quote, characters[position + 2] == quote {
                    position += 3
                    break
                }
            }
            body.append(c)
            position += 1
        }
        let raw = String(body)
        if prefix.isFormatted {
            return make(.formattedString(raw, bodyOffset: bodyStart, isRaw: prefix.isRaw), from: start)
        }
        return make(.string(prefix.isRaw ? raw : Tokenizer.unescape(raw)), from: start)
    }

    /// Python's backslash escapes: `\n`, `\t`, `\\`, `\'`, `\xhh`, `\uXXXX`; an unknown escape stays as written.
    public static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            let c = characters[index]
            guard c == "\\", index + 1 < characters.count else { out.append(c); index += 1; continue }
            let next = characters[index + 1]
            index += 2
            switch next {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "0": out.append("\0")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "v": out.append("\u{0B}")
            case "\\", "'", "\"": out.append(next)
            case "\n": break  // a backslash before a line end joins the lines
            case "x", "u", "U":
                let length = next == "x" ? 2 : next == "u" ? 4 : 8
                let digits = String(characters[index..<min(characters.count, index + length)])
                if digits.count == length, let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) {
                    out.unicodeScalars.append(scalar)
                    index += length
                } else {
                    out.append("\\"); out.append(next)
                }
            default:
                out.append("\\"); out.append(next)
            }
        }
        return out
    }

    private mutating func number() throws(Diagnostic) -> Token {
        let start = position
        // 0x1f, 0o17, 0b101: Python's other bases.
        if characters[position] == "0", position + 1 < characters.count,
           let radix = Tokenizer.radix(prefix: characters[position + 1]) {
            position += 2
            let digitsStart = position
            while position < characters.count, characters[position].isHexDigit || characters[position] == "_" { position += 1 }
            let digits = String(characters[digitsStart..<position].filter { $0 != "_" })
            guard !digits.isEmpty, let value = BigInt(digits, radix: radix) else {
                throw Diagnostic(message: "'\(String(characters[start..<position]))' is not a base-\(radix) number", span: SourceSpan(start, position))
            }
            if let small = Int(exactly: value) { return make(.integer(small), from: start) }
            return make(.bigInteger(value.description), from: start)
        }
        var isInteger = true
        func digits() {
            while position < characters.count, characters[position].isASCII,
                  characters[position].isDigitOrNumber || (characters[position] == "_" && position + 1 < characters.count && characters[position + 1].isDigitOrNumber) {
                position += 1
            }
        }
        digits()
        // `1.` is a float; `x.T` after a number is not a thing, so `.` then a letter other than e ends it.
        if position < characters.count, characters[position] == "." {
            let next = position + 1 < characters.count ? characters[position + 1] : " "
            if !(next.isLetterOfAName && next != "e" && next != "E") {
                isInteger = false
                position += 1
                digits()
            }
        }
        if position < characters.count, characters[position] == "e" || characters[position] == "E" {
            var look = position + 1
            if look < characters.count, characters[look] == "+" || characters[look] == "-" { look += 1 }
            if look < characters.count, characters[look].isASCII, characters[look].isDigitOrNumber {
                isInteger = false
                position = look
                digits()
            }
        }
        let text = Tokenizer.text(characters[start..<position]).replacingUnderscores()
        guard let value = Double(text) else {
            throw Diagnostic(message: "'\(text)' is not a number", span: SourceSpan(start, position))
        }
        if position < characters.count, characters[position].isLetterOfAName || characters[position] == "_" {
            throw Diagnostic(message: "a name cannot start with a digit: '\(text)\(characters[position])...'", span: SourceSpan(start, position + 1))
        }
        if isInteger, let exact = Int(text) { return make(.integer(exact), from: start) }
        if isInteger { return make(.bigInteger(text), from: start) }
        return make(.number(value, isInteger: false), from: start)
    }

    /// A name's or a number's text. Most are ASCII, made from their bytes: a string built up
    /// character by character (each one a string of its own) cost more than tokenizing it.
    private static func text(_ run: ArraySlice<Character>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: run.count) { bytes in
            for (offset, character) in zip(0..., run) {
                guard let ascii = character.asciiValue, character.utf8.count == 1 else { return String(run) }
                bytes[offset] = ascii
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The base a `0x`, `0o` or `0b` prefix's letter gives.
    private static func radix(prefix letter: Character) -> Int? {
        switch letter {
        case "x", "X": return 16
        case "o", "O": return 8
        case "b", "B": return 2
        default: return nil
        }
    }

    private func make(_ kind: Token.Kind, from start: Int) -> Token {
        Token(kind: kind, span: SourceSpan(start, position), hasSpaceBefore: false, hasSpaceAfter: false)
    }
}

private extension Character {
    // Unicode's property tables answer `isLetter` and `isNumber` for any character; most source
    // text is ASCII, answered here without them (the same answers).
    var isLetterOfAName: Bool {
        guard let ascii = asciiValue else { return isLetter }
        return (ascii | 0x20) >= UInt8(ascii: "a") && (ascii | 0x20) <= UInt8(ascii: "z")
    }

    var isDigitOrNumber: Bool {
        guard let ascii = asciiValue else { return isNumber }
        return ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")
    }
}

private extension String {
    func replacingUnderscores() -> String { contains("_") ? String(filter { $0 != "_" }) : self }
}
