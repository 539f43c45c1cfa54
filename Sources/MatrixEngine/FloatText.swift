/// Lays out Dragon4 digits as text: numpy's `format_float_positional` and
/// `format_float_scientific` (FormatPositional / FormatScientific in dragon4.c), restricted
/// to what printing needs: unique digits, a fractional cutoff, and no forced `+` sign.
enum FloatText {
    /// What happens to trailing zeros and the decimal point (numpy's `trim` argument).
    enum Trim {
        /// `'k'`: keep trailing zeros (and pad with zeros up to `minimumDigits`).
        case keepZeros
        /// `'.'`: drop trailing zeros, keep the point: `1.`.
        case trimZeros
        /// `'0'`: drop trailing zeros but leave one after the point: `1.0`.
        case leaveOneZero
        /// `'-'`: drop trailing zeros and the point: `1`.
        case trimZerosAndPoint
    }

    /// Positional notation, `precision` digits at most after the point.
    ///
    /// - Parameters:
    ///   - padLeft: pad with spaces until this many characters precede the point.
    ///   - padRight: pad with spaces until this many characters follow the point.
    static func positional(
        _ value: Double, precision: Int? = nil, minimumDigits: Int? = nil, trim: Trim,
        padLeft: Int? = nil, padRight: Int? = nil
    ) -> String {
        let decimal = Dragon4.digits(
            of: value, cutoffMode: .fractionLength, maximumDigits: precision, minimumDigits: minimumDigits)
        let sign = value.sign == .minus ? "-" : ""

        let whole: [Int]
        var fraction: [Int]
        if decimal.exponent >= 0 {
            // Digits up to the point, padded with zeros if the digits end before it.
            let wholeCount = decimal.exponent + 1
            whole = Array(decimal.digits.prefix(wholeCount))
                + Array(repeating: 0, count: max(wholeCount - decimal.digits.count, 0))
            fraction = Array(decimal.digits.dropFirst(wholeCount))
        } else {
            whole = [0]
            fraction = Array(repeating: 0, count: -(decimal.exponent + 1)) + decimal.digits
        }
        applyTrim(trim, to: &fraction, minimumDigits: minimumDigits)

        var text = sign + digitString(whole)
        if !(trim == .trimZerosAndPoint && fraction.isEmpty) {
            text += "." + digitString(fraction)
        }
        if let padRight, padRight >= fraction.count {
            // Without a point, a space stands in for it so that columns still line up.
            if trim == .trimZerosAndPoint && fraction.isEmpty { text += " " }
            text += spaces(padRight - fraction.count)
        }
        if let padLeft {
            text = spaces(padLeft - whole.count - sign.count) + text
        }
        return text
    }

    /// Scientific notation `d.ddde±XX`, `precision` digits at most after the point.
    ///
    /// - Parameters:
    ///   - padLeft: pad with spaces until this many characters precede the point.
    ///   - exponentDigits: zero-pad the exponent to at least this many digits (default 2).
    static func scientific(
        _ value: Double, precision: Int? = nil, minimumDigits: Int? = nil, trim: Trim,
        padLeft: Int? = nil, exponentDigits: Int? = nil
    ) -> String {
        let decimal = Dragon4.digits(
            of: value, cutoffMode: .totalLength,
            maximumDigits: precision.map { $0 + 1 }, minimumDigits: minimumDigits.map { $0 + 1 })
        let sign = value.sign == .minus ? "-" : ""

        var fraction = Array(decimal.digits.dropFirst())
        // Unlike the positional form, numpy's scientific form keeps the point when trimming
        // removes every fraction digit (digits 1,0 give "1.e+05" even when trimming the
        // point); it omits the point only if there never were fraction digits.
        let keepsPoint = trim != .trimZerosAndPoint || !fraction.isEmpty
        applyTrim(trim, to: &fraction, minimumDigits: minimumDigits)

        let mantissa = digitString([decimal.digits[0]]) + (keepsPoint ? "." + digitString(fraction) : "")
        return layoutScientific(
            sign: sign, mantissa: mantissa, exponent: decimal.exponent,
            padLeft: padLeft, exponentDigits: exponentDigits)
    }

    /// Pads the fraction with zeros up to `minimumDigits` or trims its trailing zeros.
    private static func applyTrim(_ trim: Trim, to fraction: inout [Int], minimumDigits: Int?) {
        switch trim {
        case .keepZeros:
            let wanted = max(minimumDigits ?? 0, 0)
            if fraction.count < wanted {
                fraction += Array(repeating: 0, count: wanted - fraction.count)
            }
        case .trimZeros, .leaveOneZero, .trimZerosAndPoint:
            while fraction.last == 0 { fraction.removeLast() }
            if trim == .leaveOneZero && fraction.isEmpty { fraction = [0] }
        }
    }

    private static func layoutScientific(
        sign: String, mantissa: String, exponent: Int, padLeft: Int?, exponentDigits: Int?
    ) -> String {
        let minimumExponentDigits = min(exponentDigits.map { $0 < 0 ? 2 : $0 } ?? 2, 5)
        let magnitude = String(abs(exponent))
        let paddedMagnitude = String(repeating: "0", count: max(minimumExponentDigits - magnitude.count, 0)) + magnitude
        let leftPadding = spaces((padLeft ?? 0) - 1 - sign.count)
        return leftPadding + sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + paddedMagnitude
    }

    private static func digitString(_ digits: [Int]) -> String {
        String(decoding: digits.map { UInt8(ascii: "0") + UInt8($0) }, as: UTF8.self)
    }

    static func spaces(_ count: Int) -> String {
        count > 0 ? String(repeating: " ", count: count) : ""
    }
}
