/// Tab completion: commands, functions, `np.` names, variables and attributes.
extension Session {
    /// The word being completed (the identifier characters just before the cursor) and the
    /// words that could replace it, sorted.
    public func completions(forLineBeforeCursor line: String) -> (word: String, candidates: [String]) {
        let word = String(line.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        let before = String(line.dropLast(word.count))
        let statementStart = before.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? before
        let leading = statementStart.drop { $0 == " " }
        var vocabulary: [String]
        if before.hasSuffix("np.random.") || before.hasSuffix("numpy.random.") {
            vocabulary = names(under: "random.")
        } else if before.hasSuffix("np.linalg.") || before.hasSuffix("numpy.linalg.") {
            vocabulary = names(under: "linalg.")
        } else if before.hasSuffix("np.") || before.hasSuffix("numpy.") {
            vocabulary = functions.functions.filter(\.isNumpy).map(\.name).filter { !$0.contains(".") } + ["random", "linalg", "pi", "e", "inf", "nan"]
        } else if before.hasSuffix(".") {
            vocabulary = ["T", "shape", "size", "ndim"] + Evaluator.methodNames
        } else if leading.hasPrefix("help ") || leading.hasPrefix("?") {
            vocabulary = commands.allNames + functions.allNames + ["functions", "commands", "language", "stepper"]
        } else if leading.isEmpty {
            vocabulary = commands.allNames + environment.variableNames + bareFunctionNames + ["np"]
        } else if let name = leading.split(separator: " ").first.map(String.init), let command = commands.lookUp(name), leading.contains(" ") {
            vocabulary = command.argumentWords + environment.variableNames
        } else {
            vocabulary = environment.variableNames + bareFunctionNames + ["np", "True", "False", "None"]
        }
        let candidates = Set(vocabulary.filter { $0.hasPrefix(word) })
        return (word, candidates.sorted())
    }

    private var bareFunctionNames: [String] {
        functions.allNames.filter { !$0.contains(".") }
    }

    private func names(under prefix: String) -> [String] {
        functions.allNames.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }
}
