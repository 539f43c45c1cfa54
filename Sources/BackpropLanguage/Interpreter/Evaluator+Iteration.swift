import MatrixEngine

/// What `for x in value` goes through, as Python and numpy iterate: a list's or tuple's items, a
/// dict's keys, a string's characters, a range's ints, a matrix's rows (each a rank-1 array) and
/// a rank-1 array's elements (numpy scalars).
extension Evaluator {
    /// The most items a sequence may materialise (a `list(range(10**12))` would exhaust memory).
    static let maximumSequenceLength = 100_000_000

    mutating func iterate(_ value: Value, expression: Expression) throws(Diagnostic) -> [Value] {
        switch value {
        case let .list(list): return list.items
        case let .tuple(items): return items
        case let .dictionary(d): return d.keys
        case let .string(s): return s.map { .string(String($0)) }
        case let .range(r):
            guard r.count <= Evaluator.maximumSequenceLength else {
                throw Diagnostic.at(expression.span, "\(r.description) has \(r.count) items, more than Backprop will hold in a list",
                                    hint: "a for loop over the range itself needs no memory: for i in \(r.description):")
            }
            return (0..<r.count).map { .integer(r.element($0)) }
        case let .array(a):
            switch a.rank {
            case 0:
                throw Diagnostic.at(expression.span, "iteration over a 0-d array", hint: "\(text(of: expression)) is a single number: use it directly, or .item()")
            case 1:
                let array = a.value
                return (0..<array.count).map { Value.wrapping(array.picking([$0], shape: .scalar)) }
            default:
                // Each row is a view, as numpy's are: `for row in A: row[0] = 0` changes A.
                let array = a.value, columns = a.shape[1]
                return (0..<a.shape[0]).map { row in
                    let positions = Array((row * columns)..<((row + 1) * columns))
                    let vector = array.picking(positions, shape: .vector(columns))
                    return .array(ArrayView.selecting(vector, at: positions, of: a))
                }
            }
        default:
            throw Diagnostic.at(expression.span, "'\(value.typeName)' object is not iterable",
                                notes: ["\(text(of: expression)) is \(value.kindDescription)"],
                                hint: Evaluator.iterationHint(value))
        }
    }

    private static func iterationHint(_ value: Value) -> String? {
        switch value {
        case .integer: return "to count up to a number write range(n): for i in range(n):"
        case .function: return "call the function first: for x in f(...):"
        default: return nil
        }
    }
}
