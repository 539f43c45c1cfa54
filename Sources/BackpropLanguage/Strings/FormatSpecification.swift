/// A parsed format spec, `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
/// read exactly as CPython's `parse_internal_render_format_spec` reads it.
struct FormatSpecification: Equatable {
    var fill: Unicode.Scalar = " "
    /// One of < > = ^.
    var align: Unicode.Scalar
    /// '+', '-', ' ', or nil when not given.
    var sign: Unicode.Scalar?
    var noNegativeZero = false
    var alternate = false
    var width: Int?
    /// ',' or '_' (with b o x X, '_' groups by four).
    var grouping: Unicode.Scalar?
    var precision: Int?
    /// The presentation type, or nil when omitted.
    var type: Unicode.Scalar?

    /// Parses `spec` for an object whose type is `typeName`; the defaults differ by type
    /// (strings align left, numbers right; ints default to 'd').
    init(_ spec: String, typeName: String, defaultType: Unicode.Scalar?, defaultAlign: Unicode.Scalar) throws(PythonFormatError) {
        let s = Array(spec.unicodeScalars)
        var i = 0
        align = defaultAlign
        type = defaultType
        func isAlign(_ c: Unicode.Scalar) -> Bool { c == "<" || c == ">" || c == "=" || c == "^" }
        var fillGiven = false
        var alignGiven = false
        if s.count - i >= 2 && isAlign(s[i + 1]) {
            align = s[i + 1]
            fill = s[i]
            fillGiven = true
            alignGiven = true
            i += 2
        } else if s.count - i >= 1 && isAlign(s[i]) {
            align = s[i]
            alignGiven = true
            i += 1
        }
        if i < s.count && (s[i] == "+" || s[i] == "-" || s[i] == " ") {
            sign = s[i]
            i += 1
        }
        if i < s.count && s[i] == "z" {
            noNegativeZero = true
            i += 1
        }
        if i < s.count && s[i] == "#" {
            alternate = true
            i += 1
        }
        // A leading 0 means fill '0' with '=' alignment (for numbers), unless a fill was given.
        if !fillGiven && i < s.count && s[i] == "0" {
            fill = "0"
            if !alignGiven && defaultAlign == ">" { align = "=" }
            i += 1
        }
        width = try Self.integer(s, &i)
        if i < s.count && s[i] == "," {
            grouping = ","
            i += 1
        }
        if i < s.count && s[i] == "_" {
            if grouping != nil { throw .value("Cannot specify both ',' and '_'.") }
            grouping = "_"
            i += 1
        }
        if i < s.count && s[i] == "," && grouping == "_" {
            throw .value("Cannot specify both ',' and '_'.")
        }
        if i < s.count && s[i] == "." {
            i += 1
            guard let p = try Self.integer(s, &i) else { throw .value("Format specifier missing precision") }
            precision = p
        }
        if s.count - i > 1 {
            throw .value("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if s.count - i == 1 { type = s[i] }

        if let grouping {
            switch type {
            case "d", "e", "f", "g", "E", "G", "%", "F", nil:
                break
            case "b", "o", "x", "X":
                // '_' groups binary, octal and hex by four (PEP 515); ',' is not for them.
                if grouping != "_" { throw .value("Cannot specify '\(grouping)' with \(Self.quoted(type!)).") }
            default:
                throw .value("Cannot specify '\(grouping)' with \(Self.quoted(type!)).")
            }
        }
        try PythonFormatError.checkWidth(width)
    }

    /// The digits at `i`, or nil when there are none.
    private static func integer(_ s: [Unicode.Scalar], _ i: inout Int) throws(PythonFormatError) -> Int? {
        var value = 0
        var any = false
        while i < s.count, let digit = s[i].properties.numericType == .decimal ? s[i].properties.numericValue : nil {
            let (product, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = product.addingReportingOverflow(Int(digit))
            if overflow1 || overflow2 { throw .value("Too many decimal digits in format string") }
            value = sum
            any = true
            i += 1
        }
        return any ? value : nil
    }

    /// `'x'` for a printable ASCII code, `'\x1f'` otherwise, as CPython's messages show it.
    static func quoted(_ c: Unicode.Scalar) -> String {
        c.value > 32 && c.value < 128 ? "'\(c)'" : "'\\x\(String(c.value, radix: 16))'"
    }
}
