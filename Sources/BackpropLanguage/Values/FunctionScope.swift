/// Which names a function's body binds, read from its statements before it runs (the resolver's
/// work): parameters, assignment targets, loop variables, nested `def`s, minus the names it
/// declares `global`. A name bound anywhere in the body is local everywhere in it, as in Python:
/// reading it before it is assigned is an UnboundLocalError, not the global's value.
///
/// Each parameter and local also has a slot: its place in a call's frame (see LocalVariables).
/// A class: every call's frame holds it, and one reference costs less to hold than its five collections.
public final class FunctionScope: Sendable {
    public let locals: Set<String>
    public let globals: Set<String>
    public let nonlocals: Set<String>
    /// The names with a place in the frame, in slot order: the parameters, then the other locals
    /// in the order the body first binds them.
    public let slotNames: [String]
    /// The slot of each name in `slotNames`.
    let slots: [String: Int]

    init(_ definition: FunctionDefinition) {
        var bound = OrderedNames()
        for parameter in definition.parameters { bound.insert(parameter.name) }
        var globals = Set<String>(), nonlocals = Set<String>()
        FunctionScope.collect(definition.body, into: &bound, globals: &globals, nonlocals: &nonlocals)
        let locals = bound.set.subtracting(globals).subtracting(nonlocals)
        self.locals = locals
        self.globals = globals
        self.nonlocals = nonlocals
        // A parameter keeps its place even when declared global, as it is bound when the call starts.
        let parameterNames = Set(definition.parameters.map(\.name))
        let slotNames = bound.names.filter { locals.contains($0) || parameterNames.contains($0) }
        self.slotNames = slotNames
        slots = Dictionary(uniqueKeysWithValues: slotNames.enumerated().map { ($1, $0) })
    }

    /// The slot of a name the function binds locally (nil for a global, nonlocal or free name).
    func localSlot(_ name: String) -> Int? {
        locals.contains(name) ? slots[name] : nil
    }

    /// Names in the order first seen, each once.
    private struct OrderedNames {
        var names: [String] = []
        var set: Set<String> = []
        mutating func insert(_ name: String) { if set.insert(name).inserted { names.append(name) } }
        mutating func insert(contentsOf more: [String]) { for name in more { insert(name) } }
    }

    private static func collect(_ statements: [Statement], into bound: inout OrderedNames, globals: inout Set<String>, nonlocals: inout Set<String>) {
        for statement in statements {
            switch statement.kind {
            case let .assignment(target, _, _):
                if target.index == nil { bound.insert(target.name) }
            case let .unpackingAssignment(targets, _):
                for target in targets { bound.insert(contentsOf: target.boundNames) }
            case let .functionDefinition(definition):
                bound.insert(definition.name)
            case let .conditional(branches, otherwise):
                for branch in branches { collect(branch.body, into: &bound, globals: &globals, nonlocals: &nonlocals) }
                collect(otherwise, into: &bound, globals: &globals, nonlocals: &nonlocals)
            case let .forLoop(target, _, body, otherwise):
                bound.insert(contentsOf: target.boundNames)
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
