import BigInt

/// `template % args`, printf-style, as CPython's `PyUnicode_Format` (Objects/unicodeobject.c)
/// runs it: flags `-+ 0#`, width and precision (either may be `*`), `%(key)s` with a dict,
/// conversions d i u o x X e E f F g G c s r a and `%%`, with its error messages.
public enum PercentFormat {
    /// The right-hand side of `%`.
    public enum Arguments: Sendable {
        /// Anything but a tuple or dict: `'%d' % 5`.
        case single(FormatValue)
        /// `'%d %s' % (5, 'a')`.
        case tuple([FormatValue])
        /// A dict, for `%(name)s`; `itself` is the dict as one object (`'%s' % {'a': 1}`).
        case mapping([String: FormatValue], itself: FormatValue)
    }

    public static func format(_ template: String, _ arguments: Arguments) throws(PythonFormatError) -> String {
        var formatter = Formatter(template: Array(template.unicodeScalars), arguments: arguments)
        return try formatter.run()
    }

    private struct Formatter {
        let f: [Unicode.Scalar]
        var args: [FormatValue]
        let dict: [String: FormatValue]?
        var argumentIndex: Int
        var argumentCount: Int
        var position = 0
        var remaining = 0
        var out = String.UnicodeScalarView()

        init(template: [Unicode.Scalar], arguments: Arguments) {
            f = template
            switch arguments {
            case let .single(v): (args, dict, argumentCount, argumentIndex) = ([v], nil, -1, -2)
            case let .tuple(items): (args, dict, argumentCount, argumentIndex) = (items, nil, items.count, 0)
            case let .mapping(d, itself): (args, dict, argumentCount, argumentIndex) = ([itself], d, -1, -2)
            }
        }

        /// The character at `i`; past the end it reads the terminating NUL, as CPython does.
        func at(_ i: Int) -> Unicode.Scalar { i < f.count ? f[i] : "\0" }

        mutating func nextArgument() throws(PythonFormatError) -> FormatValue {
            guard argumentIndex < argumentCount else { throw .type("not enough arguments for format string") }
            argumentIndex += 1
            return argumentCount < 0 ? args[0] : args[argumentIndex - 1]
        }

        mutating func run() throws(PythonFormatError) -> String {
            remaining = f.count
            while remaining > 0 {
                remaining -= 1
                if f[position] != "%" {
                    let start = position
                    position += 1
                    while remaining > 0 && f[position] != "%" { position += 1; remaining -= 1 }
                    out.append(contentsOf: f[start..<position])
                } else {
                    position += 1
                    try argument()
                }
            }
            if argumentIndex < argumentCount && dict == nil {
                throw .type("not all arguments converted during string formatting")
            }
            return String(out)
        }

        struct Spec {
            var ch: Unicode.Scalar
            var leftJustify = false, sign = false, blank = false, alternate = false, zero = false
            var width = -1
            var precision = -1
            /// Numeric conversions put the sign before zero padding.
            var numeric = false
        }

        /// Reads the next character of the spec into `spec.ch`, if there is one.
        mutating func advance(_ spec: inout Spec) -> Bool {
            remaining -= 1
            guard remaining >= 0 else { return false }
            spec.ch = f[position]
            position += 1
            return true
        }

