/// Where a name lives: a function's own variables (decided when it was defined), an enclosing
/// function's, the session's globals, then the built-ins, as Python's LEGB rule reads them.
extension Evaluator {
    /// The value of `name` if the current function binds it or an enclosing one does; nil when
    /// the name is global. A local read before it is assigned is Python's UnboundLocalError.
    mutating func localValue(_ name: String, span: SourceSpan) throws(Diagnostic) -> Value? {
        guard let locals else { return nil }
        // Every local has a slot: a name without one is read from outside in one lookup.
        if let slot = locals.scope.slots[name] {
            if let value = locals.slots[slot] { return value }  // the common case
            guard locals.scope.locals.contains(name) else { return nil }  // a parameter declared global
            throw Diagnostic.at(span, "cannot access local variable '\(name)' where it is not associated with a value",
                                notes: ["'\(name)' is assigned somewhere in \(calls.last ?? "this function"), so it is local everywhere in it"],
                                hint: "assign \(name) before this line, or write global \(name) at the top of the function to use the global one")
        }
        if locals.enclosing == nil || locals.scope.globals.contains(name) { return nil }
        var scope = locals.enclosing
        while let enclosing = scope {
            if enclosing.scope.locals.contains(name), let value = enclosing[name] { return value }
            scope = enclosing.enclosing
        }
        return nil
    }

    /// The value a name is bound to, local or global, without errors (nil when unbound).
    /// (Mutating, as the other lookups here, only so that a call from a mutating method passes
    /// the evaluator by reference rather than a copy of all of it.)
    mutating func boundValue(_ name: String) -> Value? {
        if let locals {
            if let slot = locals.scope.slots[name] {
                if let value = locals.slots[slot] { return value }
                if locals.scope.locals.contains(name) { return nil }
            }
            if locals.enclosing != nil, !locals.scope.globals.contains(name) {
                var scope = locals.enclosing
                while let enclosing = scope {
                    if enclosing.scope.locals.contains(name), let value = enclosing[name] { return value }
                    scope = enclosing.enclosing
                }
            }
        }
        return environment[name]
    }

    /// True when assigning `name` here writes a local variable.
    mutating func assignsLocally(_ name: String) -> Bool {
        guard let locals else { return false }
        return locals.scope.locals.contains(name) || locals.scope.nonlocals.contains(name)
    }

    /// Binds `name` where Python would: the function's variable, an enclosing one's (`nonlocal`), or the global.
    mutating func bind(_ name: String, to value: Value) {
        if let locals {
            if let slot = locals.scope.localSlot(name) { locals.slots[slot] = value; return }
            if locals.scope.nonlocals.contains(name) {
                var scope = locals.enclosing
                while let enclosing = scope {
                    if let slot = enclosing.scope.localSlot(name) { enclosing.slots[slot] = value; return }
                    scope = enclosing.enclosing
                }
            }
        }
        environment[name] = value
    }

    /// `del name`: unbinds it where it is bound.
    mutating func unbind(_ name: String, span: SourceSpan) throws(Diagnostic) {
        if let locals, let slot = locals.scope.localSlot(name) {
            guard locals.slots[slot] != nil else {
                throw Diagnostic.at(span, "cannot access local variable '\(name)' where it is not associated with a value")
            }
            locals.slots[slot] = nil
            return
        }
        guard environment[name] != nil else { throw Diagnostic.at(span, "name '\(name)' is not defined") }
        environment[name] = nil
    }

    /// The value in a resolved local's slot (nil while it is unassigned, or for an unresolved name):
    /// the fast path of reading a function's own variable.
    mutating func slotValue(_ expression: Expression) -> Value? {
        guard let slot = expression.localSlot, let locals else { return nil }
        return locals.slots[slot]
    }

    /// The value a name expression is bound to, as `boundValue`, by its slot when it has one.
    mutating func boundValue(of expression: Expression) -> Value? {
        guard case let .name(name) = expression.kind else { return nil }
        if let value = slotValue(expression) { return value }
        return boundValue(name)
    }
}
