/// REPL commands (`whos`, `clear W1`, `forward`, `%cost`): a registered word at the start of a
/// top-level line, followed by raw words.
extension Parser {
    /// A line that is one command whose words are not all the language's tokens, such as
    /// `data load runs/2024-05/points.csv` (`2024` cannot start a name): each word tokenized on
    /// its own, and a word that does not tokenize kept whole as a string, so the command gets it
    /// as written. nil when the line is not one command, and the tokenizer's error stands.
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
        var first = Tokenizer(words[0].text(in: characters))
        guard let name = try? first.tokenize(), name.count == 3, let word = name[0].identifier, isCommand(word) else { return nil }
        var tokens: [Token] = []
        for span in words {
            var tokenizer = Tokenizer(span.text(in: characters))
            let before = span.start > 0, after = span.end < characters.count
            if let lexed = try? tokenizer.tokenize() {
                let wordTokens = lexed.filter { $0.kind != .newline && $0.kind != .endOfLine }
                for (offset, token) in wordTokens.enumerated() {
                    var shifted = token
                    shifted.span = SourceSpan(token.span.start + span.start, token.span.end + span.start)
                    if offset == 0 { shifted.hasSpaceBefore = before }
                    if offset == wordTokens.count - 1 { shifted.hasSpaceAfter = after }
                    tokens.append(shifted)
                }
            } else {
                tokens.append(Token(kind: .string(span.text(in: characters)), span: span, hasSpaceBefore: before, hasSpaceAfter: after))
            }
        }
        tokens.append(Token(kind: .newline, span: SourceSpan(characters.count, characters.count), hasSpaceBefore: false, hasSpaceAfter: false))
        tokens.append(Token(kind: .endOfLine, span: SourceSpan(characters.count, characters.count + 1), hasSpaceBefore: false, hasSpaceAfter: false))
        return tokens
    }

    /// A command word starts a command unless what follows makes it an expression (`help = 3`, `clear(1)`).
    func startsCommand(after word: Token) -> Bool {
        let following = next
        switch following.kind {
        case .endOfLine, .newline: return true
        case .symbol(let s): return s == ";" || s == "?" || (s == "-" && !following.hasSpaceAfter && following.hasSpaceBefore)
        default: return following.hasSpaceBefore
        }
    }

    mutating func parseCommand(name: String, nameToken: Token) -> Statement {
        var arguments: [Token] = []
        while !current.endsStatement && !current.isSymbol(";") {
            arguments.append(advance())
        }
        let end = arguments.last?.span.end ?? nameToken.span.end
        let text = arguments.isEmpty || source == nil ? "" : SourceSpan(arguments[0].span.start, end).text(in: source!.characters)
        return Statement(kind: .command(name: name, arguments: arguments, argumentText: text),
                         span: SourceSpan(nameToken.span.start, end), isSilenced: false)
    }
}
