import RealModule

/// Floor division and remainder as numpy's `npy_divmod` (and CPython's float `divmod`) compute
/// them: the quotient comes from `(a - fmod(a, b)) / b`, snapped to an integer, so `1.0 // 0.001`
/// is 999.0 (not floor(1.0 / 0.001) = 1000.0) and `a == (a // b) * b + a % b` holds closely.
public enum FloorDivision {
    /// `(a // b, a % b)` for floats; with b == 0 numpy gives `a / b` and `fmod(a, 0)` (nan).
    public static func divmod(_ a: Double, _ b: Double) -> (quotient: Double, remainder: Double) {
        var remainder = a.truncatingRemainder(dividingBy: b)
        guard b != 0 else { return (a / b, remainder) }
        var quotient = (a - remainder) / b
        if remainder != 0 {
            if (b < 0) != (remainder < 0) {
                remainder += b
                quotient -= 1
            }
        } else {
            remainder = Double(signOf: b, magnitudeOf: 0)
        }
        if quotient != 0 {
            var floored = quotient.rounded(.down)
            if quotient - floored > 0.5 { floored += 1 }
            quotient = floored
        } else {
            quotient = Double(signOf: a / b, magnitudeOf: 0)
        }
        return (quotient, remainder)
    }

    /// numpy's integer floor division: rounds toward negative infinity; x // 0 is 0 (with a warning).
    public static func integerQuotient(_ a: Double, _ b: Double) -> Double {
        guard b != 0 else { return 0 }
        return (a / b).rounded(.down) + 0  // + 0 turns a -0 quotient into 0
    }

    /// numpy's integer remainder: takes the divisor's sign; x % 0 is 0 (with a warning).
    public static func integerRemainder(_ a: Double, _ b: Double) -> Double {
        guard b != 0 else { return 0 }
        let r = a.truncatingRemainder(dividingBy: b)
        if r == 0 { return 0 }  // an integer has no -0
        return (r < 0) != (b < 0) ? r + b : r
    }
}
