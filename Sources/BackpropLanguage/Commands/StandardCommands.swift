import MatrixEngine

/// The commands every session has: whos, clear, shape, help, format, quit.
public enum StandardCommands {
    public static let all: [Command] = [whos, clear, shape, help, precision, quit]

    static let whos = Command("whos", aliases: ["who"], usage: "whos",
                              summary: "lists every variable with its shape and a one-line summary",
                              example: "whos") { context throws(Diagnostic) in
        let environment = context.environment
        guard !environment.variableNames.isEmpty else {
            context.write("no variables yet (try: W1 = np.random.randn(4, 2) * 0.01)")
            return
        }
        var rows = [["Name", "Shape", "Kind", "Value"]]
        for name in environment.variableNames {
            guard let value = environment[name] else { continue }
            rows.append([name, value.shapeDescription, kindName(value), ValueFormatter.summary(value, options: environment.printOptions)])
        }
        context.write(TextTable.render(rows))
    }

    static func kindName(_ value: Value) -> String {
        switch value {
        case .integer: return "int"
        case .float: return "float"
        case .boolean: return "bool"
        case .array: return "ndarray"
        case .tuple: return "tuple"
        case .string: return "str"
        case .none: return "None"
        }
    }

    static let clear = Command("clear", usage: "clear [NAME ...]",
                               summary: "removes the named variables, or all of them",
                               example: "clear W1 b1") { context throws(Diagnostic) in
        let names = context.words
        if names.isEmpty {
            let count = context.environment.variableNames.count
            context.environment.removeAllVariables()
            context.write("cleared \(count) variable\(count == 1 ? "" : "s")")
            return
        }
        for (name, token) in zip(names, context.arguments) where context.environment[name] == nil {
            throw Diagnostic(message: "no variable named '\(name)' to clear", span: token.span,
                             hint: Spelling.closest(to: name, among: context.environment.variableNames).map { "did you mean '\($0)'?" })
        }
        for name in names { context.environment[name] = nil }
    }

    static let shape = Command("shape", usage: "shape EXPRESSION",
                               summary: "shows the shape of a value (the same as X.shape)",
                               example: "shape W1 @ X") { context throws(Diagnostic) in
        guard !context.arguments.isEmpty else {
            throw Diagnostic(message: "shape needs something to measure", span: context.span, hint: "for example: shape W1")
        }
        let value = try context.evaluateArgument()
        context.write(value.shapeDescription)
    }

    static let precision = Command("precision", usage: "precision [DIGITS]",
                                      summary: "sets how many digits after the point matrices show (numpy's default is 8)",
                                      example: "precision 4") { context throws(Diagnostic) in
        guard let word = context.words.first else {
            context.write("precision \(context.environment.printOptions.precision)")
            return
        }
        guard let digits = Int(word), (0...17).contains(digits) else {
            throw Diagnostic(message: "precision takes a whole number of digits from 0 to 17", span: context.arguments[0].span)
        }
        context.environment.printOptions.precision = digits
    }

    static let quit = Command("quit", aliases: ["exit"], usage: "quit",
                              summary: "leaves Backprop (Ctrl-D does the same)",
                              example: "quit") { context throws(Diagnostic) in
        context.requestsExit = true
    }
}

/// Left-aligned columns separated by two spaces.
enum TextTable {
    static func render(_ rows: [[String]]) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
