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

    /// numpy's int64 floor division, exact: x // 0 is 0 (with a warning), and the one quotient
    /// past int64, `-2**63 // -1`, wraps around to -2**63 (with numpy's overflow warning).
    public static func integerQuotient(_ a: Int64, _ b: Int64) -> Int64 {
        guard b != 0 else { return 0 }
        let (quotient, overflow) = a.dividedReportingOverflow(by: b)
        if overflow { return .min }
        return quotient - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0)
    }

    /// numpy's int64 remainder, exact: takes the divisor's sign; x % 0 is 0 (with a warning).
    public static func integerRemainder(_ a: Int64, _ b: Int64) -> Int64 {
        guard b != 0 else { return 0 }
        let r = a.remainderReportingOverflow(dividingBy: b).partialValue
        return r != 0 && (r < 0) != (b < 0) ? r + b : r
    }

    /// numpy's int64 power for a non-negative exponent: squarings that wrap around at 2**63.
    public static func wrappingPower(_ base: Int64, _ exponent: Int64) -> Int64 {
        var result: Int64 = 1, base = base, exponent = exponent
        while exponent > 0 {
            if exponent & 1 == 1 { result = result &* base }
            base = base &* base
            exponent >>= 1
        }
        return result
    }
}
