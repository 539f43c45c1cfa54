import MatrixEngine

/// `.T`, `.shape`, `.size`, `.ndim` and `.dtype`. Methods (`A.sum(axis=1)`) are calls, in Evaluator+Calls.
extension Evaluator {
    mutating func attribute(_ name: String, of value: Value, receiver: Expression, whole: Expression) throws(Diagnostic) -> Value {
        switch (name, value) {
        case ("T", .array(let a)):
            try ensureRoom(for: a.storage.shape.transposed, what: text(of: whole), span: whole.span)
            return .array(a.transposed)
        case ("T", .integer), ("T", .float), ("T", .boolean): return value
        case ("shape", .array(let a)): return .tuple(a.shape.map(Value.integer))
        case ("shape", .integer), ("shape", .float), ("shape", .boolean): return .tuple([])
        case ("size", .array(let a)): return .integer(a.count)
        case ("size", .integer), ("size", .float), ("size", .boolean): return .integer(1)
        case ("ndim", .array(let a)): return .integer(a.rank)
        case ("ndim", .integer), ("ndim", .float), ("ndim", .boolean): return .integer(0)
        case ("dtype", _) where value.asArray != nil: return .dtype(value.asArray!.dtype)
        default:
            if Evaluator.methodNames.contains(name) {
                throw Diagnostic.at(whole.span, "\(text(of: whole)) is a method: call it with parentheses, like \(text(of: whole))(...)")
            }
            let known = ["T", "shape", "size", "ndim", "dtype"] + Evaluator.methodNames
            throw Diagnostic.at(whole.span, "\(value.kindDescription) has no attribute '\(name)'",
                                hint: Spelling.closest(to: name, among: known).map { "did you mean .\($0)?" }
                                    ?? "matrices have .T, .shape, .size and methods such as .reshape(...) and .sum(axis=...)")
        }
    }
}
