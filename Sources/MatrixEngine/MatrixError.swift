/// An operation that cannot be carried out on the given operands.
///
/// Every error names the operation, the operands' shapes and why they do not fit, so the
/// language layer can point at the sub-expression and teach the rule. Nothing in the engine
/// traps on user input: it returns one of these instead.
public enum MatrixError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Two operands whose shapes do not broadcast (numpy's rule, per axis: equal, or one is 1).
    case broadcastMismatch(operation: String, lhs: Shape, rhs: Shape)
    /// A matrix product whose inner dimensions differ: lhs has `lhs.columns` columns, rhs `rhs.rows` rows.
    case productMismatch(lhs: Shape, rhs: Shape)
    /// Stacking matrices whose other dimension differs.
    case stackMismatch(operation: String, shapes: [Shape])
    /// A reshape to a shape with a different number of elements.
    case reshapeMismatch(from: Shape, to: Shape)
    /// An argument outside what the operation accepts (negative size, bad axis, out-of-range index...).
    case invalidArgument(operation: String, message: String)
    /// The result would not fit in the memory the process can still allocate (see `MemoryBudget`).
    case insufficientMemory(operation: String, message: String)

    /// The message without the operation's name (the language names the call instead).
    public var detail: String {
        switch self {
        case let .invalidArgument(_, message), let .insufficientMemory(_, message): return message
        default: return description
        }
    }

    public var description: String {
        switch self {
        case let .broadcastMismatch(operation, lhs, rhs):
            return "operands could not be broadcast together for '\(operation)': shapes \(lhs) and \(rhs)"
        case let .productMismatch(lhs, rhs):
            return "matrix product needs the left operand's columns to equal the right operand's rows: \(lhs) has \(lhs.columns) columns, \(rhs) has \(rhs.rows) rows"
        case let .stackMismatch(operation, shapes):
            let list = shapes.map(\.description).joined(separator: ", ")
            return "\(operation): the matrices do not line up: shapes \(list)"
        case let .reshapeMismatch(from, to):
            // A target with an unknown (-1) dimension, or too many elements to count, shows no count.
            let (size, overflow) = to.rows.multipliedReportingOverflow(by: to.columns)
            let toCount = to.rows < 0 || to.columns < 0 || overflow ? "" : " (\(size) elements)"
            return "cannot reshape a matrix of \(from.count) elements \(from) into \(to)\(toCount)"
        case let .invalidArgument(operation, message), let .insufficientMemory(operation, message):
            return "\(operation): \(message)"
        }
    }
}
