/// The methods of Python's own values: a list's `append`, `pop`…, a dict's `get`, `items`…, a
/// string's `upper`, `split`, `join`, `format`…. nil when the receiver is not one of these.
extension Evaluator {
    mutating func callPythonMethod(_ receiver: Value, _ name: String, _ arguments: [Argument],
                                   receiver receiverExpression: Expression, whole: Expression) throws(Diagnostic) -> Value? {
        switch receiver {
        case let .list(list): return try listMethod(list, name, try evaluateCallArguments(arguments), receiver: receiverExpression, whole: whole)
        case let .dictionary(d): return try dictionaryMethod(d, name, try evaluateCallArguments(arguments), receiver: receiverExpression, whole: whole)
        case let .string(s): return try stringMethod(s, name, try evaluateCallArguments(arguments), receiver: receiverExpression, whole: whole)
        case let .tuple(items) where name == "index" || name == "count":
            return try listMethod(PythonList(items), name, try evaluateCallArguments(arguments), receiver: receiverExpression, whole: whole)
        case .integer where name == "bit_length", .bigInteger where name == "bit_length", .boolean where name == "bit_length":
            // The bits of the magnitude, without the sign: (-5).bit_length() is 3.
            guard arguments.isEmpty else { throw Diagnostic.at(whole.span, "int.bit_length() takes no arguments (\(arguments.count) given)") }
            switch receiver {
            case let .integer(i): return .integer(i.magnitude.bitWidth - i.magnitude.leadingZeroBitCount)
            case let .bigInteger(b): return .integer(b.magnitude.bitWidth)
            default: return .integer(receiver == .boolean(true) ? 1 : 0)
            }
        default: return nil
        }
    }

    private func arity(_ call: CallArguments, _ range: ClosedRange<Int>, _ method: String, whole: Expression) throws(Diagnostic) {
        guard range.contains(call.positional.count) else {
            let expected = range.lowerBound == range.upperBound ? "exactly \(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw Diagnostic.at(whole.span, "\(method)() takes \(expected) argument\(range.upperBound == 1 ? "" : "s") (\(call.positional.count) given)")
        }
    }

    private mutating func listMethod(_ list: PythonList, _ name: String, _ call: CallArguments, receiver: Expression, whole: Expression) throws(Diagnostic) -> Value {
        let values = call.positionalValues
        switch name {
        case "append":
            try arity(call, 1...1, "append", whole: whole)
            list.items.append(values[0])
            return .none
        case "extend":
            try arity(call, 1...1, "extend", whole: whole)
            list.items += try iterate(values[0], expression: call.positional[0].expression)
            return .none
        case "insert":
            try arity(call, 2...2, "insert", whole: whole)
            var index = try integerIndex(values[0], call.positional[0].expression, what: "an index")
            if index < 0 { index += list.items.count }
            list.items.insert(values[1], at: min(max(index, 0), list.items.count))
            return .none
        case "pop":
            try arity(call, 0...1, "pop", whole: whole)
            guard !list.items.isEmpty else { throw Diagnostic.at(whole.span, "pop from empty list") }
            var index = try values.first.map { v throws(Diagnostic) in try integerIndex(v, call.positional[0].expression, what: "an index") } ?? -1
            if index < 0 { index += list.items.count }
            guard index >= 0 && index < list.items.count else { throw Diagnostic.at(whole.span, "pop index out of range") }
            return list.items.remove(at: index)
        case "remove", "index", "count":
            try arity(call, 1...1, name, whole: whole)
            var positions: [Int] = []
            for (position, item) in list.items.enumerated() where try pythonEqual(item, values[0], at: whole) {
                positions.append(position)
                if name != "count" { break }
            }
            if name == "count" { return .integer(positions.count) }
            guard let position = positions.first else {
                let shown = ValueFormatter.representation(values[0], options: environment.printOptions)
                throw Diagnostic.at(whole.span, name == "remove" ? "list.remove(x): x not in list" : "\(shown) is not in list")
            }
            if name == "index" { return .integer(position) }
            list.items.remove(at: position)
            return .none
        case "sort":
            try arity(call, 0...0, "sort", whole: whole)
            var sortCall = CallArguments(positional: [(.list(list), receiver)])
            sortCall.keywords = call.keywords
            if case let .list(sorted)? = try callPythonBuiltin("sorted", sortCall, whole: whole) { list.items = sorted.items }
            return .none
        case "reverse":
            list.items.reverse()
            return .none
        case "copy":
            return .list(PythonList(list.items))
        case "clear":
            list.items = []
            return .none
        default:
            throw noMethod("list", name, among: Evaluator.listMethods, whole: whole)
        }
    }

