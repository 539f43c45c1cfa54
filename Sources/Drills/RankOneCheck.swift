import BackpropLanguage

/// Finds the reductions in a line that numpy would turn into a rank-1 array: `np.sum(dZ,
/// axis=1)` without `keepdims=True`, not reshaped afterwards. Backprop shows such a result as a
/// row, so when a column is 1 long (or the row is transposed) the values can agree with the
/// reference while numpy's shape, `(n,)`, would not: the drill must not call that right.
enum RankOneCheck {
    static let reductions: Set<String> = ["sum", "mean", "max", "min"]

    /// The source text of each such reduction, in order.
    static func reductions(in line: String) -> [String] {
        guard let statements = try? Parser.parse(line) else { return [] }
        var found: [String] = []
        for statement in statements {
            switch statement.kind {
            case let .expression(e): walk(e, healed: false, line: line, into: &found)
            case let .assignment(_, _, value): walk(value, healed: false, line: line, into: &found)
            case .command: break
            }
        }
        return found
    }

    private static func walk(_ e: Expression, healed: Bool, line: String, into found: inout [String]) {
        switch e.kind {
        case let .call(callee, arguments):
            let positional = arguments.filter { $0.label == nil }
            let keepsDimensions = arguments.contains { $0.label == "keepdims" && $0.value.kind == .boolean(true) }
            switch callee.kind {
            case let .function(path, _) where reductions.contains(path), let .name(path) where reductions.contains(path):
                let hasAxis = arguments.contains { $0.label == "axis" && $0.value.kind != .none } || positional.count >= 2
                if hasAxis && !keepsDimensions && positional.count < 3 && !healed { found.append(e.span.text(in: line)) }
                for argument in arguments { walk(argument.value, healed: false, line: line, into: &found) }
            case let .attribute(receiver, name) where reductions.contains(name):
                let hasAxis = arguments.contains { $0.label == "axis" && $0.value.kind != .none } || !positional.isEmpty
                if hasAxis && !keepsDimensions && positional.count < 2 && !healed { found.append(e.span.text(in: line)) }
                walk(receiver, healed: false, line: line, into: &found)
                for argument in arguments { walk(argument.value, healed: false, line: line, into: &found) }
            case let .attribute(receiver, "reshape"):
                // x.reshape(n, 1) gives numpy a 2-D array again.
                walk(receiver, healed: true, line: line, into: &found)
                for argument in arguments { walk(argument.value, healed: false, line: line, into: &found) }
            case .function("reshape", _), .name("reshape"), .function("expand_dims", _):
                for (index, argument) in arguments.enumerated() { walk(argument.value, healed: index == 0, line: line, into: &found) }
            default:
                walk(callee, healed: false, line: line, into: &found)
                for argument in arguments { walk(argument.value, healed: false, line: line, into: &found) }
            }
        case let .binary(_, lhs, rhs):
            walk(lhs, healed: false, line: line, into: &found)
            walk(rhs, healed: false, line: line, into: &found)
        case let .unary(_, operand):
            walk(operand, healed: false, line: line, into: &found)
        case let .attribute(receiver, _):
            // `.T` of a rank-1 array is still rank-1 in numpy: no healing.
            walk(receiver, healed: false, line: line, into: &found)
        case let .index(base, _):
            walk(base, healed: healed, line: line, into: &found)
        case let .tuple(items):
            for item in items { walk(item, healed: false, line: line, into: &found) }
        default:
            break
        }
    }
}
