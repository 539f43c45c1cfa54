import MatrixEngine

/// Assignment: `W1 = …`, `A[0, :] = …`, `parameters["W" + str(l)] -= …`, `A, cache = f(x)`.
extension Evaluator {
    /// `target = value` or `target op= value`, with numpy's in-place rules and the notes'
    /// bracket names (`W[1] = …` assigns W1).
    mutating func assign(_ target: AssignmentTarget, _ compoundOperator: BinaryOperator?, _ valueExpression: Expression,
                         statement: Statement) throws(Diagnostic) {
        // A resolved local is never numpy's namespace: its slot answers before any name is compared.
        guard target.localSlot != nil || target.name != "np" && target.name != "numpy" || assignsLocally(target.name) else {
            throw Diagnostic(message: "'\(target.name)' is numpy's namespace and cannot be assigned to", span: target.nameSpan)
        }
        if compoundOperator == nil, target.index == nil {
            // `name = value`, the most common statement of all.
            bindAnnounced(target.name, try evaluate(valueExpression), span: target.nameSpan, statementSpan: statement.span, slot: target.localSlot)
            return
        }
        var target = target
        if let variable = try layerVariableName(target.name, target.index) {
            target = AssignmentTarget(name: variable, nameSpan: target.nameSpan, index: nil)
        }
        let targetExpression = Expression(.name(target.name), target.nameSpan)
        let indexedTarget = target.index.map { Expression(.index(targetExpression, $0), target.span) }
        var value = try evaluate(valueExpression)
        if let op = compoundOperator {
            // `X[0] += 5` adds to the selected part, as numpy does; `xs += [4]` extends the list itself.
            let container = try lookUp(target.name, span: target.nameSpan)
            var current = container
            if let index = target.index, let indexedTarget {
                current = try self.index(container, index, base: targetExpression, whole: indexedTarget)
            }
            let currentExpression = indexedTarget ?? targetExpression
            if try updatesListInPlace(op, current, value, lhs: currentExpression, rhs: valueExpression, span: statement.span) { return }
            let whole = Expression(.binary(op, currentExpression, valueExpression), statement.span)
            value = try applyBinary(op, current, value, lhs: currentExpression, rhs: valueExpression, whole: whole)
            value = try Evaluator.inPlace(op, into: current, value, target: text(of: currentExpression), span: statement.span)
            if target.index == nil || !Evaluator.isArray(container) {
                // `A -= dA`, `parameters["W1"] -= …`: the array itself changes, then is put back.
                value = Evaluator.written(value, into: current)
            }
        }
        if let index = target.index, let indexedTarget {
            try assignPart(of: target.name, at: target.nameSpan, index, value, target: indexedTarget, valueExpression: valueExpression)
            return
        }
        bindAnnounced(target.name, value, span: target.nameSpan, statementSpan: statement.span, slot: target.localSlot)
    }

    /// `xs += ys` extends the list itself and `xs *= 2` repeats it in place, wherever it is held
    /// (`d["a"] += [3]` too), as Python's list does; false when `current` is not a list.
    private mutating func updatesListInPlace(_ op: BinaryOperator, _ current: Value, _ value: Value,
                                             lhs: Expression, rhs: Expression, span: SourceSpan) throws(Diagnostic) -> Bool {
        guard case let .list(list) = current, op == .add || op == .multiply else { return false }
        if op == .add {
            list.items += try iterate(value, expression: rhs)
            return true
        }
        let repeated = try applyBinary(.multiply, current, value, lhs: lhs, rhs: rhs, whole: Expression(.binary(op, lhs, rhs), span))
        guard case let .list(result) = repeated else { return false }
        list.items = result.items
        return true
    }

    /// `grid[1][0] += 1`: the part of the container `base` evaluates to, updated in place.
    mutating func augment(_ partExpression: Expression, _ op: BinaryOperator, _ valueExpression: Expression,
                          statement: Statement) throws(Diagnostic) {
        guard case let .index(base, index) = partExpression.kind else { return }
        let container = try evaluate(base)
        let current = try self.index(container, index, base: base, whole: partExpression)
        let value = try evaluate(valueExpression)
        if try updatesListInPlace(op, current, value, lhs: partExpression, rhs: valueExpression, span: statement.span) { return }
        let whole = Expression(.binary(op, partExpression, valueExpression), statement.span)
        var result = try applyBinary(op, current, value, lhs: partExpression, rhs: valueExpression, whole: whole)
        result = try Evaluator.inPlace(op, into: current, result, target: text(of: partExpression), span: statement.span)
        if case let .array(array) = container {
            // `grads["dW1"][0] += 1`: into the array the dict holds.
            array.value = try assignIntoPart(of: array.value, index, value: result, target: partExpression, valueExpression: valueExpression)
            return
        }
        try setItem(of: container, index, Evaluator.written(result, into: current), whole: partExpression)
    }