        mutating func argument() throws(PythonFormatError) {
            var spec = Spec(ch: at(position))
            if spec.ch == "%" {
                position += 1
                remaining -= 1
                out.append("%")
                return
            }
            // %(key): the value comes from the dict.
            if position < f.count && f[position] == "(" {
                guard let dict else { throw .type("format requires a mapping") }
                position += 1
                remaining -= 1
                let keyStart = position
                var depth = 1
                while depth > 0 {
                    remaining -= 1
                    guard remaining >= 0 else { break }
                    spec.ch = f[position]
                    if spec.ch == ")" { depth -= 1 } else if spec.ch == "(" { depth += 1 }
                    position += 1
                }
                if remaining < 0 || depth > 0 { throw .value("incomplete format key") }
                let key = String(String.UnicodeScalarView(f[keyStart..<(position - 1)]))
                guard let value = dict[key] else { throw PythonFormatError(.keyError, PythonStringRepr.repr(key)) }
                (args, argumentCount, argumentIndex) = ([value], -1, -2)
            }
            flags: while advance(&spec) {
                switch spec.ch {
                case "-": spec.leftJustify = true
                case "+": spec.sign = true
                case " ": spec.blank = true
                case "#": spec.alternate = true
                case "0": spec.zero = true
                default: break flags
                }
            }
            if spec.ch == "*" {
                let v = try nextArgument()
                let w = try starInteger(v, limit: Int.max, overflow: "Python int too large to convert to C ssize_t")
                spec.width = w
                if w < 0 { spec.leftJustify = true; spec.width = -w }
                _ = advance(&spec)
            } else if let d = decimalDigit(spec.ch) {
                spec.width = d
                while advance(&spec) {
                    guard let d = decimalDigit(spec.ch) else { break }
                    if spec.width > (Int.max - d) / 10 { throw .value("width too big") }
                    spec.width = spec.width * 10 + d
                }
            }
            if spec.ch == "." {
                spec.precision = 0
                _ = advance(&spec)
                if spec.ch == "*" {
                    let v = try nextArgument()
                    spec.precision = max(0, try starInteger(v, limit: Int(Int32.max), overflow: "Python int too large to convert to C int"))
                    _ = advance(&spec)
                } else if let d = decimalDigit(spec.ch) {
                    spec.precision = d
                    while advance(&spec) {
                        guard let d = decimalDigit(spec.ch) else { break }
                        if spec.precision > (Int(Int32.max) - d) / 10 { throw .value("precision too big") }
                        spec.precision = spec.precision * 10 + d
                    }
                }
            }
            if remaining >= 0 && (spec.ch == "h" || spec.ch == "l" || spec.ch == "L") { _ = advance(&spec) }
            if remaining < 0 { throw .value("incomplete format") }

            let value = try nextArgument()
            try PythonFormatError.checkWidth(spec.precision)
            let text = try convert(value, &spec)
            try PythonFormatError.checkWidth(spec.width)
            output(text, spec)
            if dict != nil && argumentIndex < argumentCount {
                throw .type("not all arguments converted during string formatting")
            }
        }

        func decimalDigit(_ c: Unicode.Scalar) -> Int? {
            c.value >= 48 && c.value <= 57 ? Int(c.value - 48) : nil
        }

        func starInteger(_ v: FormatValue, limit: Int, overflow: String) throws(PythonFormatError) -> Int {
            let i: BigInt
            switch v.argument {
            case let .integer(n)?: i = n
            case let .boolean(b)?: i = b ? 1 : 0
            default: throw .type("* wants int")
            }
            guard let small = Int(exactly: i), small <= limit, small >= -limit - 1 else {
                throw PythonFormatError(.overflowError, overflow)
            }
            return small
        }

        /// The converted text before padding.
        func convert(_ value: FormatValue, _ spec: inout Spec) throws(PythonFormatError) -> [Unicode.Scalar] {
            let ch = spec.ch
            switch ch {
            case "s": return Array(value.str.unicodeScalars)
            case "r": return Array(value.repr.unicodeScalars)
            case "a": return Array(PythonStringRepr.asciiEscaping(repr: value.repr).unicodeScalars)
            case "i", "d", "u", "o", "x", "X":
                spec.numeric = true
                return Array(try integerText(value, spec).unicodeScalars)
            case "e", "E", "f", "F", "g", "G":
                spec.numeric = true
                let x: Double
                switch value.argument {
                case let .float(v)?: x = v
                case let .integer(i)?: x = try PythonFormatter.floatValue(of: i)
                case let .boolean(b)?: x = b ? 1 : 0
                default: throw .type("must be real number, not \(value.typeName)")
                }
                return Array(PythonFloatText.text(x, code: Character(ch), precision: spec.precision < 0 ? 6 : spec.precision,
                                                  alternate: spec.alternate).unicodeScalars)
            case "c":
                switch value.argument {
                case let .string(s)? where s.unicodeScalars.count == 1:
                    return [s.unicodeScalars.first!]
                case let .integer(i)?:
                    return [try character(i)]
                case let .boolean(b)?:
                    return [try character(b ? 1 : 0)]
                default:
                    throw .type("%c requires int or char")
                }
            default:
                let shown: Unicode.Scalar = ch.value >= 31 && ch.value <= 126 ? ch : "?"
                throw .value("unsupported format character '\(shown)' (0x\(String(ch.value, radix: 16))) at index \(position - 1)")
            }
        }

