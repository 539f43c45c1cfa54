import BigInt
import MatrixEngine

/// The bodies of Python's built-in functions (see Builtins/PythonBuiltins.swift).
extension Evaluator {
    /// Calls the Python built-in `name`; nil when the call is numpy's after all (`sum(x, axis=1)`,
    /// `abs` of an array), which the caller then makes.
    mutating func callPythonBuiltin(_ name: String, _ arguments: [Argument], whole: Expression) throws(Diagnostic) -> Value? {
        if ["sum", "max", "min", "abs", "round", "any", "all"].contains(name),
           arguments.contains(where: { $0.label.map(PythonBuiltins.numpyKeywords.contains) ?? false }) { return nil }
        // hasattr(np, 'zeros'): numpy is no value here; what it has is what Backprop has of it.
        if name == "hasattr", arguments.count == 2, case let .name(module) = arguments[0].value.kind, module == "np" || module == "numpy",
           boundValue(module) == nil, case let .string(attributeName) = try evaluate(arguments[1].value) {
            return .boolean(functions.lookUp(attributeName) != nil || NumericConstants.value(named: attributeName) != nil
                            || ["random", "linalg", "ndarray", "float64", "int64", "bool_"].contains(attributeName))
        }
        return try callPythonBuiltin(name, try evaluateCallArguments(arguments), whole: whole)
    }

