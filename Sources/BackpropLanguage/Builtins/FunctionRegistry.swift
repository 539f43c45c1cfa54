/// Looks up built-in functions by the name a learner types: `np.sum`, `sum`, `np.random.randn`, `randn`.
public struct FunctionRegistry: Sendable {
    public let functions: [BuiltinFunction]
    private let byName: [String: Int]

    public init(_ functions: [BuiltinFunction]) {
        self.functions = functions
        var byName: [String: Int] = [:]
        for (index, function) in functions.enumerated() {
            byName[function.name] = index
            for alias in function.aliases { byName[alias] = index }
        }
        self.byName = byName
    }

    /// Every function Backprop knows, grouped by file under Builtins/.
    public static let standard = FunctionRegistry(
        BuiltinLibrary.construction + BuiltinLibrary.random + BuiltinLibrary.elementwise
            + BuiltinLibrary.activations + BuiltinLibrary.reductions + BuiltinLibrary.statistics + BuiltinLibrary.linearAlgebra
            + BuiltinLibrary.utilities)

    /// `path` as typed after `np.` (or bare): `sum`, `random.randn`, `randn`.
    public func lookUp(_ path: String) -> BuiltinFunction? {
        byName[path].map { functions[$0] }
    }

    /// Every name that reaches a function, for completion and suggestions.
    public var allNames: [String] { Array(byName.keys).sorted() }

    /// The error for a numpy name Backprop does not have: clearly "not supported", never a parse error.
    func unsupported(path: String, hadPrefix: Bool, span: SourceSpan) -> Diagnostic {
        let suggestion = Spelling.closest(to: path, among: allNames)
        if hadPrefix {
            return Diagnostic(message: "np.\(path) is not supported by Backprop (yet)", span: span,
                              hint: suggestion.map { "did you mean np.\($0)? (help lists every function)" }
                                  ?? "type 'help functions' to see the functions Backprop has")
        }
        return Diagnostic(message: "unknown function '\(path)'", span: span,
                          hint: suggestion.map { "did you mean \($0)?" } ?? "type 'help functions' to see the functions Backprop has")
    }
}

/// The built-in functions, defined across the files in Builtins/.
public enum BuiltinLibrary {}
