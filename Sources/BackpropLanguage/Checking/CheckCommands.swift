/// `check NAME`: the learner's own version of one of the course's graded functions, run with
/// the reference on the course's test case and on random networks (see `FunctionCheck`).
public enum CheckCommands {
    public static let all: [Command] = [check]

    /// Every function `check` knows, in the course's order.
    static let catalogue: [CheckedFunction] = DeepNetworkFunctions.all

    static let check = Command(
        "check", usage: "check [NAME]",
        summary: "run your own course function (linear_backward, L_model_forward, …) against the reference, and name the mistake",
        example: "check linear_backward",
        argumentWords: Array(Set(catalogue.map(\.name))).sorted()
    ) { context throws(Diagnostic) in
        let words = context.spacedWords
        let names: [String]
        if words.isEmpty {
            names = catalogue.map(\.name).filter { context.environment[$0]?.isFunction == true }
            guard !names.isEmpty else {
                throw Diagnostic(message: "none of the course's graded functions is defined yet", span: context.span,
                                 notes: ["check knows: " + catalogue.map(\.name).joined(separator: ", ")],
                                 hint: "define one (def linear_forward(A, W, b): …), then check linear_forward")
            }
        } else {
            names = words.map(\.text)
        }
        var entries: [CheckedFunction] = []
        for (index, name) in names.enumerated() {
            let span = words.isEmpty ? context.span : words[index].span
            entries.append(try entry(named: name, in: context.environment, span: span))
        }
        for entry in entries {
            let check = FunctionCheck(entry: entry, learnerEnvironment: context.environment, functions: context.functions,
                                      interruptRequested: context.console.interruptRequested)
            let report = check.run()
            for output in report.outputs() {
                switch output {
                case let .text(text): context.write(text)
                default: context.outputs.append(output)
                }
            }
            if report.stoppedByInterrupt { break }
        }
    }

    /// The catalogue's entry for the learner's `name`, picked by its signature when two weeks share the name.
    static func entry(named name: String, in environment: Environment, span: SourceSpan) throws(Diagnostic) -> CheckedFunction {
        let candidates = catalogue.filter { $0.name == name }
        guard !candidates.isEmpty else {
            let suggestion = Spelling.closest(to: name, among: catalogue.map(\.name))
            throw Diagnostic(message: "check knows the course's graded functions; \(name) is not one of them", span: span,
                             notes: ["check knows: " + catalogue.map(\.name).joined(separator: ", ")],
                             hint: suggestion.map { "did you mean \($0)?" })
        }
        guard case let .function(function)? = environment[name] else {
            throw Diagnostic(message: "you have not defined \(name) yet", span: span,
                             hint: "write it as the course does: def \(candidates[0].callText):, then check \(name)")
        }
        let count = function.definition.parameters.count
        guard let entry = candidates.first(where: { $0.parameters.count == count }) else {
            throw Diagnostic(message: "your \(function.signature) takes \(count) argument\(count == 1 ? "" : "s"); the course's \(candidates[0].callText) takes \(candidates[0].parameters.count)",
                             span: span, hint: "give it the course's parameters, in the course's order")
        }
        return entry
    }
}

private extension Value {
    var isFunction: Bool { if case .function = self { true } else { false } }
}
