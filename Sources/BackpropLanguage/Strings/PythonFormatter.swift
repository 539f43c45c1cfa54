import BigInt

/// A value `format()` knows how to lay out itself: Python's int, float, str and bool.
/// Any other object formats as its `str()` with an empty spec and is a TypeError otherwise
/// (see `FormatValue.format(spec:)`).
public enum FormatArgument: Equatable, Sendable {
    case integer(BigInt)
    case float(Double)
    case string(String)
    case boolean(Bool)

    /// A Python int that fits in 64 bits.
    public static func int(_ value: Int) -> FormatArgument { .integer(BigInt(value)) }

    /// Python's type name, as error messages spell it.
    public var typeName: String {
        switch self {
        case .integer: "int"
        case .float: "float"
        case .string: "str"
        case .boolean: "bool"
        }
    }

    /// `str(value)`.
    public var str: String {
        switch self {
        case let .integer(i): i.description
        case let .float(x): PythonFloatText.repr(x)
        case let .string(s): s
        case let .boolean(b): b ? "True" : "False"
        }
    }

    /// `repr(value)`.
    public var repr: String {
        if case let .string(s) = self { return PythonStringRepr.repr(s) }
        return str
    }
}

/// `format(value, spec)`: CPython's `__format__` for int, float, str and bool
/// (Python/formatter_unicode.c), including its error messages.
public enum PythonFormatter {
    public static func format(_ value: FormatArgument, spec: String) throws(PythonFormatError) -> String {
        switch value {
        case let .string(s):
            if spec.isEmpty { return s }
            let parsed = try FormatSpecification(spec, typeName: "str", defaultType: "s", defaultAlign: "<")
            guard parsed.type == "s" else { throw unknownCode(parsed.type!, "str") }
            return try formatString(s, parsed)
        case let .float(x):
            if spec.isEmpty { return PythonFloatText.repr(x) }
            let parsed = try FormatSpecification(spec, typeName: "float", defaultType: nil, defaultAlign: ">")
            switch parsed.type {
            case nil, "e", "E", "f", "F", "g", "G", "n", "%": return try formatFloat(x, parsed)
            default: throw unknownCode(parsed.type!, "float")
            }
        case let .integer(i):
            if spec.isEmpty { return i.description }
            return try formatInteger(i, spec: spec, typeName: "int")
        case let .boolean(b):
            // bool is an int subclass: only the empty spec gives 'True'.
            if spec.isEmpty { return b ? "True" : "False" }
            return try formatInteger(BigInt(b ? 1 : 0), spec: spec, typeName: "bool")
        }
    }

    static func unknownCode(_ code: Unicode.Scalar, _ typeName: String) -> PythonFormatError {
        .value("Unknown format code \(code.value > 32 && code.value < 128 ? "'\(code)'" : "'\\x\(String(code.value, radix: 16))'") for object of type '\(typeName)'")
    }

    private static func formatInteger(_ i: BigInt, spec: String, typeName: String) throws(PythonFormatError) -> String {
        let parsed = try FormatSpecification(spec, typeName: typeName, defaultType: "d", defaultAlign: ">")
        switch parsed.type {
        case "b", "c", "d", "o", "x", "X", "n":
            return try formatIntegerDigits(i, parsed)
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(try floatValue(of: i), parsed)
        default:
            throw unknownCode(parsed.type!, typeName)
        }
    }

    /// `float(i)`: correctly rounded, an OverflowError past the largest double.
    static func floatValue(of i: BigInt) throws(PythonFormatError) -> Double {
        if let small = Int(exactly: i) { return Double(small) }
        // The top 54 bits and a sticky bit, rounded half to even into 53 (BigInt's own
        // conversion truncates).
        let m = i.magnitude
        let bits = m.bitWidth
        let shift = bits - 54
        let top = UInt64(m >> shift)
        let sticky = m.trailingZeroBitCount < shift
        var significand = top >> 1
        if top & 1 == 1 && (sticky || significand & 1 == 1) { significand += 1 }
        let x = Double(sign: i.sign == .minus ? .minus : .plus, exponent: shift + 1, significand: Double(significand))
        guard x.isFinite else { throw PythonFormatError(.overflowError, "int too large to convert to float") }
        return x
    }

