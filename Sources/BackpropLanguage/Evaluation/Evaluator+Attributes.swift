import MatrixEngine

/// `.T`, `.shape`, `.size`, `.ndim` and `.dtype`. Methods (`A.sum(axis=1)`) are calls, in Evaluator+Calls.
extension Evaluator {
    mutating func attribute(_ name: String, of value: Value, receiver: Expression, whole: Expression) throws(Diagnostic) -> Value {
        switch (name, value) {
        case ("T", .matrix(let m)):
            try ensureRoom(for: m.shape.transposed, what: text(of: whole), span: whole.span)
            return .matrix(m.transposed)
        case ("T", .integer), ("T", .float): return value
        case ("shape", .matrix(let m)): return .tuple([.integer(m.rows), .integer(m.columns)])
        case ("shape", .integer), ("shape", .float), ("shape", .boolean): return .tuple([])
        case ("size", .matrix(let m)): return .integer(m.count)
        case ("size", .integer), ("size", .float): return .integer(1)
        case ("ndim", .matrix): return .integer(2)
        case ("ndim", .integer), ("ndim", .float): return .integer(0)
        case ("dtype", .matrix), ("dtype", .float): return .string("float64")
        case ("dtype", .integer): return .string("int64")
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
