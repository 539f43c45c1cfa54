import MatrixEngine

/// The built-ins that only move elements (np.concatenate, np.ravel, np.copy, np.where's picks…)
/// keep int64 values of 2**53 and more exactly, as numpy's do.
///
/// Such a function works on doubles, which round those values. So it runs a second time on
/// tags: each int64 element of its array arguments replaced by its own number (small, so held
/// exactly), which the function moves as it moves the values. The result's tags then say which
/// exact value each result element is.
enum ExactIntegerMoves {
    /// Functions whose int64 result elements are each some element of their array arguments
    /// (the random ones draw the same positions on the tags, from the same generator state).
    static let functions: Set<String> = ["concatenate", "hstack", "vstack", "stack", "column_stack", "ravel", "squeeze",
                                         "expand_dims", "copy", "transpose", "reshape", "where", "array", "asarray",
                                         "random.permutation", "random.choice"]

    /// `result` with its exact values, when `function` moved int64 elements that have them.
    /// `context` is the call's as it was before the first run.
    static func carry(_ result: Value, of function: BuiltinFunction, in context: CallContext) throws(Diagnostic) -> Value {
        guard functions.contains(function.name), case let .array(object) = result, object.dtype == .int64 else { return result }
        let moved = object.value
        var tagging = Tagging(tagsIntegers: function.name == "where")
        var tagged = context
        // np.where's condition chooses; only x and y are moved.
        let skipped = function.name == "where" ? 0 : nil
        for index in tagged.arguments.indices where index != skipped {
            if let argument = tagged.arguments[index] { tagged.arguments[index]?.value = tagging.tag(argument.value) }
        }
        for index in tagged.variadic.indices { tagged.variadic[index].value = tagging.tag(tagged.variadic[index].value) }
        guard tagging.hasExactValues, !tagging.hasBoolArrays else { return result }
        guard case let .array(tags) = try function.body(&tagged), tags.shape == moved.shape else { return result }
        let tagValues = tags.value.integerElements
        var exact = NDArray.integers(tagValues.map { tagging.values[Int($0)] }, shape: moved.shape)
        exact.isNumpyScalar = moved.isNumpyScalar
        return .array(exact.asView(transposedInMemory: moved.isTransposedView, strided: moved.isStridedView))
    }

    /// Replaces int64 arrays (in lists and tuples too) by arrays of their elements' tags.
    private struct Tagging {
        /// The exact value of each tag.
        var values: [Int64] = []
        var hasExactValues = false
        /// A bool array would be converted to int64 along with the tags, which breaks them.
        var hasBoolArrays = false
        /// Whether Python ints are moved values (np.where's x and y) rather than axes or sizes.
        let tagsIntegers: Bool

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
            case let .integer(i) where tagsIntegers:
                // A Python int among the moved values (np.where(c, x, 0)) is a value too.
                values.append(Int64(i))
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
