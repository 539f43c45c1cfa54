/// `help`, `help TOPIC`, `help NAME` and `?NAME`: every command and function has a one-line
/// description and an example.
extension StandardCommands {
    static let help = Command("help", usage: "help [TOPIC | NAME]",
                              summary: "explains a command or function (also ?NAME); topics: language, functions, commands, stepper",
                              example: "help sum") { context throws(Diagnostic) in
        var topic = context.argumentText.trimmingLeadingSpaces
        while topic.hasSuffix(" ") || topic.hasSuffix("?") || topic.hasSuffix("(") || topic.hasSuffix(")") { topic.removeLast() }
        context.write(try HelpText.text(for: topic, commands: context.commands, functions: context.functions, span: context.span,
                                        width: context.console.width))
    }
}

enum HelpText {
    static func text(for topic: String, commands: CommandRegistry, functions: FunctionRegistry, span: SourceSpan,
                     width: Int = Console.defaultWidth) throws(Diagnostic) -> String {
        switch topic {
        case "": return overview(commands: commands, width: width)
        case "functions": return functionList(functions, width: width)
        case "commands": return commandList(commands, width: width)
        case "language", "syntax": return language(width: width)
        case "stepper": return stepper(commands: commands, width: width)
        default: break
        }
        var name = topic
        var namesNumpy = false
        for prefix in ["np.", "numpy."] where name.hasPrefix(prefix) {
            name.removeFirst(prefix.count)
            namesNumpy = true
        }
        if !namesNumpy, let command = commands.lookUp(name) {
            return ([command.usage] + TextWrap.wrap(command.summary, width: width, indent: "  ")
                    + TextWrap.fitLine("  example: \(command.example)", width: width, continuationIndent: 11)).joined(separator: "\n")
        }
        if !namesNumpy, let pythonTopic = PythonHelpTopics.topic(named: name) {
            return PythonHelpTopics.text(pythonTopic, width: width)
        }
        if !namesNumpy, let entry = PythonBuiltins.entry(name) {
            return ([entry.signature] + TextWrap.wrap(entry.summary + " (Python's built-in)", width: width, indent: "  ")
                    + TextWrap.fitLine("  example: \(entry.example)", width: width, continuationIndent: 11)).joined(separator: "\n")
        }
        if let function = functions.lookUp(name) {
            var lines = TextWrap.fitLine(function.signature, width: width, continuationIndent: 4)
                + TextWrap.wrap(function.summary, width: width, indent: "  ")
                + TextWrap.fitLine("  example: \(function.example)", width: width, continuationIndent: 11)
            if !function.aliases.isEmpty {
                lines.append("  also: \(function.aliases.joined(separator: ", "))")
            }
            return lines.joined(separator: "\n")
        }
        let candidates = commands.allNames + functions.allNames + ["functions", "commands", "language", "stepper"]
            + PythonHelpTopics.topics.flatMap(\.names) + Array(PythonBuiltins.names)
        throw Diagnostic(message: "no help for '\(topic)'", span: span,
                         hint: Spelling.closest(to: name, among: candidates).map { "did you mean 'help \($0)'?" }
                             ?? "type 'help' for the list of topics")
    }

    static func overview(commands: CommandRegistry, width: Int) -> String {
        let examples = TextTable.render([
            ["  W1 = np.random.randn(4, 2) * 0.01", "assign (prints nothing; end a line with ; to stay quiet)"],
            ["  W1", "show a value with its shape"],
            ["  Z1 = W1 @ X + b1", "@ or np.dot is the matrix product; b1 broadcasts"],
            ["  db1 = 1/m * np.sum(dZ1, axis=1, keepdims=True)", ""],
        ], width: width)
        // Names only, so the page fits a screen: help NAME and help commands say what each does.
        func names(_ include: (Command) -> Bool) -> String {
            TextWrap.wrap(commands.commands.filter(include).map(\.name).joined(separator: " · "), width: width, indent: "  ").joined(separator: "\n")
        }
        return [
            TextWrap.wrap("Backprop: type numpy formulas as the notes write them, and see every value and shape.", width: width).joined(separator: "\n"),
            "",
            examples,
            "",
            "Commands (help NAME explains one; help commands says what each does):",
            names { !stepperNames.contains($0.name) },
            "",
            "The network stepper (help stepper walks through it):",
            names { stepperNames.contains($0.name) },
            "",
            TextWrap.wrap("More: help functions · help language · help NAME (or ?NAME) for any command or function · Tab completes names",
                          width: width).joined(separator: "\n"),
        ].map { TextWrap.fit($0, width: width) }.joined(separator: "\n")
    }

    static func commandList(_ commands: CommandRegistry, width: Int, including: (Command) -> Bool = { _ in true }) -> String {
        TextTable.render(commands.commands.filter(including).map { ["  " + $0.usage, $0.summary] }, width: width)
    }

