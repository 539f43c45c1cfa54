/// The standard modules the notebooks import besides numpy: `math` and `copy`.
enum PythonModules {
    static let names: Set<String> = ["math", "copy"]

    static let mathFunctions: Set<String> = ["sqrt", "exp", "log", "log10", "log2", "floor", "ceil", "fabs", "pow", "tanh", "sin", "cos",
                                             "isnan", "isinf", "isclose", "trunc", "factorial", "gcd", "fsum", "prod"]
    static let mathConstants: [String: Double] = ["pi": Double.pi, "e": 2.718281828459045, "inf": .infinity, "nan": .nan, "tau": 2 * Double.pi]

    /// The module a bare function name belongs to, for "did you mean math.sqrt".
    static func functionModule(_ name: String) -> String? {
        if mathFunctions.contains(name) { return "math" }
        if name == "deepcopy" { return "copy" }
        return nil
    }
}
