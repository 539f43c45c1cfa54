/// One call's variables, each in the slot its function's scope gave it (the resolver marks the
/// body's names with their slots, so most reads and writes index this array instead of hashing
/// a name). A reference, so a function defined inside this call (a closure) sees them as they
/// are when it runs, as Python's cells do.
public final class LocalVariables: @unchecked Sendable {
    /// Each variable's value, in the order of `scope.slotNames`; nil while unassigned.
    var slots: [Value?]
    public let enclosing: LocalVariables?
    /// The names the function binds (so every other name is read from outside).
    let scope: FunctionScope

    init(scope: FunctionScope, enclosing: LocalVariables?) {
        self.scope = scope
        self.enclosing = enclosing
        slots = Array(unassigned: scope.slotNames.count)
    }

    /// A variable by name, for the paths the resolver does not mark (nil when it has no slot or no value).
    subscript(name: String) -> Value? {
        get { scope.slots[name].flatMap { slots[$0] } }
        set {
            guard let slot = scope.slots[name] else { return assertionFailure("\(name) has no slot in this frame") }
            slots[slot] = newValue
        }
    }
}
