/// Tab completion: commands, keywords, the learner's variables and functions (their parameters
/// after `f(`), dict keys inside `d["`, methods of lists, dicts and strings, Python's built-ins,
/// `np.`, `math.` and `copy.` names.
extension Session {
    /// What Tab may do with the text before the cursor.
    public struct CompletionOffer: Equatable, Sendable {
        /// The text just before the cursor that a candidate replaces.
        public var word: String
        /// Replacements for `word`, sorted.
        public var candidates: [String]
        /// Typed after a candidate that is the only one: `"]` after a dict key.
        public var suffix: String = ""
        /// The candidates are shown and never inserted: a function's signature after `f(`.
        public var isHint = false
    }

    /// The word being completed (the identifier characters just before the cursor) and the
    /// words that could replace it, sorted.
    public func completions(forLineBeforeCursor line: String) -> (word: String, candidates: [String]) {
        let offer = completion(forLineBeforeCursor: line)
        return (offer.word, offer.candidates)
    }

    /// What Tab offers for `line`, the text before the cursor. Only the current line counts:
    /// on a continuation prompt, or in a recalled cell, the text after its last newline.
    public func completion(forLineBeforeCursor text: String) -> CompletionOffer {
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? text
        if let offer = dictionaryKeyOffer(line) { return offer }
        let word = String(line.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        let before = String(line.dropLast(word.count))
        let statementStart = before.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? before
        let leading = statementStart.drop { $0 == " " || $0 == "\t" }
        // Tab in the indentation indents, as in IPython.
        if word.isEmpty, !line.isEmpty, line.allSatisfy({ $0 == " " || $0 == "\t" }) {
            return CompletionOffer(word: "", candidates: ["    "])
        }
        if !before.hasSuffix("."), let offer = callOffer(before: before, word: word) { return offer }
        var vocabulary: [String]
        if before.hasSuffix("np.random.") || before.hasSuffix("numpy.random.") {
            vocabulary = names(under: "random.")
        } else if before.hasSuffix("np.linalg.") || before.hasSuffix("numpy.linalg.") {
            vocabulary = names(under: "linalg.")
        } else if before.hasSuffix("np.") || before.hasSuffix("numpy.") {
            vocabulary = functions.functions.filter(\.isNumpy).map(\.name).filter { !$0.contains(".") } + ["random", "linalg", "pi", "e", "inf", "nan"]
        } else if before.hasSuffix(".") {
            vocabulary = attributes(before: String(before.dropLast()))
        } else if before.hasSuffix("%") {
            vocabulary = commands.allNames
        } else if leading.hasPrefix("help ") || leading.hasPrefix("?") {
            vocabulary = commands.allNames + functions.allNames + ["functions", "commands", "language", "stepper"]
                + ["def", "for", "while", "if", "dict", "list", "str", "f-string", "import"]
        } else if leading.isEmpty {
            vocabulary = commands.allNames + environment.variableNames + bareFunctionNames + ["np"] + Session.keywords
                + PythonBuiltins.names + PythonModules.names
        } else if let name = leading.split(separator: " ").first.map(String.init), let command = commands.lookUp(name), leading.contains(" "),
                  environment[name] == nil {
            vocabulary = command.argumentWords + environment.variableNames
        } else {
            vocabulary = environment.variableNames + bareFunctionNames + ["np"] + Session.expressionKeywords
                + PythonBuiltins.names + PythonModules.names
        }
        let candidates = Set(vocabulary.filter { $0.hasPrefix(word) })
        return CompletionOffer(word: word, candidates: candidates.sorted())
    }

    /// Python's keywords the language knows, offered where a statement starts.
    static let keywords = ["def", "return", "for", "while", "if", "elif", "else", "import", "from", "lambda", "pass", "break",
                           "continue", "assert", "del", "global", "True", "False", "None", "in", "not", "and", "or", "is"]
    /// The ones that may appear inside an expression.
    static let expressionKeywords = ["True", "False", "None", "in", "not", "and", "or", "is", "lambda", "if", "else", "for"]


    /// What may follow `receiver.`: a list's, dict's or string's methods, a module's names, or a matrix's attributes.
    private func attributes(before receiver: String) -> [String] {
        if receiver.hasSuffix("\"") || receiver.hasSuffix("'") { return Evaluator.stringMethods }
        let name = String(receiver.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        let isAttributeOfSomething = receiver.dropLast(name.count).last == "."
        if !isAttributeOfSomething {
            switch environment[name] {
            case .list?: return Evaluator.listMethods
            case .dictionary?: return Evaluator.dictionaryMethods
            case .string?: return Evaluator.stringMethods
            default: break
            }
            if environment[name] == nil {
                if name == "math" { return Array(PythonModules.mathFunctions) + Array(PythonModules.mathConstants.keys) }
                if name == "copy" { return ["copy", "deepcopy"] }
            }
        }
        return ["T", "shape", "size", "ndim"] + Evaluator.methodNames
    }

    /// Inside `d["` or `d['`: the dict variable's string keys, then the closing quote and bracket.
    private func dictionaryKeyOffer(_ line: String) -> CompletionOffer? {
        guard let quoteIndex = line.lastIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
        let quote = line[quoteIndex]
        let typed = String(line[line.index(after: quoteIndex)...])
        let beforeQuote = line[..<quoteIndex]
        guard beforeQuote.last == "[" else { return nil }
        // An odd number of quotes before it means this one closes a string rather than opening one.
        guard beforeQuote.filter({ $0 == quote }).count % 2 == 0 else { return nil }
        let receiver = beforeQuote.dropLast()
        let name = String(receiver.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        guard !name.isEmpty, case let .dictionary(dictionary)? = environment[name] else { return nil }
        let keys = dictionary.keys.compactMap { key -> String? in
            if case let .string(text) = key, !text.contains(quote) { return text } else { return nil }
        }
        return CompletionOffer(word: typed, candidates: Set(keys.filter { $0.hasPrefix(typed) }).sorted(), suffix: String(quote) + "]")
    }

    /// Inside a call `f(…` where an argument starts: with nothing typed, `f`'s signature (shown,
    /// not inserted); with a word, `f`'s parameter names as keywords (`num_iterations=`) beside
    /// every other name.
    private func callOffer(before: String, word: String) -> CompletionOffer? {
        guard let open = Session.openParenthesis(in: before) else { return nil }
        let afterOpen = before[before.index(after: open)...]
        // Only where an argument starts: right after `(` or a `,`.
        let trimmed = afterOpen.reversed().drop { $0 == " " }
        guard trimmed.isEmpty || trimmed.first == "," else { return nil }
        let calleeText = before[..<open]
        let callee = String(calleeText.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }.reversed())
        guard let (signature, parameters) = signature(of: callee) else { return nil }
        if word.isEmpty { return CompletionOffer(word: "", candidates: [signature], isHint: true) }
        let keywords = parameters.map { $0 + "=" }
        let others = environment.variableNames + bareFunctionNames + ["np"] + Session.expressionKeywords + PythonBuiltins.names
            + PythonModules.names
        return CompletionOffer(word: word, candidates: Set((keywords + others).filter { $0.hasPrefix(word) }).sorted())
    }

    /// The signature and keyword-usable parameter names of the function `callee` names: the
    /// learner's own first, then Python's built-ins and numpy's.
    private func signature(of callee: String) -> (String, [String])? {
        if !callee.contains("."), case let .function(function)? = environment[callee] {
            let names = function.definition.parameters.filter { $0.kind == .positional }.map(\.name)
            return (function.signature, names)
        }
        if !callee.contains("."), let entry = PythonBuiltins.entry(callee) { return (entry.signature, []) }
        let path = callee.hasPrefix("np.") ? String(callee.dropFirst(3)) : callee.hasPrefix("numpy.") ? String(callee.dropFirst(6)) : callee
        if let function = functions.lookUp(path) {
            let shown = callee.hasPrefix("np.") || callee.hasPrefix("numpy.") ? callee : path
            return ("\(shown)(" + function.parameters.map(\.display).joined(separator: ", ") + ")",
                    function.parameters.filter { !$0.isVariadic }.map(\.name))
        }
        return nil
    }

    /// The innermost `(` still open at the end of `text`, outside strings.
    static func openParenthesis(in text: String) -> String.Index? {
        var stack: [(Character, String.Index)] = []
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == "\\" { index = text.index(after: index); if index == text.endIndex { break } }
                else if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                return nil
            } else if "([{".contains(character) {
                stack.append((character, index))
            } else if ")]}".contains(character) {
                _ = stack.popLast()
            }
            index = text.index(after: index)
        }
        guard quote == nil, let last = stack.last, last.0 == "(" else { return nil }
        return last.1
    }

    private var bareFunctionNames: [String] {
        functions.allNames.filter { !$0.contains(".") }
    }

    private func names(under prefix: String) -> [String] {
        functions.allNames.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }
}
