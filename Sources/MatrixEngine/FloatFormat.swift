/// The one format every element of a printed array shares: numpy's `FloatingFormat` with
/// floatmode `'maxprec'`, sign `'-'` and no legacy mode.
///
/// numpy first formats every finite element on its own to learn how wide the parts get,
/// then prints each element padded to those widths so that the decimal points line up.
struct FloatFormat {
    private enum Notation {
        case positional
        case scientific
    }

    private let notation: Notation
    /// Maximum digits after the point.
    private let precision: Int
    /// Digits always printed after the point (scientific notation pads them all equally).
    private let minimumDigits: Int?
    private let trim: FloatText.Trim
    /// Characters before the point (sign included).
    private let padLeft: Int
    /// Characters after the point (for scientific notation: fraction, `e`, sign, exponent).
    private let padRight: Int
    /// Digits every exponent is zero-padded to (scientific notation only).
    private let exponentDigits: Int?

    /// The format for printing `values` (the elements that will be shown).
    init(values: [Double], options: PrintOptions) {
        let finiteValues = values.filter(\.isFinite)

        // Scientific notation when the values span too many orders of magnitude to read
        // positionally: numpy decides from the non-zero magnitudes only.
        let magnitudes = finiteValues.filter { $0 != 0 }.map(\.magnitude)
        var usesScientific = false
        if let largest = magnitudes.max(), let smallest = magnitudes.min() {
            usesScientific = largest >= 1e8
                || (!options.suppress && (smallest < 1e-4 || largest / smallest > 1e3))
        }

        var padLeft = 0
        var padRight = 0
        if usesScientific {
            let texts = finiteValues.map {
                FloatText.scientific($0, precision: options.precision, trim: .trimZeros)
            }
            var longestFraction = 0
            var longestExponent = 0
            for text in texts {
                let (mantissa, exponent) = splitOnce(text[...], at: "e")
                let (whole, fraction) = splitOnce(mantissa, at: ".")
                padLeft = max(padLeft, whole.count)
                longestFraction = max(longestFraction, fraction.count)
                longestExponent = max(longestExponent, exponent.count - 1)  // without its sign
            }
            notation = .scientific
            // Every element then shows as many digits as the longest needs, so the
            // mantissas end together.
            precision = longestFraction
            minimumDigits = longestFraction
            trim = .keepZeros
            exponentDigits = longestExponent
            padRight = longestExponent + 2 + longestFraction
        } else {
            for value in finiteValues {
                let text = FloatText.positional(value, precision: options.precision, trim: .trimZeros)
                let (whole, fraction) = splitOnce(text[...], at: ".")
                padLeft = max(padLeft, whole.count)
                padRight = max(padRight, fraction.count)
            }
            notation = .positional
            precision = options.precision
            minimumDigits = 0
            trim = .trimZeros
            exponentDigits = nil
        }

        // `nan`, `inf` and `-inf` are right-aligned with the numbers' full width.
        if finiteValues.count != values.count {
            let hasNegativeInfinity = values.contains { $0.isInfinite && $0 < 0 }
            let afterPoint = padRight + 1
            padLeft = max(padLeft, 3 - afterPoint, (hasNegativeInfinity ? 4 : 3) - afterPoint)
        }
        self.padLeft = padLeft
        self.padRight = padRight
    }

    /// `value` as it appears in the array, padded to the shared width.
    func format(_ value: Double) -> String {
        guard value.isFinite else {
            let text = value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf")
            return FloatText.spaces(padLeft + padRight + 1 - text.count) + text
        }
        switch notation {
        case .scientific:
            return FloatText.scientific(
                value, precision: precision, minimumDigits: minimumDigits, trim: trim,
                padLeft: padLeft, exponentDigits: exponentDigits)
        case .positional:
            return FloatText.positional(
                value, precision: precision, minimumDigits: minimumDigits, trim: trim,
                padLeft: padLeft, padRight: padRight)
        }
    }
}

/// The text before and after the first `separator` (after is empty if there is none).
private func splitOnce(_ text: Substring, at separator: Character) -> (before: Substring, after: Substring) {
    guard let index = text.firstIndex(of: separator) else { return (text, "") }
    return (text[..<index], text[text.index(after: index)...])
}
