import MatrixEngine

/// `.T`, `.shape`, `.size`, `.ndim` and `.dtype`. Methods (`A.sum(axis=1)`) are calls, in Evaluator+Calls.
extension Evaluator {
    mutating func attribute(_ name: String, of value: Value, receiver: Expression, whole: Expression) throws(Diagnostic) -> Value {
        switch (name, value) {
        case ("T", .array(let a)):
            try ensureRoom(for: a.storage.shape.transposed, what: text(of: whole), span: whole.span)
            if a.rank == 0 { return .array(a.value) }
            return .array(a.rank == 2 ? ArrayView.transposing(a) : ArrayView.reshaping(a, to: a.value))
        case ("T", .integer), ("T", .float), ("T", .boolean): return value
        case ("shape", .array(let a)): return .tuple(a.shape.map(Value.integer))
        case ("shape", .integer), ("shape", .float), ("shape", .boolean): return .tuple([])
        case ("size", .array(let a)): return .integer(a.count)
        case ("size", .integer), ("size", .float), ("size", .boolean): return .integer(1)
        case ("ndim", .array(let a)): return .integer(a.rank)
        case ("ndim", .integer), ("ndim", .float), ("ndim", .boolean): return .integer(0)
        case ("dtype", _) where value.asArray != nil: return .dtype(value.asArray!.dtype)
        case ("itemsize", .array(let a)): return .integer(a.dtype.itemSize)
        case ("nbytes", .array(let a)): return .integer(a.dtype.itemSize * a.count)
        case ("__name__", .type(let type)): return .string(String(type.qualifiedName.split(separator: ".").last ?? ""))
        case ("__name__", .function(let function)): return .string(function.definition.name)
        case ("__doc__", .function(let function)):
            guard function.builtin == nil else {
                throw Diagnostic.at(whole.span, "Backprop does not keep the docstrings of Python's and numpy's functions",
                                    hint: "help \(function.definition.name) says what it does here")
            }
            return function.definition.docstring.map(Value.string) ?? .none
        case (_, .dtype(let type)):
            return try dtypeAttribute(name, of: type, whole: whole)
        case (_, .list(let list)) where Evaluator.listMethods.contains(name):
            return BuiltinFunctionValue.boundMethod(name, of: value, typeName: "list", identity: .object(ObjectIdentifier(list)))
        case (_, .dictionary(let d)) where Evaluator.dictionaryMethods.contains(name):
            return BuiltinFunctionValue.boundMethod(name, of: value, typeName: "dict", identity: .object(ObjectIdentifier(d)))
        case (_, .string(let text)) where Evaluator.stringMethods.contains(name):
            return BuiltinFunctionValue.boundMethod(name, of: value, typeName: "str", identity: .string(text))
        case (_, .list): throw noMethod("list", name, among: Evaluator.listMethods, whole: whole)
        case (_, .dictionary): throw noMethod("dict", name, among: Evaluator.dictionaryMethods, whole: whole)
        case (_, .string): throw noMethod("str", name, among: Evaluator.stringMethods, whole: whole)
        case (_, .integer), (_, .bigInteger), (_, .boolean), (_, .float):
            // CPython's words; an array's attribute or method on a Python number says how to get the array.
            let isArrayName = Evaluator.methodNames.contains(name) || ["itemsize", "nbytes"].contains(name)
            let receiverText = text(of: receiver)
            throw Diagnostic.at(whole.span, "'\(value.typeName)' object has no attribute '\(name)'",
                                hint: isArrayName ? "\(receiverText) is a Python \(value.typeName), not an array: np.asarray(\(receiverText)).\(name) is numpy's"
                                    : value.typeName == "int" ? Spelling.closest(to: name, among: ["bit_length"]).map { "did you mean .\($0)()?" } : nil)
        default:
            if Evaluator.methodNames.contains(name) {
                throw Diagnostic.at(whole.span, "\(text(of: whole)) is a method: call it with parentheses, like \(text(of: whole))(...)")
            }
            let known = ["T", "shape", "size", "ndim", "dtype", "itemsize", "nbytes"] + Evaluator.methodNames
            throw Diagnostic.at(whole.span, "\(value.kindDescription) has no attribute '\(name)'",
                                hint: Spelling.closest(to: name, among: known).map { "did you mean .\($0)?" }
                                    ?? "matrices have .T, .shape, .size and methods such as .reshape(...) and .sum(axis=...)")
        }
    }

    /// `x.dtype.name`, `.itemsize`, `.kind`, `.char`, `.str` and `.type`, as numpy's dtype objects have them.
    private func dtypeAttribute(_ name: String, of type: DType, whole: Expression) throws(Diagnostic) -> Value {
        let (kind, character, layout): (String, String, String) = switch type {
        case .float64: ("f", "d", "<f8")
        case .int64: ("i", "l", "<i8")
        case .bool: ("b", "?", "|b1")
        }
        switch name {
        case "name": return .string(type.rawValue)
        case "itemsize": return .integer(type.itemSize)
        case "kind": return .string(kind)
        case "char": return .string(character)
        case "str": return .string(layout)
        case "type": return .type(PythonType.scalarType(of: type))
        default:
            let known = ["name", "itemsize", "kind", "char", "str", "type"]
            throw Diagnostic.at(whole.span, "'numpy.dtypes.\(PythonType.dtypeClass(type).rawValue)' object has no attribute '\(name)'",
                                hint: Spelling.closest(to: name, among: known).map { "did you mean .\($0)?" } ?? "a dtype has .name, .itemsize and .kind")
        }
    }
}
