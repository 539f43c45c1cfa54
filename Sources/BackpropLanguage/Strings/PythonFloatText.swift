/// Python's text for a float: `repr(x)` / `str(x)`, and the digits behind `format()` and `%`.
///
/// A port of CPython's `PyOS_double_to_string` and `format_float_short` (Python/pystrtod.c):
/// the digits come from `DecimalDigits` (Gay's modes), and the layout rules — where the
/// exponent starts, the padding zeros, '#' keeping the point, `.0` on integers — are CPython's.
public enum PythonFloatText {
    /// `repr(x)` and `str(x)`: shortest round-trip digits, exponent form below 1e-4 and from 1e16.
    public static func repr(_ x: Double) -> String {
        text(x, code: "r", precision: 0, addDotZero: true)
    }

    /// `PyOS_double_to_string(x, code, precision, flags)`.
    ///
    /// - Parameters:
    ///   - code: one of e E f F g G r ('r' is repr's shortest digits; precision is then unused).
    ///   - alternate: '#': keep the decimal point and, for 'g', the trailing zeros.
    ///   - addDotZero: an integral result in fixed notation gets ".0" (repr, and `format(x, '.3')`).
    ///   - noNegativeZero: 'z': a result that rounds to zero loses its minus sign.
    ///   - alwaysSign: a '+' before non-negative results.
    static func text(_ x: Double, code: Character, precision: Int, alternate: Bool = false,
                     addDotZero: Bool = false, noNegativeZero: Bool = false, alwaysSign: Bool = false) -> String {
        let upper = code == "E" || code == "F" || code == "G"
        var precision = precision
        let lowerCode: Character
        switch code {
        case "e", "E": lowerCode = "e"; precision += 1
        case "f", "F": lowerCode = "f"
        case "g", "G": lowerCode = "g"; if precision == 0 { precision = 1 }
        default: lowerCode = "r"
        }
        guard x.isFinite else {
            var out = ""
            if x.isNaN {
                if alwaysSign { out = "+" }
                return out + (upper ? "NAN" : "nan")
            }
            if x < 0 { out = "-" } else if alwaysSign { out = "+" }
            return out + (upper ? "INF" : "inf")
        }
        let decimal: DecimalDigits
        switch lowerCode {
        case "e", "g": decimal = .significant(x, count: precision)
        case "f": decimal = .fixed(x, places: precision)
        default: decimal = .shortest(x)
        }
        return layout(decimal, code: lowerCode, precision: precision, alternate: alternate,
                      addDotZero: addDotZero, noNegativeZero: noNegativeZero, alwaysSign: alwaysSign,
                      upper: upper)
    }

    /// `format_float_short` after the digits are known: the slice vdigits[start..<end] of the
    /// digits padded with zeros on both sides, with one decimal point and maybe an exponent.
    private static func layout(_ decimal: DecimalDigits, code: Character, precision: Int, alternate: Bool,
                               addDotZero: Bool, noNegativeZero: Bool, alwaysSign: Bool, upper: Bool) -> String {
        let digits = decimal.digits
        let count = digits.count
        var decimalPoint = decimal.decimalPoint
        var negative = decimal.isNegative
        if noNegativeZero && negative && (count == 0 || (count == 1 && digits[0] == 0)) { negative = false }

        var useExponent = false
        var end = count
        switch code {
        case "e":
            useExponent = true
            end = precision
        case "f":
            end = decimalPoint + precision
        case "g":
            if decimalPoint <= -4 || decimalPoint > (addDotZero ? precision - 1 : precision) { useExponent = true }
            if alternate { end = precision }
        default:  // 'r': exponent form from 1e16, as CPython has since 3.1
            if decimalPoint <= -4 || decimalPoint > 16 { useExponent = true }
        }
        var exponent = 0
        if useExponent {
            exponent = decimalPoint - 1
            decimalPoint = 1
        }
        let start = decimalPoint <= 0 ? decimalPoint - 1 : 0
        if !useExponent && addDotZero {
            end = max(end, decimalPoint + 1)
        } else {
            end = max(end, decimalPoint)
        }

        var out = ""
        if negative { out.append("-") } else if alwaysSign { out.append("+") }
        func zeros(_ n: Int) { if n > 0 { out.append(String(repeating: "0", count: n)) } }
        func append(_ range: Range<Int>) { for i in range { out.append(Character(Unicode.Scalar(digits[i] + 48))) } }
        if decimalPoint <= 0 {
            zeros(decimalPoint - start)
            out.append(".")
            zeros(-decimalPoint)
        } else {
            zeros(-start)
        }
        if 0 < decimalPoint && decimalPoint <= count {
            append(0..<decimalPoint)
            out.append(".")
            append(decimalPoint..<count)
        } else {
            append(0..<count)
        }
        if count < decimalPoint {
            zeros(decimalPoint - count)
            out.append(".")
            zeros(end - decimalPoint)
        } else {
            zeros(end - count)
        }
        if out.last == "." && !alternate { out.removeLast() }
        if useExponent {
            out.append(upper ? "E" : "e")
            out.append(exponent < 0 ? "-" : "+")
            let magnitude = String(exponent.magnitude)
            if magnitude.count < 2 { out.append("0") }
            out.append(magnitude)
        }
        return out
    }
}
