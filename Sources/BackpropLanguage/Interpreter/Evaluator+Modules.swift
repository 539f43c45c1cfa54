import BigInt
import MatrixEngine
import RealModule

/// `math.sqrt(x)`, `math.pi`, `copy.deepcopy(parameters)`.
extension Evaluator {
    mutating func callModuleFunction(_ module: String, _ name: String, _ arguments: [Argument], whole: Expression, callee: Expression) throws(Diagnostic) -> Value {
        let call = try evaluateCallArguments(arguments)
        let values = call.positionalValues
        if module == "copy" {
            guard name == "deepcopy" || name == "copy", values.count == 1 else {
                throw Diagnostic.at(callee.span, "Backprop's copy module has copy(x) and deepcopy(x)")
            }
            return name == "deepcopy" ? Evaluator.deepCopy(values[0]) : Evaluator.shallowCopy(values[0])
        }
        guard PythonModules.mathFunctions.contains(name) else {
            throw Diagnostic.at(callee.span, "module 'math' has no attribute '\(name)'",
                                hint: Spelling.closest(to: name, among: Array(PythonModules.mathFunctions)).map { "did you mean math.\($0)?" })
        }
        func number(_ index: Int) throws(Diagnostic) -> Double {
            guard index < values.count else { throw Diagnostic.at(whole.span, "math.\(name)() is missing an argument") }
            if case let .array(a) = values[index], a.count != 1 || !(a.rank == 0 || a.isNumpyScalar) {
                throw Diagnostic.at(call.positional[index].expression.span, "only length-1 arrays can be converted to Python scalars",
                                    hint: "math.\(name) takes one number; np.\(name) works element-wise on arrays")
            }
            guard let x = values[index].number else {
                throw Diagnostic.at(call.positional[index].expression.span, "must be real number, not \(values[index].typeName)")
            }
            return x
        }
        func domain(_ ok: Bool) throws(Diagnostic) { if !ok { throw Diagnostic.at(whole.span, "math domain error") } }
        switch name {
        case "sqrt": let x = try number(0); try domain(x >= 0 || x.isNaN); return .float(x.squareRoot())
        case "exp":
            let y = Double.exp(try number(0))
            if y.isInfinite { throw Diagnostic.at(whole.span, "OverflowError: math range error") }
            return .float(y)
        case "log":
            let x = try number(0); try domain(x > 0 || x.isNaN)
            if values.count == 2 { return .float(Double.log(x) / Double.log(try number(1))) }
            return .float(Double.log(x))
        case "log10": let x = try number(0); try domain(x > 0); return .float(Double.log10(x))
        case "log2": let x = try number(0); try domain(x > 0); return .float(Double.log2(x))
        case "floor", "ceil", "trunc":
            let x = try number(0)
            return try Evaluator.truncated(name == "floor" ? x.rounded(.down) : name == "ceil" ? x.rounded(.up) : x.rounded(.towardZero), at: whole)
        case "fabs": return .float(Swift.abs(try number(0)))
        case "pow": return .float(Matrix.pow(try number(0), try number(1)))
        case "tanh": return .float(Double.tanh(try number(0)))
        case "sin": return .float(Double.sin(try number(0)))
        case "cos": return .float(Double.cos(try number(0)))
        case "isnan": return .boolean(try number(0).isNaN)
        case "isinf": return .boolean(try number(0).isInfinite)
        case "isclose":
            let a = try number(0), b = try number(1)
            let relative = call.keyword("rel_tol")?.number ?? 1e-9, absolute = call.keyword("abs_tol")?.number ?? 0
            return .boolean(a == b || Swift.abs(a - b) <= Swift.max(relative * Swift.max(Swift.abs(a), Swift.abs(b)), absolute))
        case "factorial":
            guard let n = values.first?.wholeNumber, n >= 0 else { throw Diagnostic.at(whole.span, "factorial() only accepts non-negative integral values") }
            guard n <= 5000 else { throw Diagnostic.at(whole.span, "factorial(\(n)) is larger than Backprop computes (up to 5000)") }
            var result = BigInt(1)
            for k in stride(from: 2, through: n, by: 1) { result *= BigInt(k) }
            return .integer(result)
        case "gcd":
            var a = values.first?.wholeNumber ?? 0, b = values.count > 1 ? values[1].wholeNumber ?? 0 : 0
            a = Swift.abs(a); b = Swift.abs(b)
            while b != 0 { (a, b) = (b, a % b) }
            return .integer(a)
        case "fsum", "prod":
            var total: Value = name == "fsum" ? .float(0) : .integer(1)
            for item in try iterate(values.first ?? .list(PythonList()), expression: whole) {
                total = try applyBinary(name == "fsum" ? .add : .multiply, total, item, lhs: whole, rhs: whole, whole: whole)
            }
            return total
        default:
            throw Diagnostic.at(callee.span, "module 'math' has no attribute '\(name)'")
        }
    }

    /// `math.pi`, `math.inf`: a module attribute read without a call.
    func moduleAttribute(_ module: String, _ name: String, whole: Expression) throws(Diagnostic) -> Value {
        if module == "math", let constant = PythonModules.mathConstants[name] { return .float(constant) }
        if module == "math", PythonModules.mathFunctions.contains(name) {
            throw Diagnostic.at(whole.span, "math.\(name) is a function: call it with parentheses, like math.\(name)(x)")
        }
        throw Diagnostic.at(whole.span, "module '\(module)' has no attribute '\(name)'")
    }

    /// `copy.deepcopy`: new lists, dicts and arrays all the way down, each copied once however
    /// often it appears (two names for one array stay one array; a list inside itself copies too).
    static func deepCopy(_ value: Value) -> Value {
        var copies: [ObjectIdentifier: Value] = [:]
        return deepCopy(value, copies: &copies)
    }

    static func deepCopy(_ value: Value, copies: inout [ObjectIdentifier: Value]) -> Value {
        switch value {
        case let .list(list):
            if let done = copies[ObjectIdentifier(list)] { return done }
            let copy = PythonList([], viewName: list.viewName)
            copies[ObjectIdentifier(list)] = .list(copy)
            copy.items = list.items.map { deepCopy($0, copies: &copies) }
            return .list(copy)
        case let .dictionary(d):
            if let done = copies[ObjectIdentifier(d)] { return done }
            let copy = PythonDictionary()
            copies[ObjectIdentifier(d)] = .dictionary(copy)
            for (key, item) in d.pairs { try? copy.set(key, deepCopy(item, copies: &copies)) }
            return .dictionary(copy)
        case let .tuple(items): return .tuple(items.map { deepCopy($0, copies: &copies) })
        case let .array(array):
            if let done = copies[ObjectIdentifier(array)] { return done }
            let copy = Value.array(array.value)
            copies[ObjectIdentifier(array)] = copy
            return copy
        default: return value
        }
    }

    /// `copy.copy`: a new list, dict or array holding the same items (the arrays in a copied
    /// dict are the original's, as in Python).
    static func shallowCopy(_ value: Value) -> Value {
        switch value {
        case let .list(list): return .list(PythonList(list.items))
        case let .dictionary(d): return .dictionary(d.copy())
        case .array: return value.copied
        default: return value
        }
    }
}