    private mutating func dictionaryMethod(_ d: PythonDictionary, _ name: String, _ call: CallArguments, receiver: Expression, whole: Expression) throws(Diagnostic) -> Value {
        let values = call.positionalValues
        func lookUp(_ key: Value) throws(Diagnostic) -> Value? {
            do { return try d.value(for: key) } catch { throw Diagnostic.at(whole.span, "unhashable type: '\(error.typeName)'") }
        }
        switch name {
        case "get":
            try arity(call, 1...2, "get", whole: whole)
            return try lookUp(values[0]) ?? (values.count == 2 ? values[1] : .none)
        case "keys": return .list(PythonList(d.keys, viewName: "dict_keys"))
        case "values": return .list(PythonList(d.values, viewName: "dict_values"))
        case "items": return .list(PythonList(d.pairs.map { .tuple([$0.0, $0.1]) }, viewName: "dict_items"))
        case "pop":
            try arity(call, 1...2, "pop", whole: whole)
            let removed: Value?
            do { removed = try d.remove(values[0]) } catch { throw Diagnostic.at(whole.span, "unhashable type: '\(error.typeName)'") }
            if let removed { return removed }
            if values.count == 2 { return values[1] }
            throw Diagnostic.at(whole.span, "KeyError: \(ValueFormatter.representation(values[0], options: environment.printOptions))")
        case "setdefault":
            try arity(call, 1...2, "setdefault", whole: whole)
            if let existing = try lookUp(values[0]) { return existing }
            let value = values.count == 2 ? values[1] : .none
            try store(values[0], value, in: d, keyExpression: whole)
            return value
        case "update":
            try arity(call, 0...1, "update", whole: whole)
            if let source = values.first {
                guard case let .dictionary(other) = source else { throw Diagnostic.at(whole.span, "update takes a dict") }
                for (key, value) in other.pairs { try store(key, value, in: d, keyExpression: whole) }
            }
            for (key, value, expression) in call.keywords { try store(.string(key), value, in: d, keyExpression: expression) }
            return .none
        case "copy": return .dictionary(d.copy())
        case "clear":
            d.removeAll()
            return .none
        default:
            throw noMethod("dict", name, among: Evaluator.dictionaryMethods, whole: whole)
        }
    }

