import BackpropLanguage
import MatrixEngine

/// The shapes of a line worked out step by step, from the inside out, as one would on paper:
///
///     W1 @ X: (4, 3) @ (3, 7) → (4, 7)
///     W1 @ X + b1.T: (4, 7) + (1, 4) → fails: rows 4 vs 1 ok, columns 7 vs 4 ✗
///
/// Feedback shows it so the learner sees which step decides the shape.
public enum ShapeTrace {
    public static func steps(of line: String, in environment: Environment) -> [String] {
        guard let statements = try? Parser.parse(line), let statement = statements.first else { return [] }
        let expression: Expression
        switch statement.kind {
        case let .expression(e): expression = e
        case let .assignment(_, _, value): expression = value
        default: return []
        }
        var steps: [String] = []
        var tracer = Tracer(line: line, environment: environment)
        tracer.walk(expression, into: &steps)
        return steps
    }

    struct Tracer {
        let line: String
        let environment: Environment
        var failed = false

        /// The operand's shape as it broadcasts: a rank-1 `(n,)` is traced as the row it acts like.
        func shape(_ e: Expression) -> Shape? {
            guard case let .value(.array(a)) = Judge.run(e.span.text(in: line), target: nil, in: environment) else { return nil }
            return a.storage.shape
        }

        mutating func walk(_ e: Expression, into steps: inout [String]) {
            guard !failed else { return }
            switch e.kind {
            case let .binary(op, lhs, rhs):
                walk(lhs, into: &steps)
                walk(rhs, into: &steps)
                guard !failed, [.matmul, .add, .subtract, .multiply, .divide].contains(op),
                      let a = shape(lhs), let b = shape(rhs) else { return }
                steps.append(step(op == .matmul ? "@" : op.rawValue, a, b, whole: e.span.text(in: line)))
            case let .call(callee, arguments):
                for argument in arguments { walk(argument.value, into: &steps) }
                guard !failed, case let .function(path, _) = callee.kind else { return }
                let shapes = arguments.filter { $0.label == nil }.map { shape($0.value) }
                let whole = e.span.text(in: line)
                switch path {
                case "dot", "matmul":
                    if shapes.count == 2, let a = shapes[0], let b = shapes[1] { steps.append(step("@", a, b, whole: whole)) }
                case "multiply":
                    if shapes.count == 2, let a = shapes[0], let b = shapes[1] { steps.append(step("*", a, b, whole: whole)) }
                case "sum", "mean":
                    guard let a = shapes.first ?? nil, let result = shape(e) else { return }
                    let keepsDimensions = arguments.contains { $0.label == "keepdims" && $0.value.span.text(in: line) == "True" }
                    let axis = arguments.first { $0.label == "axis" }.map { $0.value.span.text(in: line) }
                    var note = ""
                    if axis != nil && !keepsDimensions {
                        let n = axis == "1" ? a.rows : a.columns
                        note = "   (numpy: (\(n),), a rank-1 array, which broadcasts like the row \(result))"
                    }
                    steps.append("\(whole): \(a) summed over axis \(axis ?? "None") → \(result)" + note)
                default:
                    break
                }
            case let .unary(_, operand):
                walk(operand, into: &steps)
            case let .attribute(receiver, _):
                walk(receiver, into: &steps)
            default:
                break
            }
        }

        mutating func step(_ op: String, _ a: Shape, _ b: Shape, whole: String) -> String {
            let head = "\(whole): \(a) \(op) \(b)"
            if op == "@" {
                guard a.columns == b.rows else {
                    failed = true
                    return head + " → fails: the inner sizes \(a.columns) and \(b.rows) differ"
                }
                return head + " → \(Shape(a.rows, b.columns))"
            }
            guard let result = Matrix.broadcastShape(a, b) else {
                failed = true
                func verdict(_ x: Int, _ y: Int) -> String { (x == y || x == 1 || y == 1) ? "ok" : "✗" }
                return head + " → fails: rows \(a.rows) vs \(b.rows) \(verdict(a.rows, b.rows)), columns \(a.columns) vs \(b.columns) \(verdict(a.columns, b.columns))"
            }
            if a == b { return head + " → \(result)" }
            var stretched: [String] = []
            if a.rows != b.rows { stretched.append("rows \(a.rows) vs \(b.rows) → \(result.rows)") }
            if a.columns != b.columns { stretched.append("columns \(a.columns) vs \(b.columns) → \(result.columns)") }
            return head + " → \(result)   broadcast: " + stretched.joined(separator: ", ") + " (a size-1 axis is repeated)"
        }
    }
}