    static var stepperNames: Set<String> { Set(StepperCommands.all.map(\.name)) }

    static func stepper(commands: CommandRegistry, width: Int) -> String {
        let walkThrough = TextTable.render([
            ["  data planar", "X (2, 400) and Y (1, 400): the course's flower"],
            ["  layer 4 tanh", "a hidden layer of 4 tanh units (n[0] comes from X)"],
            ["  layer 1 sigmoid", "the output layer"],
            ["  init random 0.01 seed 2", "W1, b1, W2, b2 as the course draws them"],
            ["  forward", "layer 1: Z1, A1, cache[1], with every shape"],
            ["  forward", "layer 2: Z2, A2, cache[2]"],
            ["  cost", "J"],
            ["  backward", "layer 2: dZ2, dW2, db2, dA1"],
            ["  where", "the pipeline, with the cursor on the next step"],
            ["  dW2 - 1/m * dZ2 @ A1.T", "every quantity is a variable: check a formula by hand"],
            ["  train 10000 lr 1.2 every 1000", ""],
            ["  plot boundary", ""],
        ], width: width)
        let prose = [
            "The notes' bracket names work too: W[1], dZ[2], cache[1], n[0]. Change X, Y, W1, b1, ... (or dW, db after "
                + "backward) and the next step uses your values; Z, A, dZ and dA are the network's own, shown after every step.",
        ]
        let names = commands.commands.filter { stepperNames.contains($0.name) }.map(\.name).joined(separator: " · ")
        return [
            TextWrap.wrap("The network stepper: one iteration of gradient descent, a layer at a time.", width: width)
                .joined(separator: "\n"),
            "",
            walkThrough,
            "",
            prose.map { TextWrap.wrap($0, width: width).joined(separator: "\n") }.joined(separator: "\n"),
            TextWrap.wrap("Its commands (help NAME explains one; help commands says what each does):", width: width)
                .joined(separator: "\n"),
            TextWrap.wrap(names, width: width, indent: "  ").joined(separator: "\n"),
        ].joined(separator: "\n")
    }

    static func functionList(_ functions: FunctionRegistry, width: Int) -> String {
        let numpy = functions.functions.filter(\.isNumpy).sorted { $0.name < $1.name }
        let own = functions.functions.filter { !$0.isNumpy }.sorted { $0.name < $1.name }
        return "numpy functions (the np. prefix is optional):\n"
            + TextTable.render(numpy.map { ["  " + $0.displayName, $0.summary] }, width: width)
            + "\n\nBackprop's own helpers:\n"
            + TextTable.render(own.map { ["  " + $0.displayName, $0.summary] }, width: width)
            + "\n\nPython's built-ins:\n"
            + TextTable.render(PythonBuiltins.entries.map { ["  " + $0.name, $0.summary] }, width: width)
            + "\n\nhelp NAME shows a function's signature and an example."
    }

    static func language(width: Int) -> String {
        let table = TextTable.render([
            ["  numbers", "3, 0.01, 1e-3, 2.", "integers stay integers, as in Python: 1/m is a float"],
            ["  arrays", "np.array([[1., 2.], [3., 4.]])", "numpy style: a list of rows; np.array([1, 2, 3]) is rank-1 (3,)"],
            ["", "[1 2 -1; 3 4 -3.2]", "Octave style: spaces or commas split columns, ; ends a row"],
            ["  operators", "+ - * /", "element-wise, with numpy broadcasting"],
            ["", "@", "the matrix product (np.dot); ** is the power"],
            ["", "< <= > >= == !=", "comparisons: a bool array"],
            ["  attributes", "X.T  X.shape  X.shape[1]  X.size  X.ndim  X.dtype", "also X.astype(int)"],
            ["  indexing", "X[0, 1]  X[:, 0:5]  X[-1]", "numpy's start:stop:step; masks A[A > 0.5]; X[:, [2, 0]]"],
            ["  calls", "np.sum(dZ, axis=1, keepdims=True)", "also dZ.sum(axis=1), np.zeros((4, 1))"],
            ["  statements", "a = 1; b = 2", "several per line; a trailing ; prints nothing; # comment"],
            ["  Python", "def, for, if, while, lists, dicts, f-strings", "help def, help for, help list, help dict, help f-string, help import, help cells"],
        ], width: width)
        return ["The language is numpy's notation:", table,
                TextWrap.wrap("Arrays have numpy's shapes (), (n,), (n, m) and dtypes float64, int64, bool. A rank-1 (n,) is neither "
                              + "a row nor a column: Backprop says so where one is made, and when it meets an (n, 1).", width: width).joined(separator: "\n"),
        ].joined(separator: "\n")
    }
}
