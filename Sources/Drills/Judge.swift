import BackpropLanguage
import MatrixEngine
import NeuralNetwork

/// Runs a line of the Backprop language for a drill and compares results by value and shape,
/// never by text: `np.dot(dZ2, A1.T) / m` and `1/m * dZ2 @ A1.T` are the same answer.
public enum Judge {
    /// What a line gave.
    public enum Outcome: Equatable, Sendable {
        case value(Value)
        /// It failed; the diagnostic points into `line` (the line actually run).
        case failed(Diagnostic, line: String)
        /// It ran but produced nothing to compare (it assigned some other name).
        case noValue(assigned: [String])
    }

    /// Runs `line` in `environment`. The value is the expression's, or the variable `target`
    /// when the line assigns it (`dW2 = ...`, `W1 -= ...`). `dW[2] = ...` is read as `dW2 = ...`,
    /// the notes' bracket names being only readable, not assignable, in the language.
    public static func run(_ line: String, target: String?, in environment: Environment) -> Outcome {
        let line = normalizedAssignment(line, target: target)
        var session = Session(commands: [])
        session.environment = environment.deepCopied()  // `W1 -= …` writes into its own W1
        let before = environment
        let result = session.execute(line)
        if result.failed, let error = result.diagnostics.first(where: { $0.severity == .error }) {
            return .failed(error, line: line)
        }
        if let value = result.outputs.last(where: { if case .value = $0 { return true } else { return false } }),
           case let .value(v) = value {
            return .value(v)
        }
        // Assigned, even to the value it had (an update by a zero gradient), or changed otherwise.
        let statements = (try? Parser.parse(line)) ?? []
        let assigned = statements.compactMap { statement -> String? in
            if case let .assignment(target, _, _) = statement.kind { return target.name }
            return nil
        }
        if let target, assigned.contains(target), let value = session.environment[target] { return .value(value) }
        let changed = session.environment.variableNames.filter { session.environment[$0] != before[$0] || assigned.contains($0) }
        return .noValue(assigned: changed)
    }

    /// `dW[2] = …` becomes `dW2 = …`; anything else is left as typed.
    static func normalizedAssignment(_ line: String, target: String?) -> String {
        guard let target, let quantity = Quantity(name: target)?.bracketName else { return line }
        let trimmed = line.drop { $0 == " " }
        guard trimmed.hasPrefix(quantity) else { return line }
        let rest = trimmed.dropFirst(quantity.count).drop { $0 == " " }
        guard rest.first == "=" && !rest.hasPrefix("==") || ["-=", "+=", "*=", "/="].contains(where: { rest.hasPrefix($0) }) else { return line }
        return String(repeating: " ", count: line.count - trimmed.count) + target + " " + rest
    }

    /// How two values differ, or nil when they agree within the tolerance.
    public enum Difference: Equatable, Sendable {
        case shape(got: String, expected: String)
        case values(row: Int, column: Int, got: Double, expected: Double)
        case kind(got: String, expected: String)
    }

    public static func difference(_ got: Value, from expected: Value) -> Difference? {
        switch (got, expected) {
        case let (.array(g), .array(e)):
            guard g.shape == e.shape else { return .shape(got: g.shapeDescription, expected: e.shapeDescription) }
            let columns = max(g.storage.columns, 1)
            guard let i = Tolerance.sameAnswer.firstDisagreement(g.elements, e.elements) else { return nil }
            return .values(row: i / columns, column: i % columns, got: g.elements[i], expected: e.elements[i])
        case let (_, .array(e)):
            return .kind(got: got.kindDescription, expected: Value.array(e).kindDescription)
        case let (.array(g), _):
            return .kind(got: Value.array(g).kindDescription, expected: expected.kindDescription)
        default:
            if let g = got.number, let e = expected.number {
                return close(g, e) ? nil : .values(row: 0, column: 0, got: g, expected: e)
            }
            return got == expected ? nil : .kind(got: got.kindDescription, expected: expected.kindDescription)
        }
    }

    /// Different but equivalent orders of operations round differently: `Tolerance.sameAnswer`.
    static func close(_ a: Double, _ b: Double) -> Bool { Tolerance.sameAnswer.accepts(a, b) }
}
