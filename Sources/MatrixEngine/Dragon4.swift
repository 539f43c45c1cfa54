/// Decimal digits of a double, generated the way numpy generates them.
///
/// numpy prints floats with its own port of Ryan Juckett's Dragon4 (numpy/_core/src/
/// multiarray/dragon4.c) in "unique" mode: the shortest digits that read back as the same
/// double, optionally stopped early at a cutoff digit (and then correctly rounded, ties to
/// even) or continued past the shortest form to a minimum number of digits. Any
/// shortest-digits algorithm agrees with it in the common case; following its exact
/// steps keeps the last digit identical in the rare cases where a cutoff, a power-of-two
/// significand or an interval boundary makes algorithms disagree.
enum Dragon4 {
    /// How a digit count is measured.
    enum CutoffMode {
        /// Digits after the decimal point (positional notation).
        case fractionLength
        /// Significant digits in total (scientific notation).
        case totalLength
    }

    /// Significant digits `d₀d₁d₂…` (each 0...9) of the value d₀.d₁d₂… × 10^exponent.
    struct Digits {
        var digits: [Int]
        var exponent: Int
    }

    /// The digits of `abs(value)`, which must be finite.
    ///
    /// - Parameters:
    ///   - maximumDigits: stop after this many digits (counted by `cutoffMode`); nil: none.
    ///   - minimumDigits: print at least this many, even past the shortest form; nil: none.
    static func digits(
        of value: Double, cutoffMode: CutoffMode, maximumDigits: Int?, minimumDigits: Int?
    ) -> Digits {
        precondition(value.isFinite)
        let storedExponent = Int(value.exponentBitPattern)
        let storedSignificand = value.significandBitPattern
        let significandBits = Double.significandBitCount  // 52
        let mantissa: UInt64
        let exponent: Int
        let mantissaBit: Int
        let hasUnequalMargins: Bool
        if storedExponent != 0 {
            mantissa = (1 << UInt64(significandBits)) | storedSignificand
            exponent = storedExponent - 1023 - significandBits
            mantissaBit = significandBits
            // A power of two has a neighbour below that is twice as close as the one above
            // (except at the smallest normal, whose neighbour below is a subnormal).
            hasUnequalMargins = storedExponent != 1 && storedSignificand == 0
        } else {
            mantissa = storedSignificand
            exponent = 1 - 1023 - significandBits
            mantissaBit = mantissa == 0 ? 0 : 63 - mantissa.leadingZeroBitCount
            hasUnequalMargins = false
        }
        return generate(
            mantissa: mantissa, exponent: exponent, mantissaBit: mantissaBit,
            hasUnequalMargins: hasUnequalMargins, cutoffMode: cutoffMode,
            maximumDigits: maximumDigits, minimumDigits: minimumDigits)
    }

