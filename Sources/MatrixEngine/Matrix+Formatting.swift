/// Printing exactly as numpy prints: `print(a)` for a 2-D float64 array, `print(x)` for a
/// float. Learners compare these numbers with their notebooks, so every digit, space and
/// line break follows numpy's arrayprint (`_formatArray`, `FloatingFormat`, Dragon4).
extension Matrix {
    /// What numpy's `str(a)` gives for this matrix as a float64 array: `[[1. 2.]\n [3. 4.]]`.
    public func formatted(_ options: PrintOptions = .init()) -> String {
        NDArray(self).formatted(options)
    }

    /// Python's `repr(x)` of a float, which numpy 2 also gives for `str(np.float64(x))`:
    /// the shortest digits that read back as `value`, positional from 1e-4 up to 1e16
    /// (`5.0`, `0.0025`, `123456789012345.0`) and scientific outside (`1e-05`, `1e+16`).
    public static func formatScalar(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let magnitude = value.magnitude
        if magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16) {
            return FloatText.positional(value, trim: .leaveOneZero)
        }
        return FloatText.scientific(value, trim: .trimZerosAndPoint)
    }

    /// An integer scalar as Python prints it: `400`, `-3`.
    public static func formatScalar(_ value: Int) -> String {
        String(value)
    }
}

extension Matrix: CustomStringConvertible {
    /// numpy's `print(a)` text.
    public var description: String { formatted() }
}
