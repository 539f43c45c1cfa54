import MatrixEngine

/// Python's lists and dicts in expressions: displays, comprehensions, `x if c else y`, and
/// indexing, slicing, assigning into and deleting from lists, tuples, strings, dicts and ranges.
extension Evaluator {
    @inline(never)
    mutating func evaluateList(_ elements: [Expression]) throws(Diagnostic) -> Value {
        var items: [Value] = []
        items.reserveCapacity(elements.count)
        for element in elements {
            if case let .starred(inner) = element.kind {
                items += try iterate(try evaluate(inner), expression: inner)
            } else {
                items.append(try evaluate(element))
            }
        }
        return .list(PythonList(items))
    }

    @inline(never)
    mutating func evaluateDictionary(_ entries: [DictionaryEntry]) throws(Diagnostic) -> Value {
        let dictionary = PythonDictionary(minimumCapacity: entries.count)
        for entry in entries {
            let key = try evaluate(entry.key)
            let value = try evaluate(entry.value)
            try store(key, value, in: dictionary, keyExpression: entry.key)
        }
        return .dictionary(dictionary)
    }

    mutating func store(_ key: Value, _ value: Value, in dictionary: PythonDictionary, keyExpression: Expression) throws(Diagnostic) {
        do {
            try dictionary.set(key, value)
        } catch {
            throw Diagnostic.at(keyExpression.span, "unhashable type: '\(error.typeName)'",
                                hint: "a dict key is a string, a number or a tuple; for an array key use a tuple of its numbers or a string")
        }
    }

    @inline(never)
    mutating func evaluateConditional(_ value: Expression, _ condition: Expression, _ otherwise: Expression) throws(Diagnostic) -> Value {
        try truth(of: condition) ? try evaluate(value) : try evaluate(otherwise)
    }

    /// `[f(x) for x in xs if c]` and `{k: v for …}`. The loop variables live in the comprehension's
    /// own scope, as in Python 3: they do not leak into the enclosing one.
    @inline(never)
    mutating func evaluateComprehension(_ comprehension: Comprehension, whole: Expression) throws(Diagnostic) -> Value {
        let names = Set(comprehension.clauses.flatMap(\.target.boundNames))
        let saved = names.map { ($0, boundValue($0)) }
        defer { for (name, value) in saved { restore(name, value) } }
        var items: [Value] = []
        let dictionary = PythonDictionary()
        try runClauses(comprehension, clause: 0, items: &items, dictionary: dictionary)
        if case .dictionary = comprehension.kind { return .dictionary(dictionary) }
        return .list(PythonList(items))
    }

    private mutating func runClauses(_ comprehension: Comprehension, clause index: Int, items: inout [Value], dictionary: PythonDictionary) throws(Diagnostic) {
        guard index < comprehension.clauses.count else {
            let element = try evaluate(comprehension.element)
            if case let .dictionary(keyExpression) = comprehension.kind {
                try store(try evaluate(keyExpression), element, in: dictionary, keyExpression: keyExpression)
            } else {
                items.append(element)
            }
            return
        }
        let clause = comprehension.clauses[index]
        for item in try iterate(try evaluate(clause.iterable), expression: clause.iterable) {
            try assign(item, to: clause.target, valueExpression: clause.iterable)
            var keep = true
            for condition in clause.conditions where try !truth(of: condition) { keep = false; break }
            if keep { try runClauses(comprehension, clause: index + 1, items: &items, dictionary: dictionary) }
        }
    }

    private mutating func restore(_ name: String, _ value: Value?) {
        if let value { bind(name, to: value); return }
        if let locals, let slot = locals.scope.localSlot(name) { locals.slots[slot] = nil } else if locals == nil { environment[name] = nil }
    }

    // MARK: Indexing

    mutating func indexPython(_ value: Value, _ components: [IndexComponent], base: Expression, whole: Expression) throws(Diagnostic) -> Value {
        guard components.count == 1 else {
            throw Diagnostic.at(whole.span, "\(value.typeName) indices must be a single integer or slice, not a tuple",
                                hint: value.pythonType == .list ? "for a matrix index, make it an array: np.array(\(text(of: base)))" : nil)
        }
        if case let .dictionary(d) = value {
            guard case let .single(keyExpression) = components[0] else {
                throw Diagnostic.at(whole.span, "a dict cannot be sliced: index it by a key")
            }
            let key = try evaluate(keyExpression)
            let found: Value?
            do { found = try d.value(for: key) } catch { throw Diagnostic.at(keyExpression.span, "unhashable type: '\(error.typeName)'") }
            guard let found else { throw missingKey(key, in: d, at: keyExpression, base: base) }
            return found
        }
        let count = sequenceLength(value)
        switch components[0] {
        case let .single(expression):
            let index = try evaluate(expression)
            let position = try integerIndex(index, expression, what: "\(value.typeName) index")
            let resolved = position < 0 ? position + count : position
            guard resolved >= 0 && resolved < count else {
                throw Diagnostic.at(expression.span, "\(value.typeName) index out of range: \(text(of: base)) has \(count) item\(count == 1 ? "" : "s") (indices 0 to \(count - 1)), not \(position)")
            }
            return element(of: value, at: resolved)
        case let .slice(start, stop, step, span):
            let bounds = try sliceBounds(start, stop, step)
            guard let indices = try? bounds.indices(length: count, operation: "slice") else {
                throw Diagnostic.at(span, "slice step cannot be zero")
            }
            switch value {
            case let .list(list): return .list(PythonList(indices.map { list.items[$0] }))
            case let .string(s):
                let characters = Array(s)
                return .string(String(indices.map { characters[$0] }))
            case let .range(r):
                let step = r.step * (bounds.step ?? 1)
                let first = indices.first.map(r.element) ?? r.start
                return .range(PythonRange(start: first, stop: first + step * indices.count, step: step))
            default: return .none
            }
        }
    }

