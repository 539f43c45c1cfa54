/// What string formatting needs to know of any Python object: its `str()`, its `repr()`, its
/// type's name for messages, and — for int, float, str and bool (and numpy scalars, which
/// format as the Python number) — the value `format()` lays out itself.
public struct FormatValue: Equatable, Sendable {
    /// The number or string `format()` formats; nil for other objects (arrays, lists, None).
    public var argument: FormatArgument?
    public var str: String
    public var repr: String
    public var typeName: String

    /// An int, float, str or bool.
    public init(_ argument: FormatArgument) {
        self.init(argument: argument, str: argument.str, repr: argument.repr, typeName: argument.typeName)
    }

    /// Any object: the caller supplies its str() and repr() text and its type's name
    /// (`numpy.ndarray`, `list`, `NoneType`, ...). A numpy scalar passes its number as `argument`.
    public init(argument: FormatArgument? = nil, str: String, repr: String, typeName: String) {
        (self.argument, self.str, self.repr, self.typeName) = (argument, str, repr, typeName)
    }

    /// `format(obj, spec)`. Objects without their own `__format__` accept only the empty spec.
    public func format(spec: String) throws(PythonFormatError) -> String {
        if let argument { return try PythonFormatter.format(argument, spec: spec) }
        guard spec.isEmpty else { throw PythonFormatError.unsupportedFormatString(typeName: typeName) }
        return str
    }

    /// `!s`, `!r`, `!a`: the converted value is a str.
    public func converted(_ conversion: Unicode.Scalar) throws(PythonFormatError) -> FormatValue {
        switch conversion {
        case "s": return FormatValue(.string(str))
        case "r": return FormatValue(.string(repr))
        case "a": return FormatValue(.string(PythonStringRepr.asciiEscaping(repr: repr)))
        default:
            let shown = conversion.value > 32 && conversion.value < 127 ? String(conversion) : "\\x\(String(conversion.value, radix: 16))"
            throw .value("Unknown conversion specifier \(shown)")
        }
    }
}
