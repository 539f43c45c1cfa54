import BigInt

/// Python's string formatting: f-strings, `str.format`, `format()` and `%`, laid out by
/// Strings/ (CPython's rules); this file turns the language's values into what those format.
extension Evaluator {
    /// CPython's limit on converting an int to decimal text (Python 3.11's default, 4300 digits):
    /// `str`, `repr`, `print`, f-strings, `format`, `str.format` and `%` of a larger int, or of a
    /// list, tuple or dict holding one, are a ValueError rather than pages of digits.
    static let maximumIntegerDigits = 4300
    private static let smallestTooLong = BigUInt(10).power(maximumIntegerDigits)

    /// Whether a format spec lays an int out as decimal text: hexadecimal, octal and binary have
    /// no limit in CPython, and a float code converts the int to a float instead.
    static func makesDecimalText(_ spec: String) -> Bool {
        !(spec.last.map { "xXobeEfFgG%".contains($0) } ?? false)
    }

    static func checkIntegerDigits(_ values: [Value], at span: SourceSpan) throws(Diagnostic) {
        // Walked with a work list, not recursion: `x = [x]` nested 100,000 deep prints fine. A
        // list may hold itself (`L.append(L)` prints as [[...]]): each container is looked in once.
        var pending = values, seen: Set<ObjectIdentifier> = [], tooLong = false
        while let value = pending.popLast(), !tooLong {
            switch value {
            case let .bigInteger(big):
                // More than 4300 digits is a magnitude of 10**4300 or more (digits only: a minus sign
                // does not count), compared without making the text, which takes quadratic time.
                tooLong = big.magnitude.bitWidth >= Self.smallestTooLong.bitWidth && big.magnitude >= Self.smallestTooLong
            case let .tuple(items): pending += items
            case let .list(list): if seen.insert(ObjectIdentifier(list)).inserted { pending += list.items }
            case let .dictionary(d): if seen.insert(ObjectIdentifier(d)).inserted { pending += d.keys + d.values }
            default: break
            }
        }
        guard tooLong else { return }
        throw Diagnostic.at(span, "ValueError: Exceeds the limit (\(Self.maximumIntegerDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                            hint: "Backprop has no sys module to raise the limit: x.bit_length() gives its size in bits, x % 10**20 its last 20 digits")
    }

    mutating func formatted(_ parts: [FormattedPart]) throws(Diagnostic) -> String {
        var text = ""
        for part in parts {
            switch part {
            case let .literal(literal):
                text += literal
            case let .field(expression, conversion, spec, debugText):
                let value = try evaluate(expression)
                var formatValue = formatValue(of: value)
                let specText = try formatted(spec)
                // A !r or !s conversion makes the text first, whatever the spec.
                if conversion != nil || Evaluator.makesDecimalText(specText) {
                    try Evaluator.checkIntegerDigits([value], at: expression.span)
                }
                // `f"{x=}"` shows the repr unless a conversion or a spec says otherwise, as CPython.
                let applied: Character? = conversion ?? (debugText != nil && spec.isEmpty ? "r" : nil)
                do {
                    if let applied, let scalar = applied.unicodeScalars.first { formatValue = try formatValue.converted(scalar) }
                    text += (debugText ?? "") + (try formatValue.format(spec: specText))
                } catch {
                    throw Diagnostic.at(expression.span, error.description)
                }
            }
        }
        return text
    }

    /// `template % arguments`.
    mutating func percentFormat(_ template: String, _ arguments: Value, whole: Expression) throws(Diagnostic) -> String {
        try Evaluator.checkIntegerDigits([arguments], at: whole.span)
        let packed: PercentFormat.Arguments
        switch arguments {
        case let .tuple(items): packed = .tuple(items.map(formatValue(of:)))
        case let .dictionary(d):
            var mapping: [String: FormatValue] = [:]
            for (key, value) in d.pairs { if case let .string(name) = key { mapping[name] = formatValue(of: value) } }
            packed = .mapping(mapping, itself: formatValue(of: arguments))
        default: packed = .single(formatValue(of: arguments))
        }
        do {
            return try PercentFormat.format(template, packed)
        } catch {
            throw Diagnostic.at(whole.span, error.description)
        }
    }

    /// `format(value, spec)`.
    func format(_ value: Value, spec: String, at whole: Expression) throws(Diagnostic) -> String {
        if Evaluator.makesDecimalText(spec) { try Evaluator.checkIntegerDigits([value], at: whole.span) }
        do {
            return try formatValue(of: value).format(spec: spec)
        } catch {
            throw Diagnostic.at(whole.span, error.description)
        }
    }

    /// `"{} {name}".format(a, name=b)`.
    mutating func formatTemplate(_ template: String, _ call: CallArguments, whole: Expression) throws(Diagnostic) -> String {
        // (A field's hexadecimal spec would not need decimal text; every value is checked all the same.)
        try Evaluator.checkIntegerDigits(call.positionalValues + call.keywords.map(\.1), at: whole.span)
        var keywords: [String: FormatValue] = [:]
        for (name, value, _) in call.keywords { keywords[name] = formatValue(of: value) }
        do {
            return try FormatTemplate.render(template, positional: call.positionalValues.map(formatValue(of:)), keywords: keywords)
        } catch {
            throw Diagnostic.at(whole.span, error.description)
        }
    }

    /// What formatting needs of a value: its str and repr, its type, and the number or string
    /// `format()` lays out itself (a numpy scalar or 0-d array formats as its Python number).
    func formatValue(of value: Value) -> FormatValue {
        let options = environment.printOptions
        let str = ValueFormatter.printed(value, options: options), repr = ValueFormatter.representation(value, options: options)
        switch value {
        case let .integer(i): return FormatValue(.integer(BigInt(i)))
        case let .bigInteger(b): return FormatValue(.integer(b))
        case let .float(x): return FormatValue(.float(x))
        case let .boolean(b): return FormatValue(.boolean(b))
        case let .string(s): return FormatValue(.string(s))
        case let .array(a) where a.rank == 0:
            let x = a.elements[0]
            let argument: FormatArgument = a.dtype == .float64 ? .float(x) : a.dtype == .bool ? .boolean(x != 0) : .integer(BigInt(Int(a.value.integerElement(at: 0))))
            return FormatValue(argument: argument, str: str, repr: repr, typeName: value.typeName)
        default:
            return FormatValue(argument: nil, str: str, repr: repr, typeName: value.typeName)
        }
    }
}
