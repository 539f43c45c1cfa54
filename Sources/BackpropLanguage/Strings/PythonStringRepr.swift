/// `repr(s)` and `ascii(s)` of a Python str, as CPython's `unicode_repr` writes them: single
/// quotes unless the text has a ' and no ", backslash escapes for the quote, \\, \t \n \r and
/// unprintable characters (`!r` in `.format`, `%r`, the `=` of f-strings).
public enum PythonStringRepr {
    public static func repr(_ s: String) -> String { quoted(s, asciiOnly: false) }

    /// `ascii(s)`: repr with every non-ASCII character escaped.
    public static func ascii(_ s: String) -> String { quoted(s, asciiOnly: true) }

    /// `ascii(obj)` from `repr(obj)`: CPython escapes the non-ASCII characters of the repr.
    public static func asciiEscaping(repr: String) -> String {
        var out = ""
        for c in repr.unicodeScalars {
            if c.isASCII { out.unicodeScalars.append(c) } else { out += escape(c) }
        }
        return out
    }

    private static func quoted(_ s: String, asciiOnly: Bool) -> String {
        let scalars = s.unicodeScalars
        let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for c in scalars {
            switch c {
            case quote, "\\": out.append("\\"); out.append(c)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out.append(contentsOf: escape(c).unicodeScalars)
                } else if c.isASCII {
                    out.append(c)
                } else if asciiOnly || !isPrintable(c) {
                    out.append(contentsOf: escape(c).unicodeScalars)
                } else {
                    out.append(c)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    /// \xhh, \uhhhh or \Uhhhhhhhh.
    private static func escape(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16)
        func padded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - hex.count)) + hex }
        if c.value < 0x100 { return "\\x" + padded(2) }
        if c.value < 0x10000 { return "\\u" + padded(4) }
        return "\\U" + padded(8)
    }

    /// Python's str.isprintable for one character: not in the categories "Other" (Cc Cf Cs Co
    /// Cn) or "Separator" (Zl Zp Zs) apart from the ASCII space.
    private static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
