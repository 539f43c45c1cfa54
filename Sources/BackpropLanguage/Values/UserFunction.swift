/// A function the learner defined with `def` (or `lambda`): its definition, the defaults as they
/// were when `def` ran (as in Python), the names it binds (its locals, decided once when it is
/// defined, as CPython's symbol table decides them), and the scope it was defined in, so a
/// nested function reads its enclosing function's variables.
public final class UserFunction: @unchecked Sendable {
    public let definition: FunctionDefinition
    /// The source it was written in: errors inside it are shown in its own lines.
    public let source: SourceText
    public let defaults: [String: Value]
    public let scope: FunctionScope
    /// The body with its local names resolved to slots (the definition keeps the body as parsed).
    let body: [Statement]
    /// The enclosing function's variables, for a function defined inside another.
    public let enclosing: LocalVariables?
    /// The parameters taken by name, and those of them also taken by position (decided once: every call binds them).
    let namedParameters: [FunctionParameter]
    let positionalParameters: [FunctionParameter]
    /// The frame slot of each of `namedParameters` and of `positionalParameters`.
    let namedSlots: [Int]
    let positionalSlots: [Int]
    /// The default of each of `namedParameters` (nil: required), by position, for the calls.
    let namedDefaults: [Value?]
    /// The `*args` and `**kwargs` parameters, if it has them.
    let variadicParameter: FunctionParameter?
    let keywordVariadicParameter: FunctionParameter?
    /// A built-in used as a value (see BuiltinFunctionValue); nil for the learner's own.
    let builtin: Builtin?

    struct Builtin {
        /// How Python prints it (`<built-in function len>`, `<ufunc 'tanh'>`); nil: as a function.
        let printed: String?
        /// For a method taken as a value (`d.get`): which method of which object, since Python's
        /// bound methods are equal when those are (`d.get == d.get`), though each is a new object.
        var boundMethod: BoundMethod? = nil
        /// What `type()` says of it (numpy's functions that are not ufuncs are plain functions here).
        var type: PythonType = .builtinFunction
    }

    struct BoundMethod: Equatable {
        enum Receiver: Equatable {
            case object(ObjectIdentifier)
            case string(String)
        }
        let name: String
        let receiver: Receiver
    }

    init(definition: FunctionDefinition, source: SourceText, defaults: [String: Value], enclosing: LocalVariables?, builtin: Builtin? = nil) {
        self.builtin = builtin
        self.definition = definition
        self.source = source
        self.defaults = defaults
        let scope = FunctionScope(definition)
        self.scope = scope
        body = Resolver(scope: scope).resolve(definition.body)
        self.enclosing = enclosing
        namedParameters = definition.parameters.filter { $0.kind == .positional }
        positionalParameters = namedParameters.filter { !$0.isKeywordOnly }
        namedSlots = namedParameters.map { scope.slots[$0.name]! }
        positionalSlots = positionalParameters.map { scope.slots[$0.name]! }
        namedDefaults = namedParameters.map { defaults[$0.name] }
        variadicParameter = definition.parameters.first { $0.kind == .variadic }
        keywordVariadicParameter = definition.parameters.first { $0.kind == .keywordVariadic }
    }

    public var name: String { definition.name }

    /// `linear_forward(A, W, b)`, for messages and completion.
    public var signature: String {
        let parameters = definition.parameters.map { parameter -> String in
            let prefix = parameter.kind == .variadic ? "*" : parameter.kind == .keywordVariadic ? "**" : ""
            return prefix + parameter.name + (parameter.defaultValue == nil ? "" : "=…")
        }
        return "\(name)(\(parameters.joined(separator: ", ")))"
    }
}
