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
    /// The enclosing function's variables, for a function defined inside another.
    public let enclosing: LocalVariables?
    /// The parameters taken by name, and those of them also taken by position (decided once: every call binds them).
    let namedParameters: [FunctionParameter]
    let positionalParameters: [FunctionParameter]

    init(definition: FunctionDefinition, source: SourceText, defaults: [String: Value], enclosing: LocalVariables?) {
        self.definition = definition
        self.source = source
        self.defaults = defaults
        self.scope = FunctionScope(definition)
        self.enclosing = enclosing
        namedParameters = definition.parameters.filter { $0.kind == .positional }
        positionalParameters = namedParameters.filter { !$0.isKeywordOnly }
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

/// One call's variables. A reference, so a function defined inside this call (a closure) sees
/// them as they are when it runs, as Python's cells do.
public final class LocalVariables: @unchecked Sendable {
    public var values: [String: Value] = [:]
    public let enclosing: LocalVariables?
    /// The names the function binds (so every other name is read from outside).
    let scope: FunctionScope

    init(scope: FunctionScope, enclosing: LocalVariables?) {
        self.scope = scope
        self.enclosing = enclosing
    }
}

/// Which names a function's body binds, read from its statements before it runs (the resolver's
/// work): parameters, assignment targets, loop variables, nested `def`s, minus the names it
/// declares `global`. A name bound anywhere in the body is local everywhere in it, as in Python:
/// reading it before it is assigned is an UnboundLocalError, not the global's value.
public struct FunctionScope: Sendable {
    public let locals: Set<String>
    public let globals: Set<String>
    public let nonlocals: Set<String>

    init(_ definition: FunctionDefinition) {
        var bound = Set(definition.parameters.map(\.name))
        var globals = Set<String>(), nonlocals = Set<String>()
        FunctionScope.collect(definition.body, into: &bound, globals: &globals, nonlocals: &nonlocals)
        locals = bound.subtracting(globals).subtracting(nonlocals)
        self.globals = globals
        self.nonlocals = nonlocals
    }

    private static func collect(_ statements: [Statement], into bound: inout Set<String>, globals: inout Set<String>, nonlocals: inout Set<String>) {
        for statement in statements {
            switch statement.kind {
            case let .assignment(target, _, _):
                if target.index == nil { bound.insert(target.name) }
            case let .unpackingAssignment(targets, _):
                for target in targets { bound.formUnion(target.boundNames) }
            case let .functionDefinition(definition):
                bound.insert(definition.name)
            case let .conditional(branches, otherwise):
                for branch in branches { collect(branch.body, into: &bound, globals: &globals, nonlocals: &nonlocals) }
                collect(otherwise, into: &bound, globals: &globals, nonlocals: &nonlocals)
            case let .forLoop(target, _, body, otherwise):
                bound.formUnion(target.boundNames)
                collect(body, into: &bound, globals: &globals, nonlocals: &nonlocals)
                collect(otherwise, into: &bound, globals: &globals, nonlocals: &nonlocals)
            case let .whileLoop(_, body, otherwise):
                collect(body, into: &bound, globals: &globals, nonlocals: &nonlocals)
                collect(otherwise, into: &bound, globals: &globals, nonlocals: &nonlocals)
            case let .delete(targets):
                for target in targets { if case let .name(name) = target.kind { bound.insert(name) } }
            case let .global(names):
                globals.formUnion(names)
            case let .nonlocal(names):
                nonlocals.formUnion(names)
            case .command(let name, _, _) where name == "import" || name == "from":
                break
            default:
                break
            }
        }
    }
}
