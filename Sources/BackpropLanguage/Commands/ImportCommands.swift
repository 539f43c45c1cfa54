/// `import numpy as np` and `from dnn_utils import sigmoid, relu`, the first lines of every
/// course notebook. numpy is always there as `np`, so its imports change nothing; the course's
/// helper modules are accepted for the names Backprop has built in, and anything else is an
/// error that says what Backprop has instead.
enum ImportCommands {
    static let all: [Command] = [importCommand, fromCommand]

    /// What Backprop offers in place of a module it does not have.
    static let instead: [String: String] = [
        "h5py": "load data with data load FILE.csv, or a built-in set: data planar, data moons, data circles",
        "matplotlib": "plot with plot cost, plot data, plot boundary",
        "sklearn": "the course's data sets are built in: data planar, data moons, data circles, data blobs",
        "scipy": "Backprop has numpy's functions only (help functions lists them)",
        "PIL": "Backprop has no images; the course's data sets are built in (data planar, …)",
    ]

    /// The course's own helper modules: their functions are Backprop's built-ins where it has them.
    static let courseModules: Set<String> = ["dnn_utils", "dnn_utils_v2", "planar_utils", "lr_utils", "testCases", "testCases_v2",
                                             "testCases_v3", "testCases_v4", "testCases_v4a", "public_tests", "test_utils"]

    /// Backprop's equivalents of the helpers those modules define but Backprop does not.
    static let helperInstead: [String: String] = [
        "load_planar_dataset": "data planar",
        "load_extra_datasets": "data moons, data circles, data blobs",
        "plot_decision_boundary": "plot boundary",
        "load_dataset": "data load FILE.csv",
    ]

    static let importCommand = Command("import", usage: "import numpy as np",
                                       summary: "accepted for numpy (always there as np); other modules get what Backprop has instead",
                                       example: "import numpy as np") { context throws(Diagnostic) in
        let words = context.spacedWords.map(\.text).joined(separator: " ")
        for clause in words.split(separator: ",").map({ $0.split(separator: " ").map(String.init) }) {
            guard let module = clause.first else { throw usage(context) }
            let alias = clause.count == 3 && clause[1] == "as" ? clause[2] : nil
            guard clause.count == 1 || alias != nil else { throw usage(context) }
            try check(module: module, context: context)
            if module == "numpy" || module.hasPrefix("numpy."), let alias, alias != "np" {
                throw Diagnostic(message: "Backprop knows numpy as np, not \(alias)", span: context.span, hint: "import numpy as np")
            }
        }
    }

    static let fromCommand = Command("from", usage: "from MODULE import NAME, ...",
                                     summary: "accepted for numpy and for the course's helper modules, for the names Backprop has built in",
                                     example: "from dnn_utils_v2 import sigmoid, relu, sigmoid_backward, relu_backward") { context throws(Diagnostic) in
        let words = context.spacedWords.map(\.text)
        guard words.count >= 3, words[1] == "import" else { throw usage(context) }
        let module = words[0]
        let list: String = words.dropFirst(2).joined(separator: " ").filter { $0 != "(" && $0 != ")" }
        var names: [String] = []
        for item in list.split(separator: ",") {
            if let name = item.split(separator: " ").first { names.append(String(name)) }  // `x as y` imports x
        }
        if CourseHelpers.dnnUtilsModules.contains(module) {
            try defineCourseHelpers(names.contains("*") ? CourseHelpers.names(for: .deepNetwork) : names.filter(CourseHelpers.names(for: .deepNetwork).contains), &context)
        }
        if courseModules.contains(module) {
            let missing = names.filter { $0 != "*" && context.functions.lookUp($0) == nil }
            guard missing.isEmpty else {
                let alternatives = missing.compactMap { name in helperInstead[name].map { "\(name): \($0)" } }
                throw Diagnostic(message: "\(module) is the course's helper module; Backprop has no \(missing.joined(separator: ", "))",
                                 span: context.span, notes: alternatives,
                                 hint: "Backprop has the course's sigmoid, relu, sigmoid_backward, relu_backward and tanh_backward built in")
            }
            return
        }
        try check(module: module, context: context)
        if module == "math" || module == "copy" {
            throw Diagnostic(message: "Backprop has the module \(module), but not its names on their own", span: context.span,
                             hint: "write import \(module), then \(module).\(names.first ?? "name")(...)")
        }
        for name in names where name != "*" && context.functions.lookUp(name) == nil {
            throw Diagnostic(message: "Backprop's numpy has no \(name)", span: context.span, hint: "help functions lists what it has")
        }
    }

    /// Defines the course's dnn_utils helpers named, as the course writes them: sigmoid and relu
    /// return (A, cache), which the notebook's functions unpack.
    private static func defineCourseHelpers(_ names: [String], _ context: inout CommandContext) throws(Diagnostic) {
        guard !names.isEmpty else { return }
        let source = SourceText(CourseHelpers.dnnUtils, name: "dnn_utils.py")
        let definitions = (try? Parser.parse(source)) ?? []
        var notes: [Output] = []  // the definitions' own "replaces the built-in" notes: this note says it better
        try context.evaluation.run(source, environment: &context.environment, pendingPrint: &context.pendingPrint, outputs: &notes) { evaluator throws(Diagnostic) in
            for statement in definitions {
                if case let .functionDefinition(definition) = statement.kind, names.contains(definition.name) { _ = try evaluator.execute(statement) }
            }
        }
        let tupled = names.filter { $0 == "sigmoid" || $0 == "relu" }
        if !tupled.isEmpty {
            context.outputs.append(.diagnostic(Diagnostic(.warning, message: "\(tupled.joined(separator: " and ")) are the course's now: they return (A, cache), as dnn_utils does",
                                                          span: context.span, hint: "del \(tupled[0]) brings back Backprop's, which returns A alone")))
        }
    }

    private static func check(module: String, context: CommandContext) throws(Diagnostic) {
        let top = String(module.split(separator: ".").first ?? "")
        if top == "numpy" || top == "math" || top == "copy" { return }
        if courseModules.contains(top) {
            throw Diagnostic(message: "\(module) is the course's own module, not Backprop's", span: context.span,
                             hint: "its functions that Backprop has are built in: sigmoid, relu, sigmoid_backward, relu_backward; "
                                + "its data sets: data planar, data moons")
        }
        throw Diagnostic(message: "Backprop does not have the module \(module)", span: context.span,
                         hint: instead[top] ?? "Backprop has numpy (always there as np): help functions lists what it has")
    }

    private static func usage(_ context: CommandContext) -> Diagnostic {
        Diagnostic(message: "write the import as Python does: import numpy as np, or from MODULE import NAME", span: context.span)
    }
}
