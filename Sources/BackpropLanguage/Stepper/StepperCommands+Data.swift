import MatrixEngine
import NeuralNetwork

/// `data`: binds X and Y, from the learner's variables, a built-in data set or a CSV file.
extension StepperCommands {
    static let data = networkCommand(
        "data", usage: "data NAME [m M] [noise N] [seed S] | data X Y | data load FILE.csv [label COLUMN]",
        summary: "binds X (n[0], m) and Y (1, m): a built-in data set, two of your variables, or a CSV file",
        example: "data planar", argumentWords: BuiltinDatasets.names + ["load", "size", "noise", "seed", "label"], adoptsEdits: false
    ) { context, network throws(Diagnostic) in
        let words = context.words
        guard !words.isEmpty else {
            context.write(dataSummary(network))
            return
        }
        let dataset: Dataset
        if words.count == 2, let X = context.environment[words[0]], let Y = context.environment[words[1]] {
            dataset = try variableDataset(X, Y, names: (words[0], words[1]), context: context)
        } else {
            dataset = try builtinOrFileDataset(words, context: context)
        }
        network.setData(dataset)
        var lines = ["X \(dataset.X.shape), Y \(dataset.Y.shape): \(dataset.origin)"]
        lines.append("n[0] = \(dataset.featureCount) feature\(dataset.featureCount == 1 ? "" : "s"), m = \(dataset.exampleCount) example\(dataset.exampleCount == 1 ? "" : "s")")
        if network.isInitialized, let W1 = network.parameters.first?.W, W1.columns != dataset.featureCount {
            lines.append("W1 is \(W1.shape) and expects \(W1.columns) features: init again before stepping")
        }
        context.write(lines.joined(separator: "\n"))
    }

    static func dataSummary(_ network: Network) -> String {
        let bound = network.data.map { "bound: \($0.name), X \($0.X.shape), Y \($0.Y.shape) (\($0.origin))" } ?? "no data bound"
        return bound + "\nbuilt in: " + BuiltinDatasets.names.joined(separator: ", ") + "; or data X Y, data load FILE.csv"
    }

    /// `data X Y`: two of the learner's variables, checked to be matrices whose columns agree.
    static func variableDataset(_ X: Value, _ Y: Value, names: (String, String), context: CommandContext) throws(Diagnostic) -> Dataset {
        guard let x = X.asTwoDimensional else {
            throw Diagnostic(message: "\(names.0) is \(X.kindDescription); X must be a matrix (n[0], m)", span: context.argumentSpan(0))
        }
        guard let y = Y.asTwoDimensional else {
            throw Diagnostic(message: "\(names.1) is \(Y.kindDescription); Y must be a matrix (1, m)", span: context.argumentSpan(1))
        }
        guard y.rows == 1 else {
            throw Diagnostic(message: "\(names.1) is \(y.shape) but Y must be one row (1, m) of labels", span: context.argumentSpan(1),
                             hint: y.columns == 1 && y.rows == x.columns ? "\(names.1).T is the row" : nil)
        }
        guard x.columns == y.columns else {
            var hint = "examples are columns: X is (n[0], m) and Y is (1, m)"
            if x.rows == y.columns { hint += "; \(names.0).T has \(x.rows) columns" }
            throw Diagnostic(message: "\(names.0) has \(x.columns) column\(x.columns == 1 ? "" : "s") (examples) but \(names.1) has \(y.columns)",
                             span: SourceSpan.covering(context.argumentSpan(0), context.argumentSpan(1)), hint: hint)
        }
        return Dataset(name: "\(names.0), \(names.1)", X: x, Y: y, origin: "your variables \(names.0) and \(names.1)")
    }
}

extension StepperCommands {
    /// `data planar size 200 seed 3`, `data moons noise=0.3`, `data load points.csv label 3`.
    static func builtinOrFileDataset(_ words: [String], context: CommandContext) throws(Diagnostic) -> Dataset {
        if words[0] == "load" { return try fileDataset(context) }
        let name = words[0]
        guard BuiltinDatasets.entry(named: name) != nil else {
            if context.environment[name] != nil {
                throw Diagnostic(message: "data needs two variables, X then Y", span: context.span, hint: "for example: data \(name) Y")
            }
            throw Diagnostic(message: "no built-in data set named '\(name)'", span: context.argumentSpan(0),
                             hint: (Spelling.closest(to: name, among: BuiltinDatasets.names).map { "did you mean '\($0)'? " } ?? "")
                                + "built in: " + BuiltinDatasets.names.joined(separator: ", "))
        }
        var options = DatasetOptions()
        let optionWords = Array(words.dropFirst()).filter { $0 != "=" }
        var index = 0
        while index < optionWords.count {
            let key = optionWords[index]
            let wordIndex = words.firstIndex(of: key) ?? 0
            guard index + 1 < optionWords.count, let value = Double(optionWords[index + 1]) else {
                throw Diagnostic(message: "'\(key)' needs a number after it", span: context.argumentSpan(wordIndex),
                                 hint: "for example: data \(name) size 200 noise 0.2 seed 3")
            }
            func whole() throws(Diagnostic) -> Int {
                guard value.rounded() == value, value >= 0, value < 1e9 else {
                    throw Diagnostic(message: "'\(key)' takes a whole number, not \(optionWords[index + 1])", span: context.argumentSpan(wordIndex + 1))
                }
                return Int(value)
            }
            switch key {
            case "size", "m": options.size = try whole()
            case "noise": options.noise = value
            case "seed": options.seed = try whole()
            case "factor": options.factor = value
            case "centers": options.centers = try whole()
            default:
                throw Diagnostic(message: "unknown option '\(key)' for data sets", span: context.argumentSpan(wordIndex),
                                 hint: "options: " + DatasetOptions.allNames.joined(separator: ", "))
            }
            index += 2
        }
        do {
            return try BuiltinDatasets.make(name, options: options)
        } catch {
            throw Diagnostic(message: error.description, span: context.span)
        }
    }

    /// `data load FILE [label COLUMN]`: the path is the source text after `load`, quoted or not.
    static func fileDataset(_ context: CommandContext) throws(Diagnostic) -> Dataset {
        let tokens = context.wordTokens
        let words = context.words
        guard tokens.count >= 2 else {
            throw Diagnostic(message: "data load needs a file", span: context.span, hint: "for example: data load points.csv (label column last)")
        }
        var labelColumn = LabelColumn.last
        var pathEnd = tokens.count
        if tokens.count >= 4, words[tokens.count - 2] == "label" {
            let column = words[tokens.count - 1]
            labelColumn = Int(column).map { LabelColumn.position($0) } ?? .named(column)
            pathEnd = tokens.count - 2
        } else if tokens.count >= 3, words[tokens.count - 1] == "label" {
            throw Diagnostic(message: "'label' needs a column after it: its number, counting from 1, or its name in the header",
                             span: tokens[tokens.count - 1].span, hint: "for example: data load points.csv label 2")
        }
        var path = SourceSpan(tokens[1].span.start, tokens[pathEnd - 1].span.end).text(in: context.line)
        if pathEnd == 2, case let .string(text) = tokens[1].kind { path = text }
        do {
            return try CSVDataset.load(path: path, labelColumn: labelColumn)
        } catch {
            throw Diagnostic(message: error.description, span: SourceSpan(tokens[1].span.start, tokens[pathEnd - 1].span.end))
        }
    }
}
