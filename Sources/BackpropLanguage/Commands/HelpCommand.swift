/// `help`, `help TOPIC`, `help NAME` and `?NAME`: every command and function has a one-line
/// description and an example.
extension StandardCommands {
    static let help = Command("help", usage: "help [TOPIC | NAME]",
                              summary: "explains a command or function (also ?NAME); topics: language, functions, commands, stepper",
                              example: "help sum") { context throws(Diagnostic) in
        var topic = context.argumentText.trimmingPrefixSpaces
        while topic.hasSuffix(" ") || topic.hasSuffix("?") || topic.hasSuffix("(") || topic.hasSuffix(")") { topic.removeLast() }
        context.write(try HelpText.text(for: topic, commands: context.commands, functions: context.functions, span: context.span))
    }
}

enum HelpText {
    static func text(for topic: String, commands: CommandRegistry, functions: FunctionRegistry, span: SourceSpan) throws(Diagnostic) -> String {
        switch topic {
        case "": return overview(commands: commands)
        case "functions": return functionList(functions)
        case "commands": return commandList(commands)
        case "language", "syntax": return language
        case "stepper": return stepper(commands: commands)
        default: break
        }
        var name = topic
        var namesNumpy = false
        for prefix in ["np.", "numpy."] where name.hasPrefix(prefix) {
            name.removeFirst(prefix.count)
            namesNumpy = true
        }
        if !namesNumpy, let command = commands.lookUp(name) {
            return "\(command.usage)\n  \(command.summary)\n  example: \(command.example)"
        }
        if let function = functions.lookUp(name) {
            var lines = ["\(function.signature)", "  \(function.summary)", "  example: \(function.example)"]
            if !function.aliases.isEmpty {
                lines.append("  also: \(function.aliases.joined(separator: ", "))")
            }
            return lines.joined(separator: "\n")
        }
        let candidates = commands.allNames + functions.allNames + ["functions", "commands", "language", "stepper"]
        throw Diagnostic(message: "no help for '\(topic)'", span: span,
                         hint: Spelling.closest(to: name, among: candidates).map { "did you mean 'help \($0)'?" }
                             ?? "type 'help' for the list of topics")
    }

    static func overview(commands: CommandRegistry) -> String {
        """
        Backprop: type numpy formulas as the notes write them, and see every value and shape.

          W1 = np.random.randn(4, 2) * 0.01     assign (prints nothing; end a line with ; to stay quiet)
          W1                                    show a value with its shape
          Z1 = W1 @ X + b1                      @ or np.dot is the matrix product; b1 broadcasts
          db1 = 1/m * np.sum(dZ1, axis=1, keepdims=True)

        Commands:
        \(commandList(commands, including: { !stepperNames.contains($0.name) }))

        The network stepper (help stepper walks through it):
          \(commands.commands.filter { stepperNames.contains($0.name) }.map(\.name).joined(separator: " · "))

        More: help functions · help language · help stepper · help NAME (or ?NAME) · Tab completes names
        """
    }

    static func commandList(_ commands: CommandRegistry, including: (Command) -> Bool = { _ in true }) -> String {
        TextTable.render(commands.commands.filter(including).map { ["  " + $0.usage, $0.summary] })
    }

    static var stepperNames: Set<String> { Set(StepperCommands.all.map(\.name)) }

    static func stepper(commands: CommandRegistry) -> String {
        """
        The network stepper: one gradient-descent iteration, one layer at a time, as in the notes.

          data planar                  X (2, 400) and Y (1, 400): the course's flower
          layer 4 tanh                 a hidden layer of 4 tanh units (n[0] comes from X)
          layer 1 sigmoid              the output layer
          init random 0.01 seed 2      W1, b1, W2, b2 as the course draws them
          forward                      layer 1: Z1, A1, cache[1], with every shape
          forward                      layer 2: Z2, A2, cache[2]
          cost                         J
          backward                     layer 2: dZ2, dW2, db2, dA1
          where                        the pipeline, with the cursor on the next step
          dW2 - 1/m * dZ2 @ A1.T       every quantity is a variable: check a formula by hand
          train 10000 lr 1.2 every 1000
          plot boundary

        The notes' bracket names work too: W[1], dZ[2], cache[1], n[0].
        Change X, Y, W1, b1, ... and the next step uses your values (W1 = np.zeros((4, 2)), then
        step on); Z, A, dZ, dW, db and dA are the network's own, shown again after every step.

        \(commandList(commands, including: { stepperNames.contains($0.name) }))
        """
    }

    static func functionList(_ functions: FunctionRegistry) -> String {
        let numpy = functions.functions.filter(\.isNumpy).sorted { $0.name < $1.name }
        let own = functions.functions.filter { !$0.isNumpy }.sorted { $0.name < $1.name }
        return "numpy functions (the np. prefix is optional):\n"
            + TextTable.render(numpy.map { ["  " + $0.displayName, $0.summary] })
            + "\n\nBackprop's own helpers:\n"
            + TextTable.render(own.map { ["  " + $0.displayName, $0.summary] })
            + "\n\nhelp NAME shows a function's signature and an example."
    }

    static let language = """
        The language is numpy's notation:
          numbers     3, 0.01, 1e-3, 2.       (integers stay integers, as in Python: 1/m is a float)
          arrays      np.array([[1., 2.], [3., 4.]])   numpy style: a list of rows; [1, 2, 3] is rank-1 (3,)
                      [1 2 -1; 3 4 -3.2]      Octave style: spaces or commas split columns, ; ends a row
          operators   + - * / element-wise with numpy broadcasting;  @ matrix product;  ** power
                      comparisons < <= > >= == != give bool arrays
          attributes  X.T  X.shape  X.shape[1]  X.size  X.ndim  X.dtype  X.astype(int)
          indexing    X[0, 1]  X[:, 0:5]  X[-1]  A[A > 0.5]  X[:, [2, 0]]  (numpy's start:stop:step)
          calls       np.sum(dZ, axis=1, keepdims=True)  dZ.sum(axis=1)  np.zeros((4, 1))
          statements  a = 1; b = 2   several per line;  a trailing ; prints nothing;  # comment
        Arrays have numpy's shapes (), (n,), (n, m) and dtypes float64, int64, bool. A rank-1 (n,) is
        neither a row nor a column: Backprop says so where one is made, and when it meets an (n, 1).
        """
}
