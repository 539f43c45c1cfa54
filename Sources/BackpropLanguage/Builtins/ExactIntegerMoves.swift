import MatrixEngine

/// The built-ins that only move elements (np.concatenate, np.ravel, np.copy, np.where's picks…)
/// keep int64 values of 2**53 and more exactly, as numpy's do.
///
/// Such a function works on doubles, which round those values. So, when its result lost them,
/// it runs a second time on tags: each number it moves (the elements of its int64 arrays, the
/// ints and bools of its lists) replaced by a number of its own, small and so held exactly,
/// which the function moves as it moves the values. The result's tags then say which exact
/// value each result element is.
enum ExactIntegerMoves {
    /// Functions whose int64 result elements are each some element of their array arguments
    /// (the random ones draw the same positions on the tags, from the same generator state).
    static let functions: Set<String> = ["concatenate", "hstack", "vstack", "stack", "column_stack", "ravel", "squeeze",
                                         "expand_dims", "copy", "transpose", "reshape", "where", "array", "asarray",
                                         "random.permutation", "random.choice"]

    /// The parameters whose elements the function moves (the others are axes, shapes, dtypes).
    private static func isMoved(_ parameter: String, by function: String) -> Bool {
        switch function {
        case "where": return parameter == "x" || parameter == "y"
        case "concatenate": return parameter == "arrays"
        case "hstack", "vstack", "column_stack": return parameter == "tup"
        default: return parameter == "a" || parameter == "arrays" || parameter == "object" || parameter == "x"
        }
    }

    /// `result` with its exact values, when `function` moved int64 elements that have them and
    /// the result, made from doubles, lost them. `context` is the call's as it was before the
    /// first run.
    static func carry(_ result: Value, of function: BuiltinFunction, in context: CallContext) throws(Diagnostic) -> Value {
        // A reshape or a transpose keeps the exact values itself (and stays a view of its base).
        guard case let .array(object) = result, object.dtype == .int64, object.inexactInteger != nil else { return result }
        var tagging = Tagging()
        var tagged = context
        for (index, parameter) in function.parameters.enumerated() where isMoved(parameter.name, by: function.name) {
            if parameter.isVariadic {
                for k in tagged.variadic.indices { tagged.variadic[k].value = tagging.tag(tagged.variadic[k].value) }
            } else if let argument = tagged.arguments[index] {
                tagged.arguments[index]?.value = tagging.tag(argument.value)
            }
        }
        guard tagging.hasExactValues, !tagging.hasBoolArrays,
              case let .array(tags) = try function.body(&tagged), tags.shape == object.shape else { return result }
        let tagValues = tags.value.integerElements
        // Every element must be a tag: anything else was not moved, and the result stays refused.
        guard tagValues.allSatisfy({ $0 >= 0 && $0 < tagging.values.count }) else { return result }
        let moved = object.value
        var exact = NDArray.integers(tagValues.map { tagging.values[Int($0)] }, shape: moved.shape)
        exact.isNumpyScalar = moved.isNumpyScalar
        object.value = exact.asView(transposedInMemory: moved.isTransposedView, strided: moved.isStridedView)
        return .array(object)
    }

    /// Replaces every number among the moved values (int64 arrays, and the ints and bools of
    /// lists, as in `np.concatenate([x, [1]])`) by its tag.
    private struct Tagging {
        /// The exact value of each tag.
        var values: [Int64] = []
        var hasExactValues = false
        /// A bool array would be converted to int64 along with the tags, which breaks them.
        var hasBoolArrays = false

        mutating func tag(_ value: Value) -> Value {
            switch value {
            case let .array(object):
                let array = object.value
                if array.dtype == .bool { hasBoolArrays = true }
                guard array.dtype == .int64 else { return value }
                hasExactValues = hasExactValues || array.exactIntegers != nil
                let first = values.count
                values += array.integerElements
                let tags = array.withStorage(Matrix(uncheckedTags: first..<values.count, like: array.storage))
                return .array(ArrayObject(tags))
            case let .integer(i):
                hasExactValues = hasExactValues || i.magnitude >= 1 << 53
                values.append(Int64(i))
                return .integer(values.count - 1)
            case let .boolean(b):
                values.append(b ? 1 : 0)
                return .integer(values.count - 1)
            case let .list(list): return .list(PythonList(list.items.map { tag($0) }))
            case let .tuple(items): return .tuple(items.map { tag($0) })
            default: return value
            }
        }
    }
}

private extension Matrix {
    /// A matrix of `like`'s shape holding the numbers of `tags`, row-major.
    init(uncheckedTags tags: Range<Int>, like: Matrix) {
        self = try! Matrix(rows: like.rows, columns: like.columns, elements: tags.map { Double($0) })
    }
}