    /// Dragon4 on mantissa · 2^exponent: the "unique" branch of numpy's `Dragon4()`.
    private static func generate(
        mantissa: UInt64, exponent: Int, mantissaBit: Int, hasUnequalMargins: Bool,
        cutoffMode: CutoffMode, maximumDigits: Int?, minimumDigits: Int?
    ) -> Digits {
        guard mantissa != 0 else { return Digits(digits: [0], exponent: 0) }
        // Round-half-even reading: an even mantissa owns the boundaries of its interval.
        let isEven = mantissa & 1 == 0

        // value = scaledValue / scale; the margins are half the gaps to the neighbouring
        // doubles, on the same scale. Everything is doubled (and doubled again with unequal
        // margins) so that the halves stay integers.
        var scaledValue: BigUInt
        var scale: BigUInt
        var marginLow: BigUInt
        let marginFactor = hasUnequalMargins ? 2 : 1
        let extraShift = hasUnequalMargins ? 2 : 1
        if exponent > 0 {
            scaledValue = BigUInt(mantissa).shiftedLeft(by: exponent + extraShift)
            scale = BigUInt(UInt64(2 * marginFactor))
            marginLow = BigUInt.powerOfTwo(exponent)
        } else {
            scaledValue = BigUInt(mantissa).shiftedLeft(by: extraShift)
            scale = BigUInt.powerOfTwo(-exponent + extraShift)
            marginLow = BigUInt(1)
        }
        func highMargin(_ low: BigUInt) -> BigUInt { hasUnequalMargins ? low.shiftedLeft(by: 1) : low }
        var marginHigh = highMargin(marginLow)

        // Estimate floor(log10(value)) + 1; it is exact or one too small (corrected below).
        let log10Of2 = 0.30102999566398119521373889472449
        var digitExponent = Int((Double(mantissaBit + exponent) * log10Of2 - 0.69).rounded(.up))
        // With a fractional cutoff, never start below the last digit we may print: the
        // first "digit" may then be a 0 that is rounded (so 1e-10 at 8 decimals gives 0.).
        if let maximumDigits, cutoffMode == .fractionLength, digitExponent <= -maximumDigits {
            digitExponent = -maximumDigits + 1
        }
        if digitExponent > 0 {
            scale = scale * BigUInt.powerOfTen(digitExponent)
        } else if digitExponent < 0 {
            let power = BigUInt.powerOfTen(-digitExponent)
            scaledValue = scaledValue * power
            marginLow = marginLow * power
            marginHigh = highMargin(marginLow)
        }
        if scaledValue >= scale {
            digitExponent += 1
        } else {
            scaledValue.multiply(by: 10)
            marginLow.multiply(by: 10)
            marginHigh = highMargin(marginLow)
        }

        // Exponents (powers of ten) of the last digit we must stop at / may stop at.
        let lastAllowedExponent: Int? = maximumDigits.map {
            cutoffMode == .totalLength ? digitExponent - $0 : -$0
        }
        var firstStoppableExponent = digitExponent
        if let minimumDigits {
            let desired = cutoffMode == .totalLength ? digitExponent - minimumDigits : -minimumDigits
            firstStoppableExponent = min(firstStoppableExponent, desired)
        }

        var result = Digits(digits: [], exponent: digitExponent - 1)
        var outputDigit = 0
        var low = false
        var high = false
        while true {
            digitExponent -= 1
            outputDigit = scaledValue.divideOutDigit(by: scale)
            // low: rounding this digit down stays closer to value than to its lower neighbour;
            // high: rounding it up stays closer than the upper neighbour.
            let lowComparison = BigUInt.compare(scaledValue, marginLow)
            low = isEven ? lowComparison <= 0 : lowComparison < 0
            let highComparison = BigUInt.compare(scaledValue + marginHigh, scale)
            high = isEven ? highComparison >= 0 : highComparison > 0
            if ((low || high) && digitExponent <= firstStoppableExponent) || digitExponent == lastAllowedExponent {
                break
            }
            result.digits.append(outputDigit)
            scaledValue.multiply(by: 10)
            marginLow.multiply(by: 10)
            marginHigh = highMargin(marginLow)
        }

        // Round the final digit: forced when only one direction stays unique, otherwise to
        // the nearer one, ties to even.
        var roundDown = low
        if low == high {
            let comparison = BigUInt.compare(scaledValue.shiftedLeft(by: 1), scale)
            roundDown = comparison < 0 || (comparison == 0 && outputDigit % 2 == 0)
        }
        if roundDown {
            result.digits.append(outputDigit)
        } else if outputDigit < 9 {
            result.digits.append(outputDigit + 1)
        } else {
            // Carry through trailing nines; all nines become 1 at the next power of ten.
            while result.digits.last == 9 { result.digits.removeLast() }
            if result.digits.isEmpty {
                result.digits = [1]
                result.exponent += 1
            } else {
                result.digits[result.digits.count - 1] += 1
            }
        }
        return result
    }
}