    /// Binds a name, saying what a learner would want told: a command word now meaning their
    /// variable, a built-in function now hidden, a bias whose shape a rank-1 operand changed.
    /// `slot` is the name's place in the frame when the resolver found it local.
    mutating func bindAnnounced(_ name: String, _ value: consuming Value, span: SourceSpan, statementSpan: SourceSpan, slot: Int? = nil) {
        if hasRankOneBroadcastWarning {
            noteShapeChange(of: name, from: boundValue(name), to: value, span: statementSpan)
        }
        if let slot, let locals {
            locals.slots[slot] = value  // a local: nothing global to announce
            return
        }
        if !assignsLocally(name) {
            let old = environment[name]
            if old == nil, commandNames.contains(name), !environment.announcedShadowedCommands.contains(name) {
                // Said once a session: from here on the word means the learner's value.
                environment.announcedShadowedCommands.insert(name)
                warn(Diagnostic(.warning, message: "'\(name)' is also a command: from now on \(name) means your variable",
                                span: span, hint: "%\(name) runs the command"))
            }
            if case .function = value, old == nil, functions.lookUp(name) != nil || PythonBuiltins.names.contains(name),
               !environment.announcedShadowedCommands.contains("def " + name) {
                environment.announcedShadowedCommands.insert("def " + name)
                let builtin = functions.lookUp(name)
                let reach = builtin?.isNumpy == true ? "np.\(name) still reaches numpy's" : "del \(name) brings Backprop's back"
                warn(Diagnostic(.warning, message: "your \(name) replaces the built-in \(name) from now on", span: span,
                                hint: reach))
            }
        }
        bind(name, to: value)
    }

    /// `name[index] = value` into an array, a list or a dict, where `name` is bound.
    private mutating func assignPart(of name: String, at nameSpan: SourceSpan, _ index: [IndexComponent], _ value: Value,
                                     target: Expression, valueExpression: Expression) throws(Diagnostic) {
        guard let container = boundValue(name) else {
            throw Diagnostic.at(nameSpan, "name '\(name)' is not defined", hint: "assign \(name) first: \(name) = {} for a dict, [] for a list")
        }
        switch container {
        case let .array(array):
            // Into the array itself: every name, list and dict that holds it sees the change.
            array.value = try assignIntoPart(of: array.value, index, value: value, target: target, valueExpression: valueExpression)
        default:
            try setItem(of: container, index, value, whole: target)
        }
    }

    /// Puts `value` into an unpacking pattern: `A, cache = value`, `for i, (x, y) in …`.
    mutating func assign(_ value: Value, to pattern: AssignmentPattern, valueExpression: Expression) throws(Diagnostic) {
        switch pattern {
        case let .target(target):
            if let index = target.index {
                let base = Expression(.name(target.name), target.nameSpan)
                try assignPart(of: target.name, at: target.nameSpan, index, value, target: Expression(.index(base, index), target.span),
                               valueExpression: valueExpression)
            } else {
                bindAnnounced(target.name, value, span: target.nameSpan, statementSpan: target.span, slot: target.localSlot)
            }
        case let .part(base, index, span):
            let container = try evaluate(base)
            let target = Expression(.index(base, index), span)
            if case let .array(array) = container {
                // `parameters["W1"][0, 0] = 0`: into the array the dict holds.
                array.value = try assignIntoPart(of: array.value, index, value: value, target: target, valueExpression: valueExpression)
                return
            }
            try setItem(of: container, index, value, whole: target)
        case let .tuple(patterns, span):
            let items = try iterate(value, expression: valueExpression)
            let starred = patterns.firstIndex { if case .starred = $0 { return true } else { return false } }
            if let starred {
                let after = patterns.count - starred - 1
                guard items.count >= patterns.count - 1 else {
                    throw Diagnostic.at(span, "not enough values to unpack (expected at least \(patterns.count - 1), got \(items.count))")
                }
                for (pattern, item) in zip(patterns[..<starred], items) { try assign(item, to: pattern, valueExpression: valueExpression) }
                if case let .starred(inner, _) = patterns[starred] {
                    try assign(.list(PythonList(Array(items[starred..<(items.count - after)]))), to: inner, valueExpression: valueExpression)
                }
                for (pattern, item) in zip(patterns[(starred + 1)...], items[(items.count - after)...]) {
                    try assign(item, to: pattern, valueExpression: valueExpression)
                }
                return
            }
            guard items.count == patterns.count else {
                let got = items.count
                let message = got > patterns.count ? "too many values to unpack (expected \(patterns.count), got \(got))"
                                                    : "not enough values to unpack (expected \(patterns.count), got \(got))"
                throw Diagnostic.at(span, message, notes: ["\(text(of: valueExpression)) is \(value.kindDescription)"],
                                    hint: Evaluator.unpackingHint(value, expected: patterns.count))
            }
            for (pattern, item) in zip(patterns, items) { try assign(item, to: pattern, valueExpression: valueExpression) }
        case let .starred(_, span):
            throw Diagnostic.at(span, "starred assignment target must be in a list or tuple")
        }
    }