    private static func formatIntegerDigits(_ i: BigInt, _ spec: FormatSpecification) throws(PythonFormatError) -> String {
        if spec.precision != nil { throw .value("Precision not allowed in integer format specifier") }
        if spec.noNegativeZero { throw .value("Negative zero coercion (z) not allowed in integer format specifier") }
        if spec.type == "c" {
            if spec.sign != nil { throw .value("Sign not allowed with integer format specifier 'c'") }
            if spec.alternate { throw .value("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard let small = Int(exactly: i) else {
                throw PythonFormatError(.overflowError, "Python int too large to convert to C long")
            }
            guard small >= 0, small <= 0x10FFFF else {
                throw PythonFormatError(.overflowError, "%c arg not in range(0x110000)")
            }
            // A lone surrogate has no Swift scalar; U+FFFD stands in for it.
            let scalar = Unicode.Scalar(UInt32(small)) ?? "\u{FFFD}"
            return NumberLayout(digits: [], remainder: [scalar]).render(spec)
        }
        let radix: Int
        let prefix: String
        switch spec.type {
        case "b": (radix, prefix) = (2, "0b")
        case "o": (radix, prefix) = (8, "0o")
        case "x", "X": (radix, prefix) = (16, "0x")
        default: (radix, prefix) = (10, "")
        }
        let digits = Array(String(i.magnitude, radix: radix).unicodeScalars)
        return NumberLayout(sign: i.sign == .minus && !i.isZero ? "-" : nil, prefix: spec.alternate ? prefix : "",
                            digits: digits, uppercase: spec.type == "X").render(spec)
    }

    private static func formatFloat(_ x: Double, _ spec: FormatSpecification) throws(PythonFormatError) -> String {
        if let p = spec.precision, p > Int(Int32.max) { throw .value("precision too big") }
        try PythonFormatError.checkWidth(spec.precision)
        var code = spec.type ?? "r"
        var value = x
        var percent = false
        var precision = spec.precision ?? 6
        var addDotZero = false
        if spec.type == nil {
            // No type: repr's digits, or with a precision 'g' that keeps a digit after the point.
            addDotZero = true
            precision = spec.precision ?? 0
            if spec.precision != nil { code = "g" }
        }
        if code == "n" { code = "g" }
        if code == "%" {
            code = "f"
            value *= 100
            percent = true
        }
        var text = PythonFloatText.text(value, code: Character(code), precision: precision, alternate: spec.alternate,
                                        addDotZero: addDotZero, noNegativeZero: spec.noNegativeZero)
        if percent { text += "%" }
        var scalars = Array(text.unicodeScalars)
        var sign: Unicode.Scalar?
        if scalars.first == "-" {
            sign = "-"
            scalars.removeFirst()
        }
        // parse_number: the leading digits, then an optional point, then the remainder.
        var split = 0
        while split < scalars.count, scalars[split].properties.numericType == .decimal { split += 1 }
        let hasPoint = split < scalars.count && scalars[split] == "."
        return NumberLayout(sign: sign, digits: Array(scalars[..<split]), hasDecimalPoint: hasPoint,
                            remainder: Array(scalars[(hasPoint ? split + 1 : split)...])).render(spec)
    }

    private static func formatString(_ s: String, _ spec: FormatSpecification) throws(PythonFormatError) -> String {
        if let sign = spec.sign {
            throw .value(sign == " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier")
        }
        if spec.noNegativeZero { throw .value("Negative zero coercion (z) not allowed in string format specifier") }
        if spec.alternate { throw .value("Alternate form (#) not allowed in string format specifier") }
        if spec.align == "=" { throw .value("'=' alignment not allowed in string format specifier") }
        var scalars = Array(s.unicodeScalars)
        if let p = spec.precision, scalars.count > p { scalars = Array(scalars[..<p]) }
        let padding = (spec.width ?? 0) - scalars.count
        guard padding > 0 else { return String(String.UnicodeScalarView(scalars)) }
        let left: Int
        switch spec.align {
        case ">": left = padding
        case "^": left = padding / 2
        default: left = 0
        }
        var out = String.UnicodeScalarView()
        for _ in 0..<left { out.append(spec.fill) }
        out.append(contentsOf: scalars)
        for _ in 0..<(padding - left) { out.append(spec.fill) }
        return String(out)
    }
}