        func character(_ i: BigInt) throws(PythonFormatError) -> Unicode.Scalar {
            guard let small = Int(exactly: i), small >= 0, small <= 0x10FFFF else {
                throw PythonFormatError(.overflowError, "%c arg not in range(0x110000)")
            }
            return Unicode.Scalar(UInt32(small)) ?? "\u{FFFD}"
        }

        /// `mainformatlong` and `_PyUnicode_FormatLong`: floats truncate for d/i/u only.
        func integerText(_ value: FormatValue, _ spec: Spec) throws(PythonFormatError) -> String {
            let ch = spec.ch
            let indexOnly = ch == "o" || ch == "x" || ch == "X"
            func wrongType() -> PythonFormatError {
                .type("%\(ch) format: \(indexOnly ? "an integer" : "a real number") is required, not \(value.typeName)")
            }
            let i: BigInt
            switch value.argument {
            case let .integer(n)?: i = n
            case let .boolean(b)?: i = b ? 1 : 0
            case let .float(x)?:
                if indexOnly { throw wrongType() }
                if x.isNaN { throw .value("cannot convert float NaN to integer") }
                if x.isInfinite { throw PythonFormatError(.overflowError, "cannot convert float infinity to integer") }
                i = BigInt(x.rounded(.towardZero))
            default: throw wrongType()
            }
            let radix = ch == "o" ? 8 : (indexOnly ? 16 : 10)
            var digits = String(i.magnitude, radix: radix)
            if spec.precision > digits.count {
                digits = String(repeating: "0", count: spec.precision - digits.count) + digits
            }
            if ch == "X" { digits = digits.uppercased() }
            var prefix = ""
            if spec.alternate && indexOnly { prefix = ch == "o" ? "0o" : (ch == "X" ? "0X" : "0x") }
            return (i.sign == .minus && !i.isZero ? "-" : "") + prefix + digits
        }

        /// `unicode_format_arg_output`: sign, '0x' prefix, padding.
        mutating func output(_ text: [Unicode.Scalar], _ spec: Spec) {
            var spec = spec
            let fill: Unicode.Scalar = spec.numeric && spec.zero ? "0" : " "
            var length = text.count
            if (spec.width == -1 || spec.width <= length) && (spec.precision == -1 || spec.precision >= length)
                && !spec.sign && !spec.blank {
                out.append(contentsOf: text)
                return
            }
            if spec.ch == "s" || spec.ch == "r" || spec.ch == "a" {
                if spec.precision >= 0 && length > spec.precision { length = spec.precision }
            }
            var index = 0
            var signChar: Unicode.Scalar?
            var hasSign = spec.numeric
            if hasSign {
                let first = text.first ?? "\0"
                if first == "-" || first == "+" {
                    signChar = first
                    length -= 1
                    index += 1
                } else if spec.sign {
                    signChar = "+"
                } else if spec.blank {
                    signChar = " "
                } else {
                    hasSign = false
                }
            }
            if spec.width < length { spec.width = length }
            if hasSign {
                if fill != " ", let signChar { out.append(signChar) }
                if spec.width > length { spec.width -= 1 }
            }
            let hasPrefix = spec.alternate && (spec.ch == "x" || spec.ch == "X" || spec.ch == "o")
            if hasPrefix {
                if fill != " " {
                    out.append(contentsOf: text[index..<(index + 2)])
                    index += 2
                }
                spec.width = max(0, spec.width - 2)
                length -= 2
            }
            if spec.width > length && !spec.leftJustify {
                for _ in 0..<(spec.width - length) { out.append(fill) }
                spec.width = length
            }
            if fill == " " {
                if hasSign, let signChar { out.append(signChar) }
                if hasPrefix {
                    out.append(contentsOf: text[index..<(index + 2)])
                    index += 2
                }
            }
            if length > 0 { out.append(contentsOf: text[index..<(index + length)]) }
            if spec.width > length {
                for _ in 0..<(spec.width - length) { out.append(" ") }
            }
        }
    }
}
