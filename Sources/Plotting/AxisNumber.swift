import MatrixEngine

/// Short, exact-looking numbers for axis labels and legends: `0.6931`, `12350`, `1.235e-05`.
/// Built on the engine's shortest round-trip printing, so a rounded value prints without noise.
enum AxisNumber {
    /// `value` rounded to `significantDigits`, positional from 1e-4 to 1e6, scientific outside.
    static func format(_ value: Double, significantDigits: Int = 4) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        guard value != 0 else { return "0" }
        let exponent = decimalExponent(of: value)
        if exponent >= -4 && exponent < 6 {
            return format(value, decimals: max(0, significantDigits - 1 - exponent))
        }
        var mantissaExponent = exponent
        var mantissa = rounded(scaled(value, byPowerOfTen: -exponent), decimals: significantDigits - 1)
        if mantissa.magnitude >= 10 {
            mantissaExponent += 1
            mantissa = rounded(scaled(value, byPowerOfTen: -mantissaExponent), decimals: significantDigits - 1)
        }
        let sign = mantissaExponent < 0 ? "-" : "+"
        let digits = String(mantissaExponent.magnitude)
        return trimmed(Matrix.formatScalar(mantissa)) + "e" + sign + (digits.count < 2 ? "0" + digits : digits)
    }

    /// `value` rounded to `decimals` places after the point, trailing zeros dropped: tick labels
    /// of one axis share a step, so this keeps `0.3` from printing as `0.30000000000000004`.
    static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return format(value) }
        let result = rounded(value, decimals: decimals)
        if result == 0 { return "0" }
        if result.magnitude >= 1e16 || result.magnitude < 1e-4 { return format(result) }
        return trimmed(Matrix.formatScalar(result))
    }

    /// ⌊log10 |value|⌋ for a finite non-zero value, found with exact powers of ten.
    static func decimalExponent(of value: Double) -> Int {
        let magnitude = value.magnitude
        guard magnitude.isFinite, magnitude > 0 else { return 0 }
        var exponent = Int((Double(magnitude.exponent) * 0.301_029_995_663_981_2).rounded(.down))
        while powerOfTen(exponent + 1) <= magnitude { exponent += 1 }
        while powerOfTen(exponent) > magnitude { exponent -= 1 }
        return exponent
    }

    /// 10^exponent, correctly rounded (the literal `1eN` is parsed exactly).
    static func powerOfTen(_ exponent: Int) -> Double {
        Double("1e\(exponent)") ?? (exponent < 0 ? 0 : .infinity)
    }

    /// value × 10^exponent in two steps when 10^exponent alone would overflow (subnormal values).
    private static func scaled(_ value: Double, byPowerOfTen exponent: Int) -> Double {
        exponent > 300 ? value * 1e300 * powerOfTen(exponent - 300) : value * powerOfTen(exponent)
    }

    private static func rounded(_ value: Double, decimals: Int) -> Double {
        if decimals >= 0 {
            let scale = powerOfTen(decimals)
            guard scale.isFinite, (value * scale).isFinite else { return value }
            return (value * scale).rounded() / scale
        }
        let scale = powerOfTen(-decimals)
        return (value / scale).rounded() * scale
    }

    /// `12350.0` → `12350`; Python-style `-0.0` → `0`.
    private static func trimmed(_ text: String) -> String {
        let result = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        return result == "-0" ? "0" : result
    }
}
