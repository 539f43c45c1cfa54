import BigInt

/// The decimal digits of a finite double as David Gay's `_Py_dg_dtoa` hands them to CPython's
/// float formatting: the value is 0.d₁d₂d₃… × 10^decimalPoint, trailing zeros removed.
///
/// CPython's 'e', 'f', 'g' and '%' are correctly rounded from the exact binary value, ties to
/// even (`format(2.675, '.2f')` is '2.67' because 2.675 is stored as 2.67499999…), so the
/// fixed and significant modes work on the exact rational value with big integers.
struct DecimalDigits: Equatable {
    /// Each 0...9. Empty when a fixed-mode value rounds to zero (then decimalPoint is -places).
    var digits: [UInt8]
    var decimalPoint: Int
    var isNegative: Bool

    /// Gay's mode 0: the shortest digits that read back as the same double (repr's digits).
    static func shortest(_ x: Double) -> DecimalDigits {
        precondition(x.isFinite)
        let negative = x.sign == .minus
        if x == 0 { return DecimalDigits(digits: [0], decimalPoint: 1, isNegative: negative) }
        // Swift's description is the shortest round-trip form, nearest to the exact value
        // among the shortest (as Gay's is); only the layout differs, so reread its digits.
        let text = Array(x.magnitude.description.utf8)
        var digits: [UInt8] = []
        var pointPosition: Int?
        var exponent = 0
        var index = 0
        while index < text.count {
            let c = text[index]
            if c == UInt8(ascii: ".") {
                pointPosition = digits.count
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                exponent = Int(String(decoding: text[(index + 1)...], as: UTF8.self))!
                break
            } else {
                digits.append(c - UInt8(ascii: "0"))
            }
            index += 1
        }
        var decimalPoint = (pointPosition ?? digits.count) + exponent
        while digits.first == 0 { digits.removeFirst(); decimalPoint -= 1 }
        while digits.last == 0 { digits.removeLast() }
        return DecimalDigits(digits: digits, decimalPoint: decimalPoint, isNegative: negative)
    }

    /// Gay's mode 3: correctly rounded to `places` digits after the decimal point.
    static func fixed(_ x: Double, places: Int) -> DecimalDigits {
        precondition(x.isFinite)
        let negative = x.sign == .minus
        if x == 0 { return DecimalDigits(digits: [0], decimalPoint: 1, isNegative: negative) }
        let exact = ExactBinary(x)
        let power = exact.cappedPower(places)
        let n = exact.roundedTimesPowerOfTen(power)
        if n == 0 { return DecimalDigits(digits: [], decimalPoint: -places, isNegative: negative) }
        var digits = Self.digits(of: n)
        let decimalPoint = digits.count - power
        while digits.last == 0 { digits.removeLast() }
        return DecimalDigits(digits: digits, decimalPoint: decimalPoint, isNegative: negative)
    }

    /// Gay's mode 2: correctly rounded to `count` (at least 1) significant digits.
    static func significant(_ x: Double, count: Int) -> DecimalDigits {
        precondition(x.isFinite)
        let negative = x.sign == .minus
        if x == 0 { return DecimalDigits(digits: [0], decimalPoint: 1, isNegative: negative) }
        let count = max(count, 1)
        let exact = ExactBinary(x)
        // k = floor(log10|x|): estimated in floating point, then made exact.
        var k = Int(x.magnitude.log10Estimate.rounded(.down))
        while exact.compareWithPowerOfTen(k) < 0 { k -= 1 }
        while exact.compareWithPowerOfTen(k + 1) >= 0 { k += 1 }
        // Rounding up 9.99… may carry into one more digit (10^count); the decimal point
        // follows from the digit count either way.
        let power = exact.cappedPower(count - 1 - k)
        let n = exact.roundedTimesPowerOfTen(power)
        var digits = Self.digits(of: n)
        let decimalPoint = digits.count - power
        while digits.last == 0 { digits.removeLast() }
        return DecimalDigits(digits: digits, decimalPoint: decimalPoint, isNegative: negative)
    }

    private static func digits(of n: BigInt) -> [UInt8] {
        n.description.utf8.map { $0 - UInt8(ascii: "0") }
    }
}

/// A finite nonzero double's magnitude as the exact fraction numerator / 2^shift.
private struct ExactBinary {
    let significand: BigInt
    /// The value is significand × 2^binaryExponent.
    let binaryExponent: Int

    init(_ x: Double) {
        let m = x.magnitude
        if m.exponentBitPattern == 0 {
            significand = BigInt(m.significandBitPattern)
            binaryExponent = -1074
        } else {
            significand = BigInt(m.significandBitPattern | (1 << 52))
            binaryExponent = Int(m.exponentBitPattern) - 1075
        }
    }

    /// |x| × 10^power as numerator / denominator.
    private func fraction(timesPowerOfTen power: Int) -> (BigInt, BigInt) {
        var numerator = significand
        var denominator = BigInt(1)
        if binaryExponent >= 0 { numerator <<= binaryExponent } else { denominator <<= -binaryExponent }
        if power >= 0 { numerator *= BigInt(10).power(power) } else { denominator *= BigInt(10).power(-power) }
        return (numerator, denominator)
    }

    /// `power`, or less when |x| × 10^power is an integer anyway: a double has no more than
    /// 1074 decimals, so `format(x, '.100000f')` needs no 10^100000.
    func cappedPower(_ power: Int) -> Int {
        min(power, max(0, -binaryExponent))
    }

    /// round(|x| × 10^power), ties to even.
    func roundedTimesPowerOfTen(_ power: Int) -> BigInt {
        let (numerator, denominator) = fraction(timesPowerOfTen: power)
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        let twice = r << 1
        if twice > denominator || (twice == denominator && q.isOdd) { return q + 1 }
        return q
    }

    /// The sign of |x| − 10^power.
    func compareWithPowerOfTen(_ power: Int) -> Int {
        let (numerator, denominator) = fraction(timesPowerOfTen: -power)
        return numerator < denominator ? -1 : (numerator == denominator ? 0 : 1)
    }
}

private extension BigInt {
    var isOdd: Bool { words.first.map { $0 & 1 == 1 } ?? false }
}

private extension Double {
    /// log10 without Foundation: from the binary exponent and the significand's own log2.
    var log10Estimate: Double {
        let e = Double(exponent)
        let s = significand  // in [1, 2)
        // log2(s) by a short series is plenty: the estimate is corrected exactly afterwards.
        let t = (s - 1) / (s + 1)
        let t2 = t * t
        let ln = 2 * t * (1 + t2 / 3 + t2 * t2 / 5 + t2 * t2 * t2 / 7)
        return (e + ln / 0.6931471805599453) * 0.30102999566398120
    }
}
