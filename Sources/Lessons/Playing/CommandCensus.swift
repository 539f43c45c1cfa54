import BackpropLanguage

/// Which commands and functions some REPL lines use: the lesson's closing summary.
enum CommandCensus {
    static func names(in lines: [String], session: Session) -> (commands: [String], functions: [String]) {
        var commands: [String] = [], functions: [String] = []
        for line in lines {
            guard let statements = try? Parser.parse(line, isCommand: { session.commands.lookUp($0) != nil }) else { continue }
            for statement in statements {
                switch statement.kind {
                case let .command(name, _, _):
                    if let command = session.commands.lookUp(name), !commands.contains(command.name) { commands.append(command.name) }
                case let .expression(expression):
                    collectCalls(expression, into: &functions)
                case let .assignment(_, _, value), let .unpackingAssignment(_, value):
                    collectCalls(value, into: &functions)
                default:
                    break
                }
            }
        }
        return (commands, functions)
    }

    private static func collectCalls(_ expression: Expression, into names: inout [String]) {
        switch expression.kind {
        case let .call(callee, arguments):
            if case let .function(path, hadPrefix) = callee.kind {
                let name = (hadPrefix ? "np." : "") + path
                if !names.contains(name) { names.append(name) }
            } else if case let .name(name) = callee.kind, !names.contains(name) {
                names.append(name)
            } else {
                collectCalls(callee, into: &names)
            }
            for argument in arguments { collectCalls(argument.value, into: &names) }
        case let .unary(_, operand): collectCalls(operand, into: &names)
        case let .binary(_, lhs, rhs):
            collectCalls(lhs, into: &names)
            collectCalls(rhs, into: &names)
        case let .attribute(receiver, _): collectCalls(receiver, into: &names)
        case let .index(base, _): collectCalls(base, into: &names)
        case let .tuple(items), let .list(items): for item in items { collectCalls(item, into: &names) }
        case let .dictionary(entries): for entry in entries { collectCalls(entry.key, into: &names); collectCalls(entry.value, into: &names) }
        case let .matrixLiteral(rows, _): for row in rows { for item in row { collectCalls(item, into: &names) } }
        default: break
        }
    }
}