    mutating func callPythonBuiltin(_ name: String, _ call: CallArguments, whole: Expression) throws(Diagnostic) -> Value? {
        // abs and round of an array (or a numpy scalar with ndigits) are numpy's.
        if name == "abs" || name == "round", case let .array(a)? = call.positional.first?.value,
           name == "abs" || !(a.isNumpyScalar || a.rank == 0) || call.positional.count == 2 || call.hasKeyword("ndigits"),
           let function = functions.lookUp(name == "abs" ? "abs" : "round") {
            var evaluated = call
            if let index = evaluated.keywords.firstIndex(where: { $0.name == "ndigits" }) { evaluated.keywords[index].name = "decimals" }
            return try invoke(function, evaluated, whole: whole)
        }
        let values = call.positionalValues
        let options = environment.printOptions
        func expect(_ range: ClosedRange<Int>) throws(Diagnostic) {
            guard range.contains(values.count) else {
                let expected = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
                throw Diagnostic.at(whole.span, "\(name)() takes \(expected) argument\(range.upperBound == 1 ? "" : "s") (\(values.count) given)",
                                    hint: PythonBuiltins.entry(name).map { "usage: \($0.signature)" })
            }
        }
        func first() -> Expression { call.positional.first?.expression ?? whole }
        switch name {
        case "print":
            let separator = try optionalText(call.keyword("sep"), default: " ", name: "sep", whole: whole)
            let terminator = try optionalText(call.keyword("end"), default: "\n", name: "end", whole: whole)
            try Evaluator.checkIntegerDigits(values, at: whole.span)
            write(values.map { ValueFormatter.printed($0, options: options) }.joined(separator: separator) + terminator)
            return Value.none
        case "len":
            try expect(1...1)
            return .integer(try length(values[0], expression: first()))
        case "str":
            try expect(0...1)
            try Evaluator.checkIntegerDigits(values, at: whole.span)
            return .string(values.first.map { ValueFormatter.printed($0, options: options) } ?? "")
        case "repr":
            try expect(1...1)
            try Evaluator.checkIntegerDigits(values, at: whole.span)
            return .string(ValueFormatter.representation(values[0], options: options))
        case "range":
            try expect(1...3)
            var bounds: [Int] = []
            for (value, expression) in call.positional { bounds.append(try integerIndex(value, expression, what: "a range bound")) }
            let (start, stop, step) = bounds.count == 1 ? (0, bounds[0], 1) : (bounds[0], bounds[1], bounds.count == 3 ? bounds[2] : 1)
            guard step != 0 else { throw Diagnostic.at(whole.span, "range() arg 3 must not be zero") }
            return .range(PythonRange(start: start, stop: stop, step: step))
        case "enumerate":
            try expect(1...2)
            var index = 0
            if let start = call.keyword("start") ?? (values.count == 2 ? values[1] : nil) { index = try integerIndex(start, whole, what: "start") }
            var pairs: [Value] = []
            for item in try iterate(values[0], expression: first()) {
                pairs.append(.tuple([.integer(index), item]))
                index += 1
            }
            return .list(PythonList(pairs))
        case "zip":
            var sequences: [[Value]] = []
            for (value, expression) in call.positional { sequences.append(try iterate(value, expression: expression)) }
            let count = sequences.map(\.count).min() ?? 0
            return .list(PythonList((0..<count).map { i in .tuple(sequences.map { $0[i] }) }))
        case "reversed":
            try expect(1...1)
            if case let .range(r) = values[0] {
                return .range(PythonRange(start: r.element(r.count - 1), stop: r.start - r.step, step: -r.step))
            }
            if case .dictionary = values[0] {} else if case .list = values[0] {} else if case .tuple = values[0] {} else if case .string = values[0] {} else if case .array = values[0] {} else {
                throw Diagnostic.at(first().span, "'\(values[0].typeName)' object is not reversible")
            }
            return .list(PythonList(try iterate(values[0], expression: first()).reversed()))
        case "sorted":
            try expect(1...1)
            var reverse = false
            if let flag = call.keyword("reverse") { reverse = try truth(of: flag, at: whole) }
            return .list(PythonList(try sortedItems(try iterate(values[0], expression: first()), key: call.keyword("key"),
                                                    reverse: reverse, whole: whole)))
        case "list":
            try expect(0...1)
            return .list(PythonList(try values.first.map { v throws(Diagnostic) in try iterate(v, expression: first()) } ?? []))
        case "tuple":
            try expect(0...1)
            return .tuple(try values.first.map { v throws(Diagnostic) in try iterate(v, expression: first()) } ?? [])
        case "dict":
            try expect(0...1)
            let dictionary = PythonDictionary()
            if let source = values.first {
                if case let .dictionary(d) = source {
                    for (key, value) in d.pairs { try store(key, value, in: dictionary, keyExpression: first()) }
                } else {
                    for pair in try iterate(source, expression: first()) {
                        let items = try iterate(pair, expression: first())
                        guard items.count == 2 else {
                            throw Diagnostic.at(first().span, "dictionary update sequence element has length \(items.count); 2 is required")
                        }
                        try store(items[0], items[1], in: dictionary, keyExpression: first())
                    }
                }
            }
            for (key, value, expression) in call.keywords { try store(.string(key), value, in: dictionary, keyExpression: expression) }
            return .dictionary(dictionary)
        case "bool":
            try expect(0...1)
            return .boolean(try values.first.map { v throws(Diagnostic) in try truth(of: v, at: first()) } ?? false)
        case "int":
            try expect(0...2)
            return try pythonInt(values.first ?? .integer(0), base: values.count == 2 ? values[1] : nil, expression: first())
        case "float":
            try expect(0...1)
            return try pythonFloat(values.first ?? .float(0), expression: first())
        case "abs":
            try expect(1...1)
            switch values[0] {
            case let .integer(i): return i == .min ? .integer(-BigInt(i)) : .integer(Swift.abs(i))
            case let .bigInteger(b): return .integer(BigInt(b.magnitude))
            case let .boolean(b): return .integer(b ? 1 : 0)
            case let .float(x): return .float(Swift.abs(x))
            default: throw Diagnostic.at(first().span, "bad operand type for abs(): '\(values[0].typeName)'")
            }
        case "min", "max":
            let items = values.count == 1 ? try iterate(values[0], expression: first()) : values
            guard !items.isEmpty else {
                if let fallback = call.keyword("default") { return fallback }
                throw Diagnostic.at(whole.span, "\(name)() iterable argument is empty")
            }
            guard values.count >= 1 else { throw Diagnostic.at(whole.span, "\(name) expected at least 1 argument, got 0") }
            let key = call.keyword("key")
            var best = items[0]
            var bestKey = try key.map { k throws(Diagnostic) in try callValue(k, [best], whole: whole) } ?? best
            for item in items.dropFirst() {
                let itemKey = try key.map { k throws(Diagnostic) in try callValue(k, [item], whole: whole) } ?? item
                let better = try applyBinary(name == "min" ? .less : .greater, itemKey, bestKey, lhs: whole, rhs: whole, whole: whole)
                if try truth(of: better, at: whole) { best = item; bestKey = itemKey }
            }
            return best
        case "sum":
            try expect(1...2)
            var total = call.keyword("start") ?? (values.count == 2 ? values[1] : .integer(0))
            if case .string = total { throw Diagnostic.at(whole.span, "sum() can't sum strings [use ''.join(seq) instead]") }
            for item in try iterate(values[0], expression: first()) {
                total = try applyBinary(.add, total, item, lhs: whole, rhs: first(), whole: whole)
            }
            return total
        case "round":
            try expect(1...2)
            let digits = call.keyword("ndigits") ?? (values.count == 2 ? values[1] : .none)
            return try pythonRound(values[0], digits: digits, whole: whole)
        case "isinstance":
            try expect(2...2)
            return .boolean(try isInstance(values[0], values[1], at: call.positional[1].expression))
        case "type":
            try expect(1...1)
            return .type(values[0].pythonType)
        case "any", "all":
            try expect(1...1)
            for item in try iterate(values[0], expression: first()) {
                let truth = try truth(of: item, at: first())
                if name == "any" && truth { return .boolean(true) }
                if name == "all" && !truth { return .boolean(false) }
            }
            return .boolean(name == "all")
        case "format":
            try expect(1...2)
            let spec = values.count == 2 ? values[1] : .string("")
            guard case let .string(specText) = spec else { throw Diagnostic.at(whole.span, "format() argument 2 must be str, not \(spec.typeName)") }
            return .string(try format(values[0], spec: specText, at: whole))
        case "divmod":
            try expect(2...2)
            let q = try applyBinary(.floorDivide, values[0], values[1], lhs: first(), rhs: call.positional[1].expression, whole: whole)
            let r = try applyBinary(.modulo, values[0], values[1], lhs: first(), rhs: call.positional[1].expression, whole: whole)
            return .tuple([q, r])
        case "pow":
            try expect(2...3)
            if values.count == 3 {
                // pow(base, exp, mod): modular exponentiation of ints, as Python's.
                guard let base = Evaluator.bigValue(values[0]), let exponent = Evaluator.bigValue(values[1]), let modulus = Evaluator.bigValue(values[2]),
                      exponent >= 0 else {
                    throw Diagnostic.at(whole.span, "pow() 3rd argument not allowed unless all arguments are integers (and the exponent not negative)")
                }
                guard modulus != 0 else { throw Diagnostic.at(whole.span, "pow() 3rd argument cannot be 0") }
                var r = base.power(exponent, modulus: modulus)
                if r != 0 && (r < 0) != (modulus < 0) { r += modulus }
                return .integer(r)
            }
            return try applyBinary(.power, values[0], values[1], lhs: first(), rhs: call.positional[1].expression, whole: whole)
        case "map", "filter":
            try expect(2...2)
            var out: [Value] = []
            for item in try iterate(values[1], expression: call.positional[1].expression) {
                if name == "map" {
                    out.append(try callValue(values[0], [item], whole: whole))
                } else if case .none = values[0] {
                    if try truth(of: item, at: whole) { out.append(item) }
                } else if try truth(of: try callValue(values[0], [item], whole: whole), at: whole) {
                    out.append(item)
                }
            }
            return .list(PythonList(out))
        case "hex", "oct", "bin":
            try expect(1...1)
            let number = try Evaluator.indexValue(values[0], at: first())
            let (radix, prefix) = name == "hex" ? (16, "0x") : name == "oct" ? (8, "0o") : (2, "0b")
            return .string((number < 0 ? "-" : "") + prefix + String(number.magnitude, radix: radix))
        case "chr":
            try expect(1...1)
            let code = try Evaluator.indexValue(values[0], at: first())
            guard let small = Int32(exactly: code) else {
                throw Diagnostic.at(first().span, "OverflowError: Python int too large to convert to C int")
            }
            guard small >= 0, small < 0x110000 else { throw Diagnostic.at(first().span, "chr() arg not in range(0x110000)") }
            guard let scalar = Unicode.Scalar(UInt32(small)) else {
                throw Diagnostic.at(first().span, "chr(\(small)) is a lone surrogate (U+\(String(small, radix: 16, uppercase: true))), which Python makes but Backprop's strings cannot hold")
            }
            return .string(String(Character(scalar)))
        case "ord":
            try expect(1...1)
            guard case let .string(text) = values[0] else {
                throw Diagnostic.at(first().span, "ord() expected string of length 1, but \(values[0].typeName) found")
            }
            guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
                throw Diagnostic.at(first().span, "ord() expected a character, but string of length \(text.unicodeScalars.count) found")
            }
            return .integer(Int(scalar.value))
        case "callable":
            try expect(1...1)
            switch values[0] {
            case .function, .type: return .boolean(true)
            default: return .boolean(false)
            }
        case "hasattr":
            try expect(2...2)
            guard case let .string(attributeName) = values[1] else {
                throw Diagnostic.at(call.positional[1].expression.span, "hasattr(): attribute name must be string")
            }
            return .boolean(hasAttribute(values[0], attributeName, receiver: first(), whole: whole))
        default:
            return nil
        }
    }

    private func optionalText(_ value: Value?, default fallback: String, name: String, whole: Expression) throws(Diagnostic) -> String {
        switch value {
        case nil, .none?: return fallback
        case let .string(s)?: return s
        case let other?: throw Diagnostic.at(whole.span, "\(name) must be None or a string, not \(other.typeName)")
        }
    }

    func length(_ value: Value, expression: Expression) throws(Diagnostic) -> Int {
        switch value {
        case let .list(list): return list.items.count
        case let .dictionary(d): return d.count
        case let .tuple(items): return items.count
        case let .string(s): return s.count
        case let .range(r): return r.count
        case let .array(a):
            guard let first = a.shape.first else {
                throw Diagnostic.at(expression.span, "len() of unsized object: a 0-d array has no length", hint: "use .size, or .item() for its number")
            }
            return first
        default:
            throw Diagnostic.at(expression.span, "object of type '\(value.typeName)' has no len()")
        }
    }

    /// Calls any callable value: the learner's function or lambda, or a type used as a function (`key=len` is not supported).
    mutating func callValue(_ callee: Value, _ arguments: [Value], whole: Expression) throws(Diagnostic) -> Value {
        switch callee {
        case let .function(function): return try call(function, positional: arguments, keywords: [], whole: whole)
        case let .type(type):
            if [.float64, .int64, .bool_].contains(type), let dtype = type.dtype {
                return try numpyScalar(dtype, path: type.rawValue, of: arguments, whole: whole)
            }
            let call = CallArguments(positional: arguments.map { ($0, whole) })
            guard let result = try callPythonBuiltin(type.rawValue, call, whole: whole) else {
                throw Diagnostic.at(whole.span, "'\(type.qualifiedName)' cannot be called here")
            }
            return result
        default:
            throw Diagnostic.at(whole.span, "'\(callee.typeName)' object is not callable")
        }
    }

    private mutating func sortedItems(_ items: [Value], key: Value?, reverse: Bool, whole: Expression) throws(Diagnostic) -> [Value] {
        var keyed: [(key: Value, item: Value)] = []
        for item in items {
            let k: Value
            if let key, key != .none { k = try callValue(key, [item], whole: whole) } else { k = item }
            keyed.append((k, item))
        }
        // A stable merge sort that can throw (Swift's sort takes no throwing comparator).
        func less(_ a: Value, _ b: Value) throws(Diagnostic) -> Bool {
            try truth(of: try applyBinary(.less, a, b, lhs: whole, rhs: whole, whole: whole), at: whole)
        }
        var sorted = keyed
        var width = 1
        while width < sorted.count {
            var merged: [(key: Value, item: Value)] = []
            merged.reserveCapacity(sorted.count)
            var start = 0
            while start < sorted.count {
                let middle = min(start + width, sorted.count), end = min(start + 2 * width, sorted.count)
                var i = start, j = middle
                while i < middle || j < end {
                    if j >= end { merged.append(sorted[i]); i += 1; continue }
                    if i >= middle { merged.append(sorted[j]); j += 1; continue }
                    let takeRight = reverse ? try less(sorted[i].key, sorted[j].key) : try less(sorted[j].key, sorted[i].key)
                    if takeRight { merged.append(sorted[j]); j += 1 } else { merged.append(sorted[i]); i += 1 }
                }
                start = end
            }
            sorted = merged
            width *= 2
        }
        return sorted.map(\.item)
    }

    /// The digits of `int(text, base)` as CPython reads them, with the radix they are in: space
    /// around them, a sign, the base's prefix (`0x`, `0o`, `0b`; base 0 takes it from the prefix),
    /// and single underscores between digits. nil when CPython would refuse the text.
    static func integerLiteral(_ text: String, base: Int) -> (digits: String, radix: Int, negative: Bool)? {
        var body = Substring(text).drop(while: \.isWhitespace)
        while body.last?.isWhitespace == true { body = body.dropLast() }
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        var radix = base
        let prefixes: [(String, Int)] = [("0x", 16), ("0o", 8), ("0b", 2)]
        if let (_, prefixRadix) = prefixes.first(where: { body.lowercased().hasPrefix($0.0) }), base == 0 || base == prefixRadix {
            radix = prefixRadix
            body = body.dropFirst(2)
            if body.first == "_" { body = body.dropFirst() }  // `0x_1f`
        } else if base == 0 {
            radix = 10
            // Base 0 reads a decimal as Python source does: no leading zeros but for zero itself.
            if body.count > 1, body.first == "0", body.contains(where: { $0 != "0" && $0 != "_" }) { return nil }
        }
        guard !body.isEmpty, body.first != "_", body.last != "_", !body.contains("__") else { return nil }
        // Any Unicode decimal digit counts as its value (`int('٣')` is 3), as in CPython.
        var digits = ""
        for character in body where character != "_" {
            if character.isASCII, Int(String(character), radix: radix) != nil {
                digits.append(character)
            } else if let value = character.wholeNumberValue, value < min(radix, 10),
                      character.unicodeScalars.count == 1, character.unicodeScalars.first?.properties.generalCategory == .decimalNumber {
                digits.append(Character(String(value)))
            } else {
                return nil
            }
        }
        return (digits, radix, negative)
    }

    private func pythonInt(_ value: Value, base: Value?, expression: Expression) throws(Diagnostic) -> Value {
        switch value {
        case .integer, .bigInteger: return value
        case let .boolean(b): return .integer(b ? 1 : 0)
        case let .float(x): return try Evaluator.truncated(x, at: expression)
        case let .string(text):
            let base = base?.wholeNumber ?? 10
            guard base == 0 || (2...36).contains(base) else {
                throw Diagnostic.at(expression.span, "ValueError: int() base must be >= 2 and <= 36, or 0")
            }
            guard let (digits, radix, negative) = Evaluator.integerLiteral(text, base: base) else {
                throw Diagnostic.at(expression.span, "invalid literal for int() with base \(base): \(ValueFormatter.quoted(text))")
            }
            if radix == 10, digits.count > Evaluator.maximumIntegerDigits {
                throw Diagnostic.at(expression.span, "ValueError: Exceeds the limit (\(Evaluator.maximumIntegerDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
            }
            // BigInt reads radixes below 36; base 36 goes digit by digit.
            guard let magnitude = radix < 36 ? BigInt(digits, radix: radix)
                    : digits.reduce(BigInt(0), { $0 * 36 + BigInt(Int(String($1), radix: 36) ?? 0) }) else {
                throw Diagnostic.at(expression.span, "invalid literal for int() with base \(base): \(ValueFormatter.quoted(text))")
            }
            return .integer(negative ? -magnitude : magnitude)
        case let .array(a):
            guard a.rank == 0 || a.isNumpyScalar else {
                throw Diagnostic.at(expression.span, "only 0-dimensional arrays can be converted to Python scalars",
                                    hint: "this array is \(a.shapeDescription): take its one number with np.squeeze(...) or .item(), or use .astype(int)")
            }
            if a.dtype == .float64 { return try Evaluator.truncated(a.elements[0], at: expression) }
            return .integer(Int(a.value.integerElement(at: 0)))
        default:
            throw Diagnostic.at(expression.span, "int() argument must be a string, a number or a one-element array, not '\(value.typeName)'")
        }
    }

    /// What Python's `__index__` gives for `hex`, `oct`, `bin` and `chr`: an int, a bool, or a
    /// numpy integer scalar (or 0-d integer array), with CPython's and numpy's errors for the rest.
    static func indexValue(_ value: Value, at expression: Expression) throws(Diagnostic) -> BigInt {
        if let number = bigValue(value) { return number }
        if case let .array(a) = value, a.dtype == .int64, a.rank == 0 || a.isNumpyScalar { return BigInt(a.elements[0]) }
        // numpy's words for any other int or bool array (a numpy bool scalar is not an int there).
        if case let .array(a) = value, a.dtype == .int64 || a.dtype == .bool && !a.isNumpyScalar {
            throw Diagnostic.at(expression.span, "TypeError: only integer scalar arrays can be converted to a scalar index")
        }
        throw Diagnostic.at(expression.span, "'\(value.typeName)' object cannot be interpreted as an integer")
    }

    /// An int of any size, or nil.
    static func bigValue(_ value: Value) -> BigInt? {
        switch value {
        case let .integer(i): return BigInt(i)
        case let .bigInteger(b): return b
        case let .boolean(b): return b ? 1 : 0
        default: return nil
        }
    }

    static func truncated(_ x: Double, at expression: Expression) throws(Diagnostic) -> Value {
        guard x.isFinite else {
            throw Diagnostic.at(expression.span, x.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
        }
        if let exact = Int(exactly: x.rounded(.towardZero)) { return .integer(exact) }
        return .integer(BigInt(x.rounded(.towardZero)))
    }

    private func pythonFloat(_ value: Value, expression: Expression) throws(Diagnostic) -> Value {
        switch value {
        case let .integer(i): return .float(Double(i))
        case let .bigInteger(b):
            let x = Double(b)
            guard x.isFinite else { throw Diagnostic.at(expression.span, "int too large to convert to float") }
            return .float(x)
        case let .boolean(b): return .float(b ? 1 : 0)
        case .float: return value
        case let .string(text):
            let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()).lowercased()
            switch trimmed {
            case "inf", "+inf", "infinity": return .float(.infinity)
            case "-inf", "-infinity": return .float(-.infinity)
            case "nan", "+nan", "-nan": return .float(.nan)
            default:
                guard let x = Double(trimmed.filter { $0 != "_" }) else {
                    throw Diagnostic.at(expression.span, "could not convert string to float: \(ValueFormatter.quoted(text))")
                }
                return .float(x)
            }
        case let .array(a):
            guard a.rank == 0 || a.isNumpyScalar else {
                throw Diagnostic.at(expression.span, "only 0-dimensional arrays can be converted to Python scalars",
                                    hint: "this array is \(a.shapeDescription): take its one number with np.squeeze(...) or .item()")
            }
            return .float(a.elements[0])
        default:
            throw Diagnostic.at(expression.span, "float() argument must be a string or a real number, not '\(value.typeName)'")
        }
    }

    /// Whether `value.name` (or `value.name(...)`) means something in Backprop, as `hasattr` asks.
    private mutating func hasAttribute(_ value: Value, _ name: String, receiver: Expression, whole: Expression) -> Bool {
        switch value {
        case .list: return Evaluator.listMethods.contains(name)
        case .dictionary: return Evaluator.dictionaryMethods.contains(name)
        case .string: return Evaluator.stringMethods.contains(name)
        case .integer, .bigInteger, .boolean: return name == "bit_length"
        case .array: return Evaluator.methodNames.contains(name) || (try? attribute(name, of: value, receiver: receiver, whole: whole)) != nil
        default: return (try? attribute(name, of: value, receiver: receiver, whole: whole)) != nil
        }
    }

    private mutating func pythonRound(_ value: Value, digits: Value, whole: Expression) throws(Diagnostic) -> Value {
        switch value {
        case .integer, .bigInteger, .boolean:
            guard let n = digits.wholeNumber, n < 0, let x = Evaluator.bigValue(value) else { return Evaluator.bigValue(value).map(Value.integer) ?? value }
            // round(x, -k) for an int: to a multiple of 10**k, half to even, exactly.
            guard -n <= 10_000 else { return .integer(0) }
            let unit = BigInt(10).power(-n)
            var (q, r) = x.quotientAndRemainder(dividingBy: unit)
            if r < 0 { q -= 1; r += unit }
            if 2 * r > unit || (2 * r == unit && q % 2 != 0) { q += 1 }
            return .integer(q * unit)
        case let .float(x):
            if case .none = digits {
                return try Evaluator.truncated(x.rounded(.toNearestOrEven), at: whole)
            }
            guard let n = digits.wholeNumber else { throw Diagnostic.at(whole.span, "'\(digits.typeName)' object cannot be interpreted as an integer") }
            return .float(Evaluator.roundedDecimal(x, digits: n))
        case let .array(a) where a.isNumpyScalar || a.rank == 0:
            // numpy's scalar round without ndigits is a Python int (with ndigits it is np.round's, above).
            if a.dtype == .int64 { return .integer(Int(a.value.integerElement(at: 0))) }
            return try Evaluator.truncated(a.elements[0].rounded(.toNearestOrEven), at: whole)
        default:
            throw Diagnostic.at(whole.span, "type \(value.typeName) doesn't define __round__ method")
        }
    }

    /// Python's round(x, n): the double nearest to x rounded at n decimal digits, from its exact decimal expansion.
    static func roundedDecimal(_ x: Double, digits n: Int) -> Double {
        guard x.isFinite, n < 400 else { return x }
        if n < 0 {
            let unit = Matrix.pow(10, Double(-n))
            return (x / unit).rounded(.toNearestOrEven) * unit
        }
        guard let text = try? PythonFormatter.format(.float(x), spec: ".\(n)f") else { return x }
        return Double(text) ?? x
    }

    private func isInstance(_ value: Value, _ type: Value, at expression: Expression) throws(Diagnostic) -> Bool {
        switch type {
        case let .type(t): return value.pythonType.isSubtype(of: t)
        case let .tuple(types):
            for item in types where try isInstance(value, item, at: expression) { return true }
            return false
        default:
            throw Diagnostic.at(expression.span, "isinstance() arg 2 must be a type, a tuple of types, or a union",
                                hint: "for example isinstance(x, float), isinstance(A, np.ndarray)")
        }
    }
}

extension Evaluator {
    /// What `print` wrote: text ending in a line end goes to the sink (or `printed`) at once,
    /// without that last line end; text without one (`end=""`) waits for the next print or the
    /// end of the statement.
    mutating func write(_ text: String) {
        pendingPrint += text
        guard pendingPrint.hasSuffix("\n") else { return }
        let chunk = String(pendingPrint.dropLast())
        pendingPrint = ""
        if let printSink { printSink(chunk) } else { printed.append(chunk) }
    }

}