    private static func unpackingHint(_ value: Value, expected: Int) -> String? {
        if case let .array(a) = value, a.rank >= 1 {
            return "unpacking an array takes its rows: it has \(a.shape[0]); a function that returns \(expected) values returns them as a tuple"
        }
        return "the function must return \(expected) values: return a, b"
    }

    /// numpy writes `x op= y` into x itself: the result keeps x's shape and dtype, so a result that
    /// broadcasts to another shape (`b -= db` with a rank-1 db) or needs a wider dtype (an int
    /// array `+= 0.5`) is numpy's error, not a silently different x.
    static func inPlace(_ op: BinaryOperator, into current: Value, _ result: Value, target: String, span: SourceSpan) throws(Diagnostic) -> Value {
        guard case let .array(before) = current, !before.isNumpyScalar, let after = result.asArray else { return result }
        let ufunc = RuntimeWarnings.ufuncName(op)
        guard after.shape == before.shape else {
            throw Diagnostic(message: "\(target) \(op.rawValue)= …: non-broadcastable output operand with shape \(before.shapeDescription) doesn't match the broadcast shape \(after.shapeDescription)",
                             span: span, notes: ["numpy writes the result into \(target) itself, so it must keep \(target)'s shape \(before.shapeDescription)"],
                             hint: before.rank == 2 && before.shape[1] == 1 && after.shape == [before.shape[0], before.shape[0]]
                                ? "a rank-1 operand stretched it: reshape it to \(before.shapeDescription), or keepdims=True where it was summed" : nil)
        }
        guard DType.promoted(before.dtype, after.dtype) == before.dtype || before.dtype == .float64 else {
            throw Diagnostic(message: "\(target) \(op.rawValue)= …: Cannot cast ufunc '\(ufunc)' output from dtype('\(after.dtype.rawValue)') to dtype('\(before.dtype.rawValue)') with casting rule 'same_kind'",
                             span: span, hint: "\(target) is \(before.dtype.rawValue): make it a float array first (\(target) = \(target).astype(float)), or write \(target) = \(target) \(op.rawValue) …")
        }
        return .array(after.converted(to: before.dtype))
    }

    /// An in-place result written into the array it came from, which is then what the target
    /// holds again (numpy's `__iadd__` returns self); a Python number or a numpy scalar is
    /// immutable, so its result is a new value.
    static func written(_ result: Value, into current: Value) -> Value {
        guard case let .array(array) = current, !array.isNumpyScalar, case let .array(computed) = result else { return result }
        var elements = computed.value
        elements.isNumpyScalar = false  // x stays an ndarray: `z = np.array(5.); z *= 2` is 0-d still
        array.value = elements
        return current
    }

    static func isArray(_ value: Value) -> Bool {
        if case .array = value { return true }
        return false
    }

    /// `b1 = b1 - α * db1` with a rank-1 db1 turns the (4, 1) bias into (4, 4): say so where it happens.
    private mutating func noteShapeChange(of name: String, from old: Value?, to new: Value, span: SourceSpan) {
        guard case let .array(before)? = old, case let .array(after) = new, before.shape != after.shape else { return }
        warn(Diagnostic(.warning, message: "\(name) was \(before.shapeDescription) and is now \(after.shapeDescription)", span: span,
                        hint: "a rank-1 operand stretched it; reshape that operand to a column to keep \(before.shapeDescription)"))
    }
}