    private func sequenceLength(_ value: Value) -> Int {
        switch value {
        case let .list(list): return list.items.count
        case let .string(s): return s.count
        case let .range(r): return r.count
        case let .tuple(items): return items.count
        default: return 0
        }
    }

    private func element(of value: Value, at index: Int) -> Value {
        switch value {
        case let .list(list): return list.items[index]
        case let .string(s): return .string(String(s[s.index(s.startIndex, offsetBy: index)]))
        case let .range(r): return .integer(r.element(index))
        case let .tuple(items): return items[index]
        default: return .none
        }
    }

    private func missingKey(_ key: Value, in d: PythonDictionary, at keyExpression: Expression, base: Expression) -> Diagnostic {
        let shown = ValueFormatter.representation(key, options: environment.printOptions)
        let keys = d.keys.map { ValueFormatter.representation($0, options: environment.printOptions) }
        let strings = d.keys.compactMap { if case let .string(s) = $0 { return s } else { return nil } }
        var hint: String?
        if case let .string(wanted) = key, let close = Spelling.closest(to: wanted, among: strings) { hint = "did you mean '\(close)'?" }
        let listed = keys.count <= 12 ? keys.joined(separator: ", ") : keys.prefix(12).joined(separator: ", ") + ", …"
        return Diagnostic.at(keyExpression.span, "KeyError: \(shown)",
                             notes: [d.count == 0 ? "\(text(of: base)) is empty" : "\(text(of: base)) has the keys \(listed)"], hint: hint)
    }

    /// `xs[i] = v`, `xs[1:3] = [...]`, `d[k] = v`.
    mutating func setItem(of container: Value, _ components: [IndexComponent], _ value: Value, whole: Expression) throws(Diagnostic) {
        guard components.count == 1 else {
            throw Diagnostic.at(whole.span, "\(container.typeName) indices must be a single integer or slice, not a tuple")
        }
        switch (container, components[0]) {
        case let (.dictionary(d), .single(keyExpression)):
            try store(try evaluate(keyExpression), value, in: d, keyExpression: keyExpression)
        case let (.list(list), .single(expression)):
            let index = try evaluate(expression)
            let position = try integerIndex(index, expression, what: "list index")
            let resolved = position < 0 ? position + list.items.count : position
            guard resolved >= 0 && resolved < list.items.count else {
                throw Diagnostic.at(expression.span, "list assignment index out of range: the list has \(list.items.count) item\(list.items.count == 1 ? "" : "s")",
                                    hint: "to add an item at the end use .append(...)")
            }
            list.items[resolved] = value
        case let (.list(list), .slice(start, stop, step, span)):
            let bounds = try sliceBounds(start, stop, step)
            let replacement = try iterate(value, expression: whole)
            if bounds.step == nil || bounds.step == 1 {
                let indices = (try? bounds.indices(length: list.items.count, operation: "slice")) ?? []
                let lower = indices.first ?? min(max(0, (bounds.start ?? 0) < 0 ? (bounds.start ?? 0) + list.items.count : (bounds.start ?? 0)), list.items.count)
                list.items.replaceSubrange(lower..<(lower + indices.count), with: replacement)
            } else {
                guard let indices = try? bounds.indices(length: list.items.count, operation: "slice"), indices.count == replacement.count else {
                    throw Diagnostic.at(span, "attempt to assign a sequence of size \(replacement.count) to an extended slice of another size")
                }
                for (index, item) in zip(indices, replacement) { list.items[index] = item }
            }
        case (.tuple, _):
            throw Diagnostic.at(whole.span, "'tuple' object does not support item assignment", hint: "a tuple cannot change: make a list of it, or a new tuple")
        case (.string, _):
            throw Diagnostic.at(whole.span, "'str' object does not support item assignment", hint: "build a new string instead")
        default:
            throw Diagnostic.at(whole.span, "'\(container.typeName)' object does not support item assignment")
        }
    }

    /// `del xs[0]`, `del d["k"]`.
    mutating func deleteItem(of container: Value, _ components: [IndexComponent], base: Expression, whole: Expression) throws(Diagnostic) {
        guard components.count == 1 else { throw Diagnostic.at(whole.span, "del takes one index or key") }
        switch (container, components[0]) {
        case let (.dictionary(d), .single(keyExpression)):
            let key = try evaluate(keyExpression)
            let removed: Value?
            do { removed = try d.remove(key) } catch { throw Diagnostic.at(keyExpression.span, "unhashable type: '\(error.typeName)'") }
            if removed == nil { throw missingKey(key, in: d, at: keyExpression, base: base) }
        case let (.list(list), .single(expression)):
            let index = try evaluate(expression)
            let position = try integerIndex(index, expression, what: "list index")
            let resolved = position < 0 ? position + list.items.count : position
            guard resolved >= 0 && resolved < list.items.count else { throw Diagnostic.at(expression.span, "list assignment index out of range") }
            list.items.remove(at: resolved)
        case let (.list(list), .slice(start, stop, step, _)):
            let indices = Set((try? sliceBounds(start, stop, step).indices(length: list.items.count, operation: "slice")) ?? [])
            list.items = list.items.enumerated().filter { !indices.contains($0.offset) }.map(\.element)
        default:
            throw Diagnostic.at(whole.span, "'\(container.typeName)' object doesn't support item deletion")
        }
    }
}