    private mutating func stringMethod(_ s: String, _ name: String, _ call: CallArguments, receiver: Expression, whole: Expression) throws(Diagnostic) -> Value {
        let values = call.positionalValues
        func text(_ index: Int) throws(Diagnostic) -> String? {
            guard index < values.count else { return nil }
            if case .none = values[index] { return nil }
            guard case let .string(t) = values[index] else {
                throw Diagnostic.at(call.positional[index].expression.span, "must be str, not \(values[index].typeName)")
            }
            return t
        }
        func stripped(_ t: String, _ characters: String?, leading: Bool, trailing: Bool) -> String {
            let strip: (Character) -> Bool = { c in characters.map { $0.contains(c) } ?? c.isWhitespace }
            var scalars = Substring(t)
            if leading { scalars = scalars.drop(while: strip) }
            if trailing { while let last = scalars.last, strip(last) { scalars = scalars.dropLast() } }
            return String(scalars)
        }
        switch name {
        case "upper": return .string(s.uppercased())
        case "lower": return .string(s.lowercased())
        case "title":
            // Python's rule: a letter after a letter is lower case, any other letter upper case ("it's" → "It'S").
            var out = "", afterLetter = false
            for character in s {
                out += character.isLetter ? (afterLetter ? character.lowercased() : character.uppercased()) : String(character)
                afterLetter = character.isLetter
            }
            return .string(out)
        case "swapcase":
            return .string(String(s.flatMap { $0.isUppercase ? Array($0.lowercased()) : $0.isLowercase ? Array($0.uppercased()) : [$0] }))
        case "capitalize": return .string(s.prefix(1).uppercased() + s.dropFirst().lowercased())
        case "strip", "lstrip", "rstrip":
            return .string(stripped(s, try text(0), leading: name != "rstrip", trailing: name != "lstrip"))
        case "rsplit":
            // Splitting from the right: the reversed string split with the reversed separator, then reversed back.
            let separator = try text(0)
            let limit = values.count > 1 ? values[1].wholeNumber ?? -1 : call.keyword("maxsplit")?.wholeNumber ?? -1
            guard limit >= 0 else { return try stringMethod(s, "split", call, receiver: receiver, whole: whole) }
            var reversedCall = CallArguments(positional: [(.string(String((separator ?? " ").reversed())), whole), (.integer(limit), whole)])
            if separator == nil { reversedCall.positional[0] = (.none, whole) }
            guard case let .list(parts) = try stringMethod(String(s.reversed()), "split", reversedCall, receiver: receiver, whole: whole) else { return .none }
            return .list(PythonList(parts.items.reversed().map { if case let .string(t) = $0 { return .string(String(t.reversed())) } else { return $0 } }))
        case "split":
            let separator = try text(0) ?? call.keyword("sep").flatMap { if case let .string(t) = $0 { return t } else { return nil } }
            let limit = values.count > 1 ? values[1].wholeNumber ?? -1 : call.keyword("maxsplit")?.wholeNumber ?? -1
            if let separator {
                guard !separator.isEmpty else { throw Diagnostic.at(whole.span, "empty separator") }
                var parts: [String] = []
                var rest = Substring(s)
                while limit < 0 || parts.count < limit, let range = rest.range(of: separator) {
                    parts.append(String(rest[..<range.lowerBound]))
                    rest = rest[range.upperBound...]
                }
                parts.append(String(rest))
                return .list(PythonList(parts.map(Value.string)))
            }
            var parts = s.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if limit >= 0 && parts.count > limit + 1 {
                // Python keeps the rest after `maxsplit` splits as one piece, from its original text.
                let head = parts.prefix(limit)
                var rest = Substring(s).drop(while: { $0.isWhitespace })
                for part in head { rest = rest.dropFirst(part.count).drop(while: { $0.isWhitespace }) }
                parts = Array(head) + [String(rest)]
            }
            return .list(PythonList(parts.map(Value.string)))
        case "join":
            try arity(call, 1...1, "join", whole: whole)
            var pieces: [String] = []
            for (index, item) in try iterate(values[0], expression: call.positional[0].expression).enumerated() {
                guard case let .string(piece) = item else {
                    throw Diagnostic.at(call.positional[0].expression.span, "sequence item \(index): expected str instance, \(item.typeName) found",
                                        hint: "make each item a string first: \"...\".join(str(x) for x in xs)")
                }
                pieces.append(piece)
            }
            return .string(pieces.joined(separator: s))
        case "replace":
            try arity(call, 2...3, "replace", whole: whole)
            guard let old = try text(0), let new = try text(1) else { throw Diagnostic.at(whole.span, "replace takes two strings") }
            return .string(old.isEmpty ? s : s.replacingAll(old, with: new))
        case "startswith", "endswith":
            try arity(call, 1...1, name, whole: whole)
            var candidates: [String] = []
            if case let .tuple(items) = values[0] {
                candidates = items.compactMap { if case let .string(t) = $0 { return t } else { return nil } }
            } else if let t = try text(0) { candidates = [t] }
            return .boolean(candidates.contains { name == "startswith" ? s.hasPrefix($0) : s.hasSuffix($0) })
        case "find", "index", "count":
            try arity(call, 1...1, name, whole: whole)
            guard let part = try text(0) else { throw Diagnostic.at(whole.span, "\(name) takes a string") }
            if name == "count" {
                guard !part.isEmpty else { return .integer(s.count + 1) }
                var count = 0, rest = Substring(s)
                while let range = rest.range(of: part) { count += 1; rest = rest[range.upperBound...] }
                return .integer(count)
            }
            if let range = Substring(s).range(of: part) { return .integer(s.distance(from: s.startIndex, to: range.lowerBound)) }
            if name == "find" { return .integer(-1) }
            throw Diagnostic.at(whole.span, "substring not found")
        case "isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum":
            let test: (Character) -> Bool = name == "isdigit" ? { $0.isNumber } : name == "isalpha" ? { $0.isLetter } : name == "isspace" ? { $0.isWhitespace }
                : name == "isupper" ? { $0.isUppercase } : name == "isalnum" ? { $0.isLetter || $0.isNumber } : { $0.isLowercase }
            return .boolean(!s.isEmpty && s.allSatisfy(test))
        case "zfill", "ljust", "rjust", "center":
            try arity(call, 1...2, name, whole: whole)
            let width = try integerIndex(values[0], call.positional[0].expression, what: "a width")
            guard width <= Evaluator.maximumSequenceLength else {
                throw Diagnostic.at(whole.span, "MemoryError: a string of \(width) characters is more than Backprop will hold",
                                    hint: "widths up to \(Evaluator.maximumSequenceLength) work")
            }
            let fill: Character = name == "zfill" ? "0" : (try text(1)?.first ?? " ")
            let padding = max(0, width - s.count)
            switch name {
            case "ljust": return .string(s + String(repeating: fill, count: padding))
            case "rjust": return .string(String(repeating: fill, count: padding) + s)
            case "center":
                let left = padding / 2 + (padding % 2 == 1 && width % 2 == 1 ? 1 : 0)
                return .string(String(repeating: fill, count: left) + s + String(repeating: fill, count: padding - left))
            default:
                if let sign = s.first, sign == "-" || sign == "+" { return .string(String(sign) + String(repeating: "0", count: padding) + s.dropFirst()) }
                return .string(String(repeating: "0", count: padding) + s)
            }
        case "format":
            return .string(try formatTemplate(s, call, whole: whole))
        default:
            throw noMethod("str", name, among: Evaluator.stringMethods, whole: whole)
        }
    }

    /// The methods of each kind of value, in the order a hint lists them (also what `d.get`
    /// without a call may take as a value).
    static let listMethods = ["append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear"]
    static let dictionaryMethods = ["get", "keys", "values", "items", "pop", "setdefault", "update", "copy", "clear"]
    static let stringMethods = ["upper", "lower", "strip", "split", "join", "replace", "startswith", "endswith", "find", "count",
                                "format", "zfill", "ljust", "rjust", "center", "title", "capitalize", "swapcase", "lstrip", "rstrip",
                                "rsplit", "index", "isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum"]

    func noMethod(_ type: String, _ name: String, among names: [String], whole: Expression) -> Diagnostic {
        Diagnostic.at(whole.span, "'\(type)' object has no attribute '\(name)'",
                      hint: Spelling.closest(to: name, among: names).map { "did you mean .\($0)?" } ?? "a \(type) has \(names.map { ".\($0)" }.joined(separator: ", "))")
    }
}
