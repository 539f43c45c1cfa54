import MatrixEngine

/// The commands every session has: whos, clear, shape, help, format, quit.
public enum StandardCommands {
    public static let all: [Command] = [whos, clear, shape, help, precision, quit] + ImportCommands.all

    static let whos = Command("whos", aliases: ["who"], usage: "whos [full]",
                              summary: "lists every variable with its shape and a one-line summary (the network's own by layer when "
                                + "the list would not fit the screen; full lists each)",
                              example: "whos", argumentWords: ["full"]) { context throws(Diagnostic) in
        let environment = context.environment
        guard context.words.isEmpty || context.words == ["full"] else {
            throw Diagnostic(message: "whos takes nothing or 'full'", span: context.span, hint: "whos full lists every variable, the network's too")
        }
        guard !environment.variableNames.isEmpty else {
            context.write("no variables yet (try: W1 = np.random.randn(4, 2) * 0.01)")
            return
        }
        func table(_ names: [String]) -> String {
            var rows = [["Name", "Shape", "Kind", "Value"]]
            for name in names {
                guard let value = environment[name] else { continue }
                rows.append([name, value.shapeDescription, kindName(value), ValueFormatter.summary(value, options: environment.printOptions)])
            }
            return TextTable.render(rows, width: context.console.width)
        }
        let all = table(environment.variableNames)
        let network = environment.networkOwnedNames
        let fits = all.split(separator: "\n").count <= context.console.outputRows
        if fits || context.words == ["full"] || network.isEmpty {
            context.write(all)
            return
        }
        // Too long for the screen: the learner's own variables in full, the network's by layer.
        let own = environment.variableNames.filter { !network.contains($0) }
        var lines = own.isEmpty ? [] : [table(own), ""]
        lines.append("the network's quantities (whos full lists each with its values):")
        lines += environment.networkSummaryRows(network).map { row in
            TextWrap.wrapItems(row.items, width: context.console.width, indent: "  " + row.label,
                          continuation: String(repeating: " ", count: 2 + row.label.count))
                .joined(separator: "\n")
        }
        context.write(lines.joined(separator: "\n"))
    }

    static func kindName(_ value: Value) -> String {
        switch value {
        case .array: return "ndarray"
        case .none: return "None"
        default: return value.typeName
        }
    }

    static let clear = Command("clear", usage: "clear [NAME ...]",
                               summary: "removes the named variables; with no name, every variable and the network (a fresh start)",
                               example: "clear W1 b1") { context throws(Diagnostic) in
        let names = context.words
        if names.isEmpty {
            let count = context.environment.variableNames.count
            let network = context.environment.network
            let hadNetwork = network.depth > 0 || network.data != nil
            context.environment.removeAllVariablesAndTheNetwork()
            var text = "cleared \(count) variable\(count == 1 ? "" : "s")"
            if hadNetwork {
                text += " and the network (its layers, data and parameters): a fresh start"
            }
            context.write(text)
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

/// Left-aligned columns separated by two spaces. Given a width, a table wider than it wraps its
/// last column (prose: a summary, a description) at word boundaries under that column; a row whose
/// first cells are too wide to share the column puts its last cell on the lines below it.
public enum TextTable {
    /// The narrowest last column worth keeping beside the others.
    static let minimumLastColumn = 28

    public static func render(_ rows: [[String]], width: Int? = nil) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        let plain = lines(rows, widths: columnWidths(rows, columns: columns))
        guard let width, columns > 1, plain.contains(where: { TextWrap.visibleWidth($0) > width }) else {
            return plain.joined(separator: "\n")
        }
        // The rows whose leading cells are at most `limit` wide share the column widths; the others
        // put their last cell below. The limit that takes the fewest lines wins (on a tie, the one
        // that keeps more rows aligned).
        func leadingWidth(_ row: [String]) -> Int {
            row.dropLast().map(TextWrap.visibleWidth).reduce(0, +) + 2 * (row.count - 1)
        }
        let limits = Set(rows.filter { $0.count == columns }.map(leadingWidth)).filter { $0 <= width - minimumLastColumn }.sorted()
        var best: [String]?
        for limit in limits {
            let candidate = layout(rows, columns: columns, width: width, regular: { $0.count == columns && leadingWidth($0) <= limit })
            if best == nil || candidate.count <= best!.count { best = candidate }
        }
        return (best ?? layout(rows, columns: columns, width: width, regular: { _ in false })).joined(separator: "\n")
    }

    private static func layout(_ rows: [[String]], columns: Int, width: Int, regular isRegular: ([String]) -> Bool) -> [String] {
        let regular = rows.filter(isRegular)
        let widths = columnWidths(regular, columns: columns)
        let lastStart = regular.isEmpty ? 4 : widths.dropLast().reduce(0, +) + 2 * (columns - 1)
        let indent = String(repeating: " ", count: lastStart)
        var out: [String] = []
        for row in rows {
            guard let last = row.last, row.count > 1 else { out += row.flatMap { TextWrap.fitLine($0, width: width) }; continue }
            if isRegular(row) {
                let leading = row.dropLast().enumerated().map { i, cell in
                    cell + String(repeating: " ", count: max(widths[i] - TextWrap.visibleWidth(cell), 0))
                }.joined(separator: "  ") + "  "
                let wrapped = TextWrap.wrap(last, width: max(width - lastStart, minimumLastColumn))
                out.append((leading + wrapped[0]).trimmingTrailingSpaces)
                out += wrapped.dropFirst().map { indent + $0 }
            } else {
                out += TextWrap.fitLine(row.dropLast().joined(separator: "  ").trimmingTrailingSpaces, width: width)
                if !last.isEmpty { out += TextWrap.wrap(last, width: width, indent: indent) }
            }
        }
        return out
    }

    private static func columnWidths(_ rows: [[String]], columns: Int) -> [Int] {
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TextWrap.visibleWidth(cell)) } }
        return widths
    }

    private static func lines(_ rows: [[String]], widths: [Int]) -> [String] {
        rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: max(widths[i] - TextWrap.visibleWidth(cell), 0))
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
    }
}
